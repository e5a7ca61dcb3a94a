"""Fail over between MetaStudio endpoints when one is unreachable; re-raise when none is left."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import (
    CallTimeoutException,
    ConnectionException,
    HostUnreachableException,
    SslHandShakeException,
)
from huaweicloudsdkmetastudio.v1 import CreateSmartLiveRoomReq, CreateSmartLiveRoomRequest, MetaStudioClient

ENDPOINTS = [
    "https://metastudio.cn-north-4.myhuaweicloud.com",
    "https://metastudio-api.cn-north-4.myhuaweicloud.com",
]


def _client(endpoint):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_endpoint(endpoint).build()


def create_room(name):
    req = CreateSmartLiveRoomRequest(body=CreateSmartLiveRoomReq(room_name=name))
    last_error = None
    for endpoint in ENDPOINTS:
        try:
            return _client(endpoint).create_smart_live_room(req)
        except HostUnreachableException as err:
            last_error = err
    raise last_error


def create_room_patient(name):
    req = CreateSmartLiveRoomRequest(body=CreateSmartLiveRoomReq(room_name=name))
    client = _client(ENDPOINTS[0])
    for attempt in range(3):
        try:
            return client.create_smart_live_room(req)
        except (ConnectionException, SslHandShakeException, CallTimeoutException):
            if attempt == 2:
                raise
    return None
