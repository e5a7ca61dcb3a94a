"""MetaStudio SDK wrapper used by scripts/ and jobs/.

    from lib.metastudio import MetaStudioService, studio
"""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    DeleteSmartLiveRoomRequest,
    ListSmartLiveJobsRequest,
    ListSmartLiveRoomsRequest,
    ListVideoScriptsRequest,
    MetaStudioClient,
    ShowSmartLiveRequest,
    ShowSmartLiveRoomRequest,
    ShowVideoScriptRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from lib import config
from lib.regions import Region


def make_client(*, region: str) -> MetaStudioClient:
    """A client for one tenant region; always pass ``region=`` by name."""
    credentials = BasicCredentials(config.AK, config.SK, config.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(region))
        .build()
    )


class MetaStudioService:
    """What the toolbox does with MetaStudio, on the Shanghai tenant."""

    client: MetaStudioClient = make_client(region=Region.SHANGHAI.value)

    def rooms(self, *, offset=0, limit=50, live_state=None):
        request = ListSmartLiveRoomsRequest(offset=offset, limit=limit, live_state=live_state)
        return self.client.list_smart_live_rooms(request)

    def room(self, room_id):
        return self.client.show_smart_live_room(ShowSmartLiveRoomRequest(room_id=room_id))

    def delete_room(self, room_id):
        self.client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))

    def live_jobs(self, *, offset=0, limit=50, state=None):
        return self.client.list_smart_live_jobs(ListSmartLiveJobsRequest(offset=offset, limit=limit, state=state))

    def live_job(self, room_id, job_id):
        return self.client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job_id))

    def scripts(self, *, offset=0, limit=50):
        return self.client.list_video_scripts(ListVideoScriptsRequest(offset=offset, limit=limit))

    def script(self, script_id):
        return self.client.show_video_script(ShowVideoScriptRequest(script_id=script_id))


class SingaporeStudio(MetaStudioService):
    """The same operations on the Singapore tenant."""

    client = make_client(region=Region.SINGAPORE.value)


studio = MetaStudioService()
sg_studio = SingaporeStudio()
