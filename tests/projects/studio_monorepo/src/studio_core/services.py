"""Service layer over the MetaStudio SDK: videos, live rooms and assets."""
from __future__ import annotations

import functools
import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, TypeVar

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateAssetByReplicationInfoRequest,
    CreateProductRequest,
    CreateProductRequestBody,
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    ListSmartLiveRequest,
    LiveVideoScriptInfo,
    OutputAssetConfig,
    ReplicationAssetInfo,
    Show2DDigitalHumanVideoRequest,
    ShowAssetRequest,
    StopSmartLiveRequest,
    VideoConfig,
)

from .client import BaseService

__all__ = ["AssetService", "AssetSummary", "LiveService", "VideoService", "with_backoff"]

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def with_backoff(attempts: int = 4, base_delay: float = 0.5) -> Callable[[F], F]:
    """Retry a service call while the API gateway throttles it (HTTP 429, APIGW.0308)."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for attempt in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except exceptions.ClientRequestException as exc:
                    if exc.status_code != 429 or attempt == attempts - 1:
                        raise
                    delay = base_delay * 2 ** attempt
                    log.warning("%s throttled (%s), retrying in %.1fs", fn.__name__, exc.error_code, delay)
                    time.sleep(delay)
            raise AssertionError("unreachable")

        return wrapper  # type: ignore[return-value]

    return decorate


@dataclass(frozen=True)
class AssetSummary:
    asset_id: str
    name: str
    state: str
    tags: tuple[str, ...] = ()


class VideoService(BaseService):
    """2D avatar video production."""

    def render(self, script_id: str, title: str) -> str:
        """Start rendering an existing video script; returns the job id."""
        body = Create2DDigitalHumanVideoReq(
            script_id=script_id,
            output_asset_config=OutputAssetConfig(asset_name=title),
            video_config=VideoConfig(codec="H264", bitrate=8000, width=1920, height=1080, frame_rate="25"),
        )
        resp = self.client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body))
        return resp.job_id

    def job_state(self, job_id: str) -> str:
        resp = self.client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))
        return resp.state


class LiveService(BaseService):
    """Intelligent live rooms, their products and live jobs."""

    @with_backoff()
    def create_room(self, name: str, script_ids: list[str]) -> str:
        scenes = [LiveVideoScriptInfo(script_name=f"{name}-{i}", script_id=sid) for i, sid in enumerate(script_ids)]
        body = CreateSmartLiveRoomReq(room_name=name, room_type="NORMAL", scene_scripts=scenes)
        return self.client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body)).room_id

    @with_backoff()
    def add_product(self, name: str, description: str, price_cents: int) -> str:
        body = CreateProductRequestBody(name=name, description=description, price=price_cents / 100)
        return self.client.create_product(CreateProductRequest(body=body)).product_id

    def running_jobs(self, room_id: str) -> list[str]:
        resp = self.client.list_smart_live(ListSmartLiveRequest(room_id=room_id, state=["LIVING"]))
        return [job.job_id for job in resp.smart_live_jobs or []]

    def stop(self, room_id: str, job_id: str) -> None:
        self.client.stop_smart_live(StopSmartLiveRequest(room_id=room_id, job_id=job_id))


class AssetService(BaseService):
    """Digital assets (avatars, voices, backgrounds)."""

    def describe(self, asset_id: str, *, with_tags: bool = True) -> AssetSummary:
        resp = self.client.show_asset(ShowAssetRequest(asset_id=asset_id))
        tags = tuple(resp.tags or ()) if with_tags else ()
        return AssetSummary(resp.asset_id, resp.asset_name, resp.asset_state, tags)

    def copy_from(self, replication_info: str) -> str:
        body = ReplicationAssetInfo(encrypted_info=replication_info)
        resp = self.client.create_asset_by_replication_info(CreateAssetByReplicationInfoRequest(body=body))
        return resp.asset_id
