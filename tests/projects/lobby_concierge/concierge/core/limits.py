"""Client-side rate limits, sized for the AP-Singapore (ap-southeast-3) tenant limits."""
import threading

from aiolimiter import AsyncLimiter

# FAQ / greeting / keyword writes allow 3 calls/s; leave headroom for the console users.
FAQ_CALLS_PER_SECOND = 2

# Creating an Asynchronous TTS Task allows 3 calls/s.
tts_limiter = AsyncLimiter(2, 1)

# Ending or controlling a livestream allows 3 calls/s: one at a time, with a pause.
live_command_limiter = threading.BoundedSemaphore(1)
LIVE_COMMAND_PAUSE_S = 0.5
