"""Celery tasks of the avatars app."""
import logging
import time

from celery import group, shared_task
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

from apps.avatars import throttling
from apps.avatars.services import avatar_service
from gallery import settings

log = logging.getLogger(__name__)

GALLERY_TAG = "gallery"


@shared_task(rate_limit="1/s")
def render_preview(asset_id, script_id):
    """Render the short preview clip of one avatar."""
    return avatar_service.render_video(script_id, asset_id)


@shared_task
def render_previews(asset_ids, script_id=None):
    """Queue a preview render for every avatar of a collection."""
    script_id = script_id or settings.METASTUDIO["PREVIEW_SCRIPT_ID"]
    for asset_id in asset_ids:
        render_preview.delay(asset_id, script_id)  # expect: MST102 ~32/s
    return len(asset_ids)


@shared_task
def wait_for_render(job_id):
    resp = avatar_service.wait_video(job_id)
    return {"job_id": job_id, "state": resp.state}


@shared_task(rate_limit="6/m")
def refresh_tags(asset_id):
    """Make sure an avatar carries the gallery tag."""
    asset = avatar_service.asset(asset_id)
    tags = sorted(set(asset.tags or []) | {GALLERY_TAG})
    avatar_service.retag(asset_id, asset.asset_name, tags)
    return tags


@shared_task
def refresh_all_tags(asset_ids):
    return group(refresh_tags.s(asset_id) for asset_id in asset_ids).apply_async()


@shared_task
def register_asset(name, tags):
    return avatar_service.register(name, tags)


@shared_task
def register_uploads(uploads):
    """Hand the registrations of a finished upload batch to the workers, paced."""
    for upload in uploads:
        register_asset.delay(upload["name"], upload.get("tags", []))
        time.sleep(throttling.DISPATCH_PAUSE_S)


@shared_task(bind=True, max_retries=5)
def sync_one(self, asset_id):
    """Refresh one avatar; Celery re-queues it with a growing countdown when throttled."""
    try:
        asset = avatar_service.asset(asset_id)
    except ClientRequestException as exc:
        raise self.retry(exc=exc, countdown=2 ** self.request.retries)
    return {"asset_id": asset.asset_id, "state": asset.asset_state}


@shared_task
def publish_asset(asset_id):
    """Activate a reviewed avatar so the gallery can show it."""
    for attempt in range(3):
        try:
            return avatar_service.set_state(asset_id, "ACTIVED")  # expect: MST104
        except ClientRequestException as exc:
            if exc.error_code != "APIGW.0308" or attempt == 2:
                raise
            log.warning("activation of %s throttled, attempt %d", asset_id, attempt + 1)
