"""Shared concurrency bounds, so every fan-out in the process respects the same cap."""
import asyncio

from . import settings

# One slot per in-flight request to the voice-training API.
TRAINING_SLOTS = asyncio.Semaphore(settings.MAX_PARALLEL)
