import asyncio

from aiolimiter import AsyncLimiter

ASSET_LIMITER = AsyncLimiter(4, 1)
ROOM_SLOTS = asyncio.Semaphore(2)
