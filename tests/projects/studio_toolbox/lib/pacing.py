"""Throttles shared by scripts/ and jobs/.

Figures are for the Shanghai tenant (CN East-Shanghai1 column of the vendor's
"Constraints on APIs"), the strictest column for the APIs used here.
"""
import asyncio

from aiolimiter import AsyncLimiter

# pause between two pages of any listing in lib/feeds.py
PAGE_PAUSE_S = 0.5

# pause after each delete_smart_live_room in scripts/prune_rooms.py
ROOM_DELETE_PAUSE_S = 0.2

# export workers and the pause each one makes after a show_video_script
EXPORT_WORKERS = 2
SCRIPT_EXPORT_PAUSE_S = 0.4

# rooms audited at once by the nightly job
AUDIT_WORKERS = 2

# pause of the live watchdog between two show_smart_live calls
WATCHDOG_PAUSE_S = 0.2

# interval of the "is the stream up yet" poll in scripts/go_live.py
LIVE_POLL_S = 5

# pause each stop worker makes after stopping a stream
STOP_PAUSE_S = 0.5

# asynchronous TTS: submissions and result polls
tts_submit_limiter = AsyncLimiter(2, 1)
TTS_POLL_S = 2
tts_poll_gate = asyncio.Semaphore(2)
