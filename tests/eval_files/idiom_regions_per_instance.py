"""One service class, instances in several regions: each instance's calls are
judged in the region the call that made it passed, not in whichever region
any instance of the class is in.  Beijing allows 10 asset creations a second,
Shanghai and Singapore 5: a loop at 10/s exceeds only the last two."""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateDigitalAssetRequest, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class AssetService:
    def __init__(self, region, ak="ak", sk="sk"):
        self.client = (MetaStudioClient.new_builder()
                       .with_credentials(BasicCredentials(ak, sk))
                       .with_region(MetaStudioRegion.value_of(region))
                       .build())

    def create(self, body):
        return self.client.create_digital_asset(CreateDigitalAssetRequest(body=body))


BEIJING = AssetService("cn-north-4")
SINGAPORE = AssetService("ap-southeast-3")


def sync_beijing(rows):
    for row in rows:
        BEIJING.create(row)


def sync_singapore(rows):
    for row in rows:
        SINGAPORE.create(row)  # expect: MST101 ~10/s @9


def shanghai_service():
    return AssetService(region="cn-east-3")


def sync_shanghai(rows):
    service = shanghai_service()
    for row in rows:
        service.create(row)  # expect: MST101 ~10/s @9


def sync_local(rows):
    local = AssetService("cn-north-4", ak="ak2", sk="sk2")
    for row in rows:
        local.create(row)
