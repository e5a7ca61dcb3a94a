"""Bot command handlers."""
import asyncio

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import CreateTtsAuditionRequest, CreateTtsAuditionRequestBody

from . import dispatch
from .tts import job_status, submit_tts


async def narrate(lines):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(asyncio.to_thread(submit_tts, line)) for line in lines]  # expect: MST102
    return [t.result() for t in tasks]


async def wait_audio(job_id):
    while True:
        job = job_status(job_id)  # expect: MST103
        if job.state == "FINISHED":
            return job.output_audio_url
        if job.state == "WAITING":
            await asyncio.sleep(1)


def preview(text):
    request = CreateTtsAuditionRequest(body=CreateTtsAuditionRequestBody(text=text))
    while True:
        try:
            return dispatch.call("create_tts_audition", request)  # expect: MST104
        except exceptions.ClientRequestException as err:
            if err.error_code == "APIGW.0308":
                continue
            raise
