"""Bulk synthesis of a chapter list, used by the audiobook importer."""
import asyncio
import logging

from voice_factory import config
from voice_factory.clients import build_async_client, build_client
from voice_factory.tts import TtsService, tts_request

log = logging.getLogger(__name__)


async def wait_for_job(service, job_id):
    while True:
        resp = await service.show_async_tts_job(job_id)
        if resp.state in ("SUCCEED", "FAILED"):
            return resp
        await asyncio.sleep(config.POLL_INTERVAL_SECONDS)


async def synthesize_chapters(chapters, voice_asset_id=config.DEFAULT_VOICE_ASSET_ID):
    service = TtsService(build_client(), build_async_client())
    requests = [tts_request(text, voice_asset_id) for text in chapters]
    created = await asyncio.gather(*(service.create_async_tts_job(r) for r in requests))  # expect: MST102 ~320/s @38
    log.info("created %d TTS jobs", len(created))
    finished = []
    for job in created:
        finished.append(await wait_for_job(service, job.job_id))
    return [r.audio_file_url for r in finished]


if __name__ == "__main__":
    import sys

    with open(sys.argv[1], encoding="utf-8") as fh:
        chapters = [part for part in fh.read().split("\n\n") if part.strip()]
    print(asyncio.run(synthesize_chapters(chapters)))
