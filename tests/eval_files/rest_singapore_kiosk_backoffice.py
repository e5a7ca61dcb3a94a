"""Back office for the avatar kiosks: the Singapore showroom and the Beijing flagship store.

Both tenants are driven with plain requests; the Singapore code was copied from the Beijing one.
"""
import os

import requests

SG = "https://metastudio.ap-southeast-3.myhuaweicloud.com"
BJ = "https://metastudio.cn-north-4.myhuaweicloud.com"
SG_PROJECT = os.environ["MS_SG_PROJECT_ID"]
BJ_PROJECT = os.environ["MS_BJ_PROJECT_ID"]

session = requests.Session()
session.headers["X-Auth-Token"] = os.environ["MS_TOKEN"]


def sg_once_code(robot_id: str) -> str:
    # one-off auth codes are not offered in ap-southeast-3
    resp = session.post(f"{SG}/v1/{SG_PROJECT}/digital-human-chat/once-code", json={"robot_id": robot_id})  # expect: MST201
    return resp.json()["code"]


def bj_once_code(robot_id: str) -> str:
    # offered in cn-north-4: no finding
    resp = session.post(f"{BJ}/v1/{BJ_PROJECT}/digital-human-chat/once-code", json={"robot_id": robot_id})
    return resp.json()["code"]


def sg_activation_codes() -> list:
    # GET .../active-code (list_active_code) is offered in ap-southeast-3: no finding
    return session.get(f"{SG}/v1/{SG_PROJECT}/digital-human-chat/active-code", params={"limit": 50}).json()["data"]


def sg_new_activation_code(robot_id: str) -> str:
    # POST .../active-code (create_active_code) is not offered in ap-southeast-3
    resp = session.post(f"{SG}/v1/{SG_PROJECT}/digital-human-chat/active-code", json={"robot_id": robot_id})  # expect: MST201
    return resp.json()["active_code"]


def sg_open_dialog(body: dict) -> str:
    # interactive dialogs cannot be created in ap-southeast-3 ("+"-built URL)
    resp = requests.post(SG + "/v1/" + SG_PROJECT + "/smart-chat-rooms", json=body, headers=session.headers)  # expect: MST201
    return resp.json()["room_id"]


def sg_dialogs() -> list:
    # listing interactive dialogs is offered in ap-southeast-3: no finding
    return session.get(SG + "/v1/" + SG_PROJECT + "/smart-chat-rooms").json()["smart_chat_rooms"]


def sg_start_chat(room_id: str, robot_id: str) -> str:
    resp = session.post(  # expect: MST201
        "https://metastudio.ap-southeast-3.myhuaweicloud.com"
        f"/v1/{SG_PROJECT}/digital-human-chat/smart-chat-rooms/{room_id}/smart-chat-jobs",
        params={"robot_id": robot_id},
    )
    return resp.json()["job_id"]


def sg_rename_app(robot_id: str, name: str) -> None:
    # PUT .../robot/{robot_id} (update_robot) is not offered in ap-southeast-3
    session.put(f"{SG}/v1/{SG_PROJECT}/digital-human-chat/robot/{robot_id}", json={"name": name})  # expect: MST201


def sg_chat_jobs(room_ids: list) -> dict:
    out = {}
    for room_id in room_ids:
        # offered in ap-southeast-3; 10/s, not above 10/s (GET .../smart-chat-jobs, list_smart_chat_job): no finding
        out[room_id] = session.get(
            f"{SG}/v1/{SG_PROJECT}/digital-human-chat/smart-chat-rooms/{room_id}/smart-chat-jobs"
        ).json()
    return out


def bj_open_dialog(body: dict) -> str:
    # offered in cn-north-4: no finding
    return session.post(f"{BJ}/v1/{BJ_PROJECT}/smart-chat-rooms", json=body).json()["room_id"]
