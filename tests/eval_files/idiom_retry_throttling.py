"""Retry loops that go round again at once after errors that can be throttling."""
import os

import requests
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    MetaStudioClient,
    StartSmartLiveReq,
    StartSmartLiveRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)
BASE = "https://metastudio.cn-north-4.myhuaweicloud.com/v1/" + os.environ.get("MS_PROJECT_ID", "")


def create_room(name):
    body = CreateSmartLiveRoomReq(room_name=name)
    for _ in range(5):
        try:
            return client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body))  # expect: MST104
        except exceptions.SdkException:
            continue
    raise RuntimeError("could not create room")


def start(room_id):
    while True:
        try:
            return client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=StartSmartLiveReq()))  # expect: MST104
        except Exception as err:  # noqa: BLE001
            print("retrying:", err)


def list_products_rest(token):
    while True:
        resp = requests.get(BASE + "/products", headers={"X-Auth-Token": token}, timeout=10)  # expect: MST104
        if resp.status_code == 429:
            continue
        resp.raise_for_status()
        return resp.json()


def create_room_checked(name):
    body = CreateSmartLiveRoomReq(room_name=name)
    attempts = 0
    while attempts < 3:
        attempts += 1
        try:
            return client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body))  # expect: MST104
        except exceptions.ClientRequestException as err:
            if err.error_code == "APIGW.0308":
                continue
            raise
    return None


def show_room_rest(token, room_id):
    for _ in range(10):
        try:
            resp = requests.get(BASE + "/smart-live-rooms/" + room_id, headers={"X-Auth-Token": token}, timeout=10)  # expect: MST104
            resp.raise_for_status()
            return resp.json()
        except requests.HTTPError:
            continue
    return None
