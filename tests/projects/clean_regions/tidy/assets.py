from huaweicloudsdkmetastudio.v1 import CreateProductRequest, ShowAssetRequest


class CatalogService:
    def __init__(self, client):
        self.client = client

    def add(self, body):
        return self.client.create_product(CreateProductRequest(body=body))

    def asset(self, asset_id):
        return self.client.show_asset(ShowAssetRequest(asset_id=asset_id))
