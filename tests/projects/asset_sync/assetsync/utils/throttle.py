"""Process-wide rate limiters for MetaStudio write APIs.

Asset writes (update, delete, restore) allow 5 calls/s per tenant in cn-east-3, the primary
region. Every code path of a command that writes assets from several threads shares the
limiter below so that, together, they stay under that.
"""
from __future__ import annotations

from pyrate_limiter import Duration, Limiter, Rate

asset_write_limiter = Limiter(Rate(4, Duration.SECOND), raise_when_fail=False, max_delay=2000)
