from huaweicloudsdkmetastudio.v1 import CreateDigitalAssetRequest, ListAssetsRequest

from studio.base import MetaStudioService


class AssetService(MetaStudioService):
    def create(self, body):
        return self.client.create_digital_asset(CreateDigitalAssetRequest(body=body))

    def page(self, offset):
        return self.client.list_assets(ListAssetsRequest(offset=offset, limit=100))
