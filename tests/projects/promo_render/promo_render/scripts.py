"""Video scripts: create them from campaign copy, clone templates, rename, export previews."""
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CopyVideoScriptsRequest,
    CreateVideoScriptsReq,
    CreateVideoScriptsRequest,
    ShootScript,
    ShootScriptItem,
    ShowVideoScriptRequest,
    TextConfig,
    UpdateVideoScriptRequest,
    UpdateVideoScriptsReq,
    VoiceConfig,
)

from . import settings
from .clients import studio
from .pacing import every, script_limiter

log = logging.getLogger(__name__)


def _script_body(campaign):
    """Build the request body of one campaign; no API call here."""
    scenes = [
        ShootScriptItem(
            sequence_no=n,
            shoot_script=ShootScript(script_type="TEXT", text_config=TextConfig(text=paragraph)),
        )
        for n, paragraph in enumerate(campaign["paragraphs"])
    ]
    return CreateVideoScriptsReq(
        script_name=campaign["name"],
        model_asset_id=campaign["model_asset_id"],
        voice_config=VoiceConfig(voice_asset_id=campaign["voice_asset_id"], speed=100),
        shoot_scripts=scenes,
    )


def build_requests(campaigns):
    """One CreateVideoScriptsRequest per campaign (pure object construction)."""
    return [CreateVideoScriptsRequest(body=_script_body(c)) for c in campaigns]


def create_scripts(campaigns):
    """Create one script per campaign, through the shared 3/s limiter."""
    created, failed = [], []
    for req in build_requests(campaigns):
        try:
            with script_limiter:
                resp = studio.create_video_scripts(req)
        except exceptions.ClientRequestException as exc:
            # Not a retry: record the campaign and go on with the next one.
            log.error("script %s rejected: %s", req.body.script_name, exc.error_msg)
            failed.append(req.body.script_name)
            continue
        created.append(resp.script_id)
    return created, failed


@every(0.5)
def copy_script(script_id):
    """Copy one template script; the decorator keeps copies 0.5 s apart."""
    return studio.copy_video_scripts(CopyVideoScriptsRequest(script_id=script_id))


def clone_templates(template_ids):
    return [copy_script(tid).script_id for tid in template_ids]


def rename_scripts(names_by_id):
    """Bulk rename after a campaign is re-branded."""
    for script_id, name in names_by_id.items():
        body = UpdateVideoScriptsReq(script_name=name)
        studio.update_video_script(UpdateVideoScriptRequest(script_id=script_id, body=body))
        time.sleep(settings.PAUSE)


def _script_detail(script_id):
    detail = studio.show_video_script(ShowVideoScriptRequest(script_id=script_id))
    return {"id": detail.script_id, "name": detail.script_name, "cover": detail.script_cover_url}


def export_previews(script_ids):
    """Collect name and cover of every script for the campaign review deck."""
    with ThreadPoolExecutor(max_workers=settings.PREVIEW_WORKERS) as pool:
        return list(pool.map(_script_detail, script_ids))  # expect: MST102 ~60/s
