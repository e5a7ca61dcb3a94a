"""A coordinator that gets its MetaStudio adapter injected, as public avatar back ends do."""
import asyncio
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateDialogUrlReq,
    CreateDialogUrlRequest,
    CreateOnceCodeRequest,
    MetaStudioAsyncClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class MetaStudioAdapter:
    def __init__(self):
        creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
        self._client = (
            MetaStudioAsyncClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()
        )

    async def create_once_code(self, user_id):
        future = self._client.create_once_code_async(CreateOnceCodeRequest(x_app_user_id=user_id))
        return await asyncio.wrap_future(future)

    async def create_dialog_url(self, room_id, robot_id):
        req = CreateDialogUrlRequest(body=CreateDialogUrlReq(room_id=room_id, robot_id=robot_id))
        return await asyncio.wrap_future(self._client.create_dialog_url_async(req))


class SessionCoordinator:
    def __init__(self, adapter: MetaStudioAdapter):
        self.adapter = adapter

    async def open_sessions(self, users, room_id, robot_id):
        # unbounded gather over the async client (8 worker threads): at least 8 x 10/s = 80/s > 20/s
        codes = await asyncio.gather(*[self.adapter.create_once_code(u) for u in users])  # expect: MST102
        urls = []
        for _ in codes:
            # sequential, 10/s > 5/s (create_dialog_url)
            urls.append(await self.adapter.create_dialog_url(room_id, robot_id))  # expect: MST101 ~10/s
        return urls


ADAPTER = MetaStudioAdapter()


if __name__ == "__main__":
    coordinator = SessionCoordinator(ADAPTER)
    asyncio.run(coordinator.open_sessions(os.environ["USERS"].split(","), os.environ["ROOM"], os.environ["ROBOT"]))
