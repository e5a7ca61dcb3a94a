"""Render the subtitled virtual-avatar videos once their scripts are final."""
import logging
import sys
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import Create2DDigitalHumanVideoReq, VideoConfig, VoiceConfig

from .config import settings
from .services import SubtitleStudio
from .throttle import RENDER_GAP_S, RENDER_POLL_S, pace

log = logging.getLogger(__name__)

RENDER_ATTEMPTS = 4
FINISHED = ("SUCCEED", "FAILED", "CANCELED")


def voice_for(kind):
    if kind == "intro":
        return VoiceConfig(voice_asset_id=settings.HOST_VOICE, speed=100)
    return VoiceConfig(voice_asset_id=settings.NARRATOR_VOICE, speed=95)


def build_body(script_id, kind):
    video = VideoConfig(codec="H264", bitrate=8000, width=settings.RENDER_WIDTH, height=settings.RENDER_HEIGHT,
                        is_subtitle_enable=True)
    return Create2DDigitalHumanVideoReq(script_id=script_id, model_asset_id=settings.model_asset_id(),
                                        voice_config=voice_for(kind), video_config=video)


def submit_render(studio: SubtitleStudio, body):
    for attempt in range(RENDER_ATTEMPTS):
        try:
            return studio.create_render(body).job_id  # expect: MST104
        except ClientRequestException as exc:
            if exc.error_code != "APIGW.0308" or attempt == RENDER_ATTEMPTS - 1:
                raise
            log.warning("render throttled, retrying (%d/%d)", attempt + 1, RENDER_ATTEMPTS)


def wait_for_render(studio: SubtitleStudio, job_id, timeout_s=3600):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = studio.render_detail(job_id)
        if job.state in FINISHED:
            return job
        time.sleep(RENDER_POLL_S)
    raise TimeoutError(f"render {job_id} still running after {timeout_s}s")


def render_all(script_ids, kind):
    studio = SubtitleStudio()
    job_ids = []
    for script_id in script_ids:
        job_ids.append(submit_render(studio, build_body(script_id, kind)))
        pace(RENDER_GAP_S)
    return [wait_for_render(studio, job_id) for job_id in job_ids]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for job in render_all(sys.argv[2:], kind=sys.argv[1]):
        print(job.job_id, job.state)
