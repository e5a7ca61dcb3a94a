"""Upload a product shoot as MetaStudio image assets (Shanghai tenant), then tag and clean up.

Deliberately dependency-free: requests only, the SDK is not installed on the photo workstation.
Usage: python upload_shoot.py SHOOT_DIR TAG
"""
import hashlib
import base64
import os
import sys
import time

import requests

HOST = "https://metastudio.cn-east-3.myhuaweicloud.com"
PID = os.environ["MS_PROJECT_ID"]

session = requests.Session()
session.headers.update({"X-Auth-Token": os.environ["MS_TOKEN"], "Content-Type": "application/json"})


def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def create_asset(name: str) -> str:
    resp = session.post(f"{HOST}/v1/{PID}/digital-assets", json={"asset_name": name, "asset_type": "IMAGE"})
    resp.raise_for_status()
    return resp.json()["asset_id"]


def upload(asset_id: str, path: str) -> None:
    data = open(path, "rb").read()
    md5 = base64.b64encode(hashlib.md5(data).digest()).decode()
    resp = session.post(f"{HOST}/v1/{PID}/files", json={
        "file_name": os.path.basename(path), "file_md5": md5, "file_size": len(data),
        "file_type": "jpg", "asset_id": asset_id, "asset_file_category": "MAIN"})
    resp.raise_for_status()
    info = resp.json()
    # the upload URL points at OBS: not a MetaStudio call
    requests.put(info["upload_url"], data=data, headers={"Content-Type": "image/jpeg", "Content-MD5": md5})
    session.post(f"{HOST}/v1/{PID}/files/{info['file_id']}/complete", json={"state": "CREATED"}).raise_for_status()


def upload_shoot(folder: str) -> list:
    ids = []
    for name in sorted(os.listdir(folder)):
        # 3 MetaStudio calls per photo (>= 0.3 s): 3.3/s each <= 5/s (create_digital_asset, create_file,
        # confirm_file_upload, cn-east-3): no finding
        asset_id = create_asset(name)
        upload(asset_id, os.path.join(folder, name))
        ids.append(asset_id)
    return ids


def tag(asset_ids: list, tag_name: str) -> None:
    for asset_id in asset_ids:
        # 10/s > 5/s (PUT .../digital-assets/{asset_id}, update_digital_asset, cn-east-3)
        session.put(f"{HOST}/v1/{PID}/digital-assets/{asset_id}", json={"tags": [tag_name]}).raise_for_status()  # expect: MST101 ~10/s @9


def purge_previous(asset_ids: list) -> None:
    for batch in chunks(asset_ids, 100):
        # 10/s > 1/s (POST .../digital-assets/batch-action, batch_execute_asset_action)
        session.post(f"{HOST}/v1/{PID}/digital-assets/batch-action",  # expect: MST101 ~10/s @9
                     json={"action": "DELETE", "asset_id_list": batch}).raise_for_status()


def purge_previous_slowly(asset_ids: list) -> None:
    for batch in chunks(asset_ids, 100):
        # 0.1 s + 1.0 s = 1.1 s: 0.9/s <= 1/s: no finding
        session.post(f"{HOST}/v1/{PID}/digital-assets/batch-action",
                     json={"action": "DELETE", "asset_id_list": batch}).raise_for_status()
        time.sleep(1.0)


if __name__ == "__main__":
    previous = [line.strip() for line in open("previous_assets.txt", encoding="utf-8") if line.strip()]
    new_ids = upload_shoot(sys.argv[1])
    tag(new_ids, sys.argv[2])
    purge_previous_slowly(previous)
