"""Concurrency and rate limits shared by every part of the console.

Limits are per tenant (AP-Singapore): execute_smart_live_command allows 3 calls/s,
show_smart_live 10 calls/s. Keep them here so that all callers share the same objects.
"""
from __future__ import annotations

import asyncio

from aiolimiter import AsyncLimiter

# One live command in flight at a time; the pacing of LiveRestAPI.send_command spaces them out.
COMMAND_SLOTS = asyncio.Semaphore(1)

# Status refreshes of running jobs: half of the tenant's quota, the rest is for the operators' UI.
STATUS_LIMITER = AsyncLimiter(5, 1)
