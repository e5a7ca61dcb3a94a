"""Products of one site's catalogue, and a retried creation for the importer."""
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, ShowProductRequest

from concierge.clients import build_catalog_client
from concierge.sites import SiteBound
from concierge.utils.retry import retry

_catalog = build_catalog_client()


class SiteCatalog(SiteBound):
    def add_product(self, body):
        return self.client.create_product(CreateProductRequest(body=body))

    def product(self, product_id):
        return self.client.show_product(ShowProductRequest(product_id=product_id))


@retry(times=4)
def create_master_product(body):
    return _catalog.create_product(CreateProductRequest(body=body))
