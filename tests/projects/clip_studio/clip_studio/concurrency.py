"""Process-wide concurrency bounds for the async API layer."""
import asyncio

from clip_studio.settings import FANOUT_LIMIT

# Shared by every handler that pushes blocking SDK calls to worker threads.
FANOUT = asyncio.Semaphore(FANOUT_LIMIT)
