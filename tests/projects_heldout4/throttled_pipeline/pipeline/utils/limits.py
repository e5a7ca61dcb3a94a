"""Process-wide limits on MetaStudio calls."""
import threading

from pyrate_limiter import Duration, Limiter, Rate

# show_product allows 20/s: two in flight at 0.1 s each stays at 20/s
SHOW_SLOTS = threading.BoundedSemaphore(2)
# create_async_tts_job allows 5/s in cn-north-4
TTS_LIMITER = Limiter(Rate(4, Duration.SECOND))
