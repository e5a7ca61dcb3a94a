"""Process-wide throttles for the MetaStudio asset APIs, shared by every worker thread."""
import threading

from pyrate_limiter import Duration, Limiter, Rate

# "Updating an Asset" allows 10/s in CN North-Beijing4: keep writes at 8/s for headroom.
ASSET_WRITES = Limiter(Rate(8, Duration.SECOND), max_delay=60_000)

# "Querying Asset Details" allows 20/s: two reads in flight at 0.1 s each is 20/s at most.
ASSET_READS = threading.BoundedSemaphore(2)
