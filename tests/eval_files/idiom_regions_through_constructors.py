"""A service class whose constructor builds the client from the region id it is given: each
constructor call's id is checked, also through a subclass that inherits the constructor."""
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class Studio:
    def __init__(self, region_id, timeout=30):
        region = MetaStudioRegion.value_of(region_id)
        self.timeout = timeout
        self.client = MetaStudioClient.new_builder().with_region(region).build()


class ArchiveStudio(Studio):
    pass


main = Studio("cn-north-4")
archive = ArchiveStudio("ap-southeast-7")  # expect: MST202 @25
standby = Studio(region_id="cn-esat-3", timeout=10)  # expect: MST202 @28
