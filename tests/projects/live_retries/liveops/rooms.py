from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, StartSmartLiveRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from liveops.settings import REGION


class RoomControl:
    def __init__(self, ak, sk):
        self.client = (MetaStudioClient.new_builder()
                       .with_credentials(BasicCredentials(ak, sk))
                       .with_region(MetaStudioRegion.value_of(REGION))
                       .build())

    def start(self, room_id, body):
        return self.client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=body))
