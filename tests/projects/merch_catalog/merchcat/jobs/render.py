"""Render a product-introduction video with a 2D avatar for each product."""
import logging
import time
from itertools import starmap
from typing import Dict, Iterable, List, Tuple

from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    OutputAssetConfig,
    ShootScript,
    ShootScriptItem,
    Show2DDigitalHumanVideoRequest,
    TextConfig,
    VideoConfig,
    VoiceConfig,
)

import merchcat.core.settings as cfg
from merchcat import studio_client

log = logging.getLogger(__name__)

TERMINAL_STATES = ("SUCCEED", "FAILED", "CANCELED", "BLOCK")
POLL_INTERVAL_S = 10


def _video_request(product_name: str, script_text: str, model_asset_id: str,
                   voice_asset_id: str) -> Create2DDigitalHumanVideoRequest:
    script = ShootScript(script_type="TEXT", text_config=TextConfig(text=script_text))
    body = Create2DDigitalHumanVideoReq(
        model_asset_id=model_asset_id,
        voice_config=VoiceConfig(voice_asset_id=voice_asset_id, speed=100),
        video_config=VideoConfig(codec="H264", bitrate=8000, width=1080, height=1920, frame_rate="25"),
        shoot_scripts=[ShootScriptItem(sequence_no=0, shoot_script=script)],
        output_asset_config=OutputAssetConfig(asset_name=f"intro-{product_name}"),
    )
    return Create2DDigitalHumanVideoRequest(x_app_user_id=cfg.SETTINGS.app_user_id, body=body)


def _submit_one(product_name: str, script_text: str, model_asset_id: str, voice_asset_id: str) -> str:
    with studio_client() as client:
        request = _video_request(product_name, script_text, model_asset_id, voice_asset_id)
        job_id = client.create2_d_digital_human_video(request).job_id
    time.sleep(cfg.SETTINGS.render_pace_s)
    return job_id


def submit_batch(items: Iterable[Tuple[str, str, str, str]]) -> List[str]:
    """items: (product_name, script_text, model_asset_id, voice_asset_id)."""
    return list(starmap(_submit_one, items))


def wait_all(job_ids: Iterable[str]) -> Dict[str, object]:
    results = {}
    with studio_client() as client:
        for job_id in job_ids:
            request = Show2DDigitalHumanVideoRequest(job_id=job_id)
            while True:
                resp = client.show2_d_digital_human_video(request)
                if resp.state in TERMINAL_STATES:
                    results[job_id] = resp
                    break
                time.sleep(POLL_INTERVAL_S)
    return results


def wait_for(job_id: str):
    """Block until one video is finished (used by the `render-one` command)."""
    with studio_client() as client:
        request = Show2DDigitalHumanVideoRequest(job_id=job_id)
        while True:
            resp = client.show2_d_digital_human_video(request)  # expect: MST103
            if resp.state in TERMINAL_STATES:
                return resp
            if resp.state == "WAITING":
                log.debug("job %s still queued", job_id)
                time.sleep(POLL_INTERVAL_S)
