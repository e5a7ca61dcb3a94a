"""Sync jobs whose parameters are annotated with the project's own service classes."""
from __future__ import annotations

import os
from typing import Iterable, Optional

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    DeleteSmartLiveRoomRequest,
    MetaStudioClient,
    UpdateRobotReq,
    UpdateRobotRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class ProductService:
    def __init__(self, client: MetaStudioClient):
        self.client = client

    def add(self, name: str) -> str:
        return self.client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name))).product_id


class RoomJanitor:
    def __init__(self, client: MetaStudioClient):
        self.client = client

    def remove(self, room_id: str) -> None:
        self.client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))


class RobotAdmin:
    def __init__(self, client: MetaStudioClient):
        self.client = client

    def rename(self, robot_id: str, name: str) -> None:
        self.client.update_robot(UpdateRobotRequest(robot_id=robot_id, body=UpdateRobotReq(name=name)))


def sync(svc: ProductService, names: Iterable[str]) -> None:
    for name in names:
        svc.add(name)  # expect: MST101 ~10/s


def purge(janitor: Optional[RoomJanitor], room_ids: Iterable[str]) -> None:
    if janitor is None:
        return
    for room_id in room_ids:
        # 10/s > 4/s (delete_smart_live_room)
        janitor.remove(room_id)  # expect: MST101 ~10/s


def rename_all(admin: "RobotAdmin", robot_ids: Iterable[str], suffix: str) -> None:
    for robot_id in robot_ids:
        admin.rename(robot_id, "bot-" + suffix)  # expect: MST101 ~10/s


def main() -> None:
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    client = MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()
    sync(ProductService(client), os.environ["NAMES"].split(","))
    purge(RoomJanitor(client), os.environ["ROOMS"].split(","))
    rename_all(RobotAdmin(client), os.environ["ROBOTS"].split(","), "v2")


if __name__ == "__main__":
    main()
