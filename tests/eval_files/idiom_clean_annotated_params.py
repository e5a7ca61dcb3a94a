"""Annotated service parameters, with each loop paced below its API's limit."""
import os
import time
from typing import Iterable, Optional

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    ShowSmartLiveRoomRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class ProductService:
    def __init__(self, client: MetaStudioClient):
        self.client = client

    def add(self, name: str) -> str:
        return self.client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name))).product_id


class RoomReader:
    def __init__(self, client: MetaStudioClient):
        self.client = client

    def get(self, room_id: str):
        return self.client.show_smart_live_room(ShowSmartLiveRoomRequest(room_id=room_id))


def sync(svc: ProductService, names: Iterable[str]) -> None:
    for name in names:
        svc.add(name)
        time.sleep(0.25)  # 1 / 0.35 s = 2.9/s <= 4/s


def snapshot(reader: Optional["RoomReader"], room_ids: Iterable[str]) -> list:
    if reader is None:
        return []
    return [reader.get(r) for r in room_ids]  # 10/s <= 20/s (show_smart_live_room)


def main() -> None:
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    client = MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()
    sync(ProductService(client), os.environ["NAMES"].split(","))
    print(snapshot(RoomReader(client), os.environ["ROOMS"].split(",")))


if __name__ == "__main__":
    main()
