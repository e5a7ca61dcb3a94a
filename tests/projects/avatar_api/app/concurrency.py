"""Process-wide limits on how hard the API hits MetaStudio."""
from __future__ import annotations

import asyncio

from pyrate_limiter import Duration, Limiter, Rate

# Asset updates: at most two PUTs in flight, and each holder waits a bit after its PUT
# (update_digital_asset allows 5/s in cn-east-3).
ASSET_WRITE_SLOTS = asyncio.Semaphore(2)
ASSET_WRITE_SPACING_S = 0.4

# cancel2_d_digital_human_video allows 3/s in cn-east-3; stay below it.
CANCEL_LIMITER = Limiter(Rate(2, Duration.SECOND), max_delay=10_000)
