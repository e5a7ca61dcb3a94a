"""Narration pipeline: submit async TTS jobs for every paragraph of a course, then a pool of
asyncio workers drains a queue of job ids and collects the finished audio URLs."""
import asyncio
import json
import os
import sys

from aiolimiter import AsyncLimiter
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    MetaStudioClient,
    ShowAsyncTtsJobRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

WORKERS = 6
NARRATOR = os.environ.get("NARRATOR_VOICE", "")
SUBMIT_LIMITER = AsyncLimiter(4, 1)


def build_client():
    creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


async def submit(client, text):
    body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=NARRATOR, audio_format="mp3")
    async with SUBMIT_LIMITER:  # at most 4/s <= 5/s (create_async_tts_job)
        resp = await asyncio.to_thread(client.create_async_tts_job, CreateAsyncTtsJobRequest(body=body))
    return resp.job_id


async def worker(name, client, queue, results):
    while True:
        job_id = await queue.get()
        try:
            # the SDK call sits directly in the worker's loop, so the finding goes here; main() starts
            # 6 such workers, each looping with no delay: 6 x 10/s = 60/s > 20/s (cn-north-4)
            job = await asyncio.to_thread(client.show_async_tts_job, ShowAsyncTtsJobRequest(job_id=job_id))  # expect: MST102 ~60/s
            if job.state == "FINISHED":
                results[job_id] = job.audio_file_url
            elif job.state != "FAILED":
                queue.put_nowait(job_id)  # not ready yet, look again later
        finally:
            queue.task_done()


async def main(paragraphs):
    client = build_client()
    job_ids = await asyncio.gather(*(submit(client, p) for p in paragraphs))

    queue = asyncio.Queue()
    for job_id in job_ids:
        queue.put_nowait(job_id)
    results = {}
    # 6 concurrent workers (reported at the SDK call inside worker's loop)
    workers = [asyncio.create_task(worker("w%d" % i, client, queue, results)) for i in range(WORKERS)]
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return results


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        course = json.load(fh)
    audio = asyncio.run(main([p["text"] for p in course["paragraphs"]]))
    json.dump(audio, sys.stdout, indent=2)
