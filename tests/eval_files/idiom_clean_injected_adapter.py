"""The injected adapter, with an aiolimiter shared by every session."""
import asyncio
import os

from aiolimiter import AsyncLimiter
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateOnceCodeRequest, MetaStudioAsyncClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class MetaStudioAdapter:
    def __init__(self):
        creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
        self._client = (
            MetaStudioAsyncClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()
        )
        self._limiter = AsyncLimiter(15, 1)  # 15/s <= 20/s (create_once_code)

    async def create_once_code(self, user_id):
        async with self._limiter:
            return await asyncio.wrap_future(self._client.create_once_code_async(CreateOnceCodeRequest(x_app_user_id=user_id)))


class SessionCoordinator:
    def __init__(self, adapter: MetaStudioAdapter):
        self.adapter = adapter

    async def open_sessions(self, users):
        return await asyncio.gather(*[self.adapter.create_once_code(u) for u in users])


if __name__ == "__main__":
    asyncio.run(SessionCoordinator(MetaStudioAdapter()).open_sessions(os.environ["USERS"].split(",")))
