"""REST calls whose path interpolates a settings field left empty until deployment
(``project_id: str = ""``): the route still matches, the project id is unknown."""
import asyncio

import aiohttp


class Settings:
    project_id: str = ""
    iam_token: str = ""


class Gateway:
    def __init__(self, settings: Settings):
        self._project_id = settings.project_id
        self._session = aiohttp.ClientSession(base_url="https://metastudio.cn-north-4.myhuaweicloud.com",
                                              headers={"X-Auth-Token": settings.iam_token})

    async def submit_tts(self, text):
        async with self._session.post(f"/v1/{self._project_id}/ttsc/async-jobs", json={"text": text}) as resp:
            return (await resp.json())["job_id"]

    async def tts_job(self, job_id):
        path = "/v1/{}/ttsc/async-jobs/{}".format(self._project_id, job_id)
        async with self._session.get(path) as resp:
            return await resp.json()


async def submit_all(texts):
    gateway = Gateway(Settings())
    return await asyncio.gather(*(gateway.submit_tts(t) for t in texts))  # expect: MST102 ~320/s @35


async def wait_all(job_ids):
    gateway = Gateway(Settings())
    return await asyncio.gather(*(gateway.tts_job(j) for j in job_ids))  # expect: MST102 ~320/s @35


async def submit_each(texts):
    gateway = Gateway(Settings())
    for text in texts:
        await gateway.submit_tts(text)  # expect: MST101 ~10/s @15
