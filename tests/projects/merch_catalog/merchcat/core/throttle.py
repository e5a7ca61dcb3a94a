"""Client-side throttles shared by every job of the catalogue mirror.

The values follow the per-tenant limits of CN East-Shanghai1 (cn-east-3).
All jobs of one process share these objects.
"""
from pyrate_limiter import Duration, Limiter, Rate

# Creating a Product allows 3 calls/s in cn-east-3.
product_write_limiter = Limiter(Rate(3, Duration.SECOND), raise_when_fail=False, max_delay=5_000)

# Configuring a product's asset portfolio (3/s): 0.1 s call + 0.4 s pause = 2/s.
ASSET_LINK_PAUSE_S = 0.4

# Pause between two pages of a list call.
PAGE_PAUSE_S = 0.25
