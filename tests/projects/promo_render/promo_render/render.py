"""Avatar video production: submit render jobs, wait for videos and subtitle files."""
import logging
import time

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CallBackConfig,
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateSubtitleFileReq,
    CreateSubtitleFileRequest,
    Show2DDigitalHumanVideoRequest,
    ShowSubtitleFileRequest,
    VideoConfig,
    VoiceConfig,
)
from ratelimit import limits, sleep_and_retry
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from . import settings
from .clients import studio
from .pacing import pause

log = logging.getLogger(__name__)

VIDEO_TERMINAL = ("SUCCEED", "FAILED", "CANCELED")


@sleep_and_retry
@limits(calls=settings.RENDER_CALLS_PER_SEC, period=1)
def submit_video(script_id, model_asset_id, voice_asset_id):
    """Start one render job; at most RENDER_CALLS_PER_SEC per second in this process."""
    body = Create2DDigitalHumanVideoReq(
        script_id=script_id,
        model_asset_id=model_asset_id,
        voice_config=VoiceConfig(voice_asset_id=voice_asset_id),
        video_config=VideoConfig(codec="H264", bitrate=8000, width=1080, height=1920, frame_rate="25"),
        callback_config=CallBackConfig(callback_url=settings.VIDEO_CALLBACK_URL),
    )
    return studio.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body))


def submit_campaign(script_ids, model_asset_id, voice_asset_id):
    return [submit_video(sid, model_asset_id, voice_asset_id).job_id for sid in script_ids]


@retry(
    wait=wait_exponential(multiplier=1, max=20),
    stop=stop_after_attempt(5),
    retry=retry_if_exception_type(exceptions.ClientRequestException),
)
def fetch_video(job_id):
    return studio.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))


def wait_for_video(job_id, timeout_s=3600):
    """Fallback for jobs whose callback got lost: poll every POLL_INTERVAL seconds."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = fetch_video(job_id)
        if job.state in VIDEO_TERMINAL:
            return job
        pause()
    raise TimeoutError(f"video job {job_id} still running after {timeout_s} s")


def request_subtitles(script_id, sequence_no=0):
    body = CreateSubtitleFileReq(script_id=script_id, sequence_no=sequence_no)
    return studio.create_subtitle_file(CreateSubtitleFileRequest(body=body)).job_id


def wait_for_subtitle(job_id):
    """Block until every subtitle file of ``job_id`` is generated."""
    req = ShowSubtitleFileRequest(job_id=job_id)
    while True:
        resp = studio.show_subtitle_file(req)  # expect: MST103
        if resp.job_state == "GENERATED":
            return resp.subtitle_file_info
        if not resp.subtitle_file_info:
            # still queued, nothing generated yet: no point asking again right away
            pause()
        log.debug("subtitle job %s: %d file(s) so far", job_id, len(resp.subtitle_file_info or []))
