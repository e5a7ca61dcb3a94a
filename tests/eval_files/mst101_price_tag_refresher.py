"""Nightly job: refresh the description / tags of every live product from the pricing service."""
import logging
import os

import requests
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    MetaStudioClient,
    ShowProductRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger(__name__)


class PriceTagRefresher:
    def __init__(self, pricing_url: str):
        self._pricing_url = pricing_url
        self._client = None

    def connect(self):
        creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
        self._client = (
            MetaStudioClient.new_builder()
            .with_credentials(creds)
            .with_region(MetaStudioRegion.CN_NORTH_4)
            .build()
        )
        return self

    def _prices(self):
        resp = requests.get(f"{self._pricing_url}/v2/prices", timeout=30)
        resp.raise_for_status()
        return resp.json()["items"]

    def _refresh_one(self, product_id, price):
        current = self._client.show_product(ShowProductRequest(product_id=product_id))
        description = f"{current.description or ''}".split(" | price:")[0] + f" | price: {price}"
        body = UpdateProductRequestBody(name=current.name, description=description, tags=current.tags)
        self._client.update_product(UpdateProductRequest(product_id=product_id, body=body))

    def run(self):
        items = self._prices()
        for item in items:
            # _refresh_one makes 2 SDK calls: 0.2 s per iteration -> 5/s each;
            # show_product 5/s <= 20/s, update_product 5/s > 4/s (cn-north-4)
            self._refresh_one(item["product_id"], item["price"])  # expect: MST101 ~5/s @13
        log.info("refreshed %d products", len(items))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    PriceTagRefresher(os.environ["PRICING_URL"]).connect().run()
