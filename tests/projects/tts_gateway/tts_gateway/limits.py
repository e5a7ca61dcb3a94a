"""Client-side rate limits, shared by everything in the process that calls MetaStudio.

create_async_tts_job allows 5 calls/s per tenant in CN North-Beijing4; keep one call of headroom
for the synchronous endpoints.
"""
from aiolimiter import AsyncLimiter

TTS_SUBMIT_LIMITER = AsyncLimiter(4, 1)
