"""Process-wide rate limiters, set at the Singapore limits."""
from aiolimiter import AsyncLimiter

ROOM_CREATE_LIMITER = AsyncLimiter(3, 1)  # create_smart_live_room: 3/s in ap-southeast-3
