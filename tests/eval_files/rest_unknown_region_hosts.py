"""Regional rollout helpers: each market team pointed the scripts at "their" endpoint.

Some of those endpoints are regions the MetaStudio limits table does not know.
"""
import os

import httpx
import requests

PROJECT = os.environ["MS_PROJECT_ID"]
TOKEN = {"X-Auth-Token": os.environ["MS_TOKEN"]}

METASTUDIO_SH = "https://metastudio.cn-east-3.myhuaweicloud.com"
# Guangzhou: no MetaStudio row for cn-south-1 in the limits table
METASTUDIO_GZ = "https://metastudio.cn-south-1.myhuaweicloud.com"  # expect: MST202
# OBS and IAM in cn-south-1 are other services: no finding
OBS_GZ = "https://obs.cn-south-1.myhuaweicloud.com"
IAM_GZ = "https://iam.cn-south-1.myhuaweicloud.com/v3/auth/tokens"


def gz_token() -> str:
    body = {"auth": {"identity": {"methods": ["password"]}, "scope": {"project": {"name": "cn-south-1"}}}}
    return requests.post(IAM_GZ, json=body, timeout=10).headers["X-Subject-Token"]


def gz_assets() -> list:
    resp = requests.get(f"{METASTUDIO_GZ}/v1/{PROJECT}/digital-assets", params={"limit": 20}, headers=TOKEN)
    return resp.json()["assets"]


def gz_backup(bucket: str, key: str, data: bytes) -> None:
    requests.put(f"{OBS_GZ}/{bucket}/{key}", data=data, timeout=60)


def latam_render(body: dict) -> str:
    resp = requests.post(
        "https://metastudio.la-south-2.myhuaweicloud.com/v1/"  # expect: MST202
        + PROJECT
        + "/2d-digital-human-videos",
        json=body,
        headers=TOKEN,
    )
    return resp.json()["job_id"]


def hongkong_code(robot_id: str) -> str:
    # ap-southeast-1 is not in the table
    url = "https://metastudio.ap-southeast-1.myhuaweicloud.com/v1/{}/digital-human-chat/once-code".format(PROJECT)  # expect: MST202
    return httpx.post(url, json={"robot_id": robot_id}, headers=TOKEN).json()["code"]


def shanghai_assets() -> list:
    # known region: no finding
    return requests.get(f"{METASTUDIO_SH}/v1/{PROJECT}/digital-assets", params={"limit": 20}, headers=TOKEN).json()["assets"]


def singapore_rooms() -> list:
    # known region, API offered there: no finding
    with httpx.Client(base_url="https://metastudio.ap-southeast-3.myhuaweicloud.com", headers=TOKEN) as c:
        return c.get(f"/v1/{PROJECT}/smart-live-rooms").json()["smart_live_rooms"]


if __name__ == "__main__":
    print(len(shanghai_assets()), len(singapore_rooms()), len(gz_assets()))
