"""Turn a text file (one utterance per line) into audio with asynchronous TTS jobs.

Run from the repository root:  python -m scripts.bulk_tts lines.txt > urls.tsv
"""
import asyncio
import sys

import httpx

from lib import config, pacing
from lib.rest import async_client, submit_tts, tts_result

SUBMIT_WORKERS = 4
DONE_STATES = ("SUCCEED", "FAILED")


async def submitter(queue: asyncio.Queue, http: httpx.AsyncClient, job_ids: dict) -> None:
    while True:
        index, text = await queue.get()
        try:
            async with pacing.tts_submit_limiter:
                job_ids[index] = await submit_tts(http, text, config.VOICE_ASSET_ID)
        finally:
            queue.task_done()


async def wait_result(http: httpx.AsyncClient, job_id: str) -> dict:
    async with pacing.tts_poll_gate:
        while True:
            result = await tts_result(http, job_id)
            if result.get("state") in DONE_STATES:
                return result
            await asyncio.sleep(pacing.TTS_POLL_S)


async def run(lines):
    queue: asyncio.Queue = asyncio.Queue()
    for index, text in enumerate(lines):
        queue.put_nowait((index, text))
    job_ids: dict = {}
    async with async_client() as http:
        workers = [asyncio.create_task(submitter(queue, http, job_ids)) for _ in range(SUBMIT_WORKERS)]
        await queue.join()
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        order = sorted(job_ids)
        results = await asyncio.gather(*(wait_result(http, job_ids[i]) for i in order))
    for index, result in zip(order, results):
        print(f"{index}\t{result.get('state')}\t{result.get('audio_file_url', '')}")


def main(path):
    with open(path, encoding="utf-8") as fh:
        lines = [line.strip() for line in fh if line.strip()]
    asyncio.run(run(lines))


if __name__ == "__main__":
    main(sys.argv[1])
