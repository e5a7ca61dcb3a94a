"""Pre-synthesise the lobby announcements with asynchronous TTS jobs."""
import asyncio
import logging
from typing import Any, Dict, List, Sequence

from concierge.core import get_settings
from concierge.core.limits import tts_limiter
from concierge.services.gateway import StudioGateway

log = logging.getLogger(__name__)

TTS_FINAL_STATES = ("SUCCEED", "FAILED")


async def _submit_paced(gw: StudioGateway, text: str, voice_asset_id: str) -> str:
    async with tts_limiter:
        return await gw.submit_tts(text, voice_asset_id)


async def _wait_tts(gw: StudioGateway, job_id: str, interval_s: float) -> Dict[str, Any]:
    while True:
        job = await gw.tts_job(job_id)
        if job.get("state") in TTS_FINAL_STATES:
            return job
        await asyncio.sleep(interval_s)


async def room_announcements(template: str) -> List[str]:
    texts = []
    async with StudioGateway(get_settings()) as gw:
        async for room in gw.iter_rooms():
            if room.get("room_state") == "ENABLE":
                texts.append(template.format(room=room["room_name"]))
    return texts


async def synthesize(texts: Sequence[str]) -> Dict[str, Dict[str, Any]]:
    settings = get_settings()
    async with StudioGateway(settings) as gw:
        job_ids = await asyncio.gather(*(_submit_paced(gw, t, settings.voice_asset_id) for t in texts))
        jobs = await asyncio.gather(*(_wait_tts(gw, j, settings.poll_interval_s) for j in job_ids))
    return dict(zip(texts, jobs))


async def resubmit_failed(failed: Sequence[Dict[str, str]]) -> List[str]:
    """Resubmit the jobs that came back FAILED (usually a voice that was not yet activated)."""
    settings = get_settings()
    voice = settings.voice_asset_id
    async with StudioGateway(settings) as gw:
        return await asyncio.gather(
            *(gw.submit_tts(item["text"], item.get("voice_asset_id") or voice) for item in failed)  # expect: MST102 ~320/s
        )


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    announcements = asyncio.run(room_announcements("Welcome to {room}. Please check in at the front desk."))
    for text, job in asyncio.run(synthesize(announcements)).items():
        log.info("%s -> %s", text[:40], job.get("audio_file_url"))
