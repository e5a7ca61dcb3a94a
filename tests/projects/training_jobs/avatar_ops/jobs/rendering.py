"""Render marketing clips for a list of scripts in parallel."""
import time
from concurrent.futures import ThreadPoolExecutor

from avatar_ops import settings
from avatar_ops.service import AvatarService, build_video_request


def render_all(model_asset_id, voice_asset_id, texts):
    service = AvatarService()
    requests = [build_video_request(model_asset_id, voice_asset_id, t) for t in texts]
    with ThreadPoolExecutor(max_workers=settings.RENDER_WORKERS) as pool:
        responses = list(pool.map(service.create2_d_digital_human_video, requests))  # expect: MST102 ~160/s @26
    return [r.job_id for r in responses]


def render_one(model_asset_id, voice_asset_id, text):
    service = AvatarService()
    resp = service.create2_d_digital_human_video(build_video_request(model_asset_id, voice_asset_id, text))
    return resp.job_id


def wait_for_video(job_id, interval=10.0):
    service = AvatarService()
    while True:
        state = service.video_state(job_id)
        if state in ("SUCCEED", "FAILED", "CANCELED", "BLOCK"):
            return state
        time.sleep(interval)
