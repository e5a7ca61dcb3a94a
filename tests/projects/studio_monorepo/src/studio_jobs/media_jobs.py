"""Video rendering and digital-asset jobs."""
from __future__ import annotations

import csv
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from studio_core import AssetService, AssetSummary, Job, VideoService, register
from studio_core import settings

log = logging.getLogger(__name__)

TERMINAL_STATES = frozenset({"SUCCEED", "FAILED", "CANCELED"})
# Video creation allows 5 requests/s: one every 0.2 s (plus the call) keeps us near 3/s.
RENDER_SPACING_S = 0.2


@dataclass(frozen=True)
class RenderItem:
    script_id: str
    title: str


def load_manifest(path: Path) -> list[RenderItem]:
    with path.open(encoding="utf-8") as fh:
        return [RenderItem(entry["script_id"], entry["title"]) for entry in json.load(fh)["videos"]]


@register("batch-render")
@dataclass
class BatchRenderJob(Job):
    manifest: Path = settings.DATA_DIR / "render-manifest.json"
    video: VideoService = field(default_factory=VideoService)

    def run(self) -> None:
        items = load_manifest(self.manifest)
        job_ids: list[str] = []
        for item in items:
            job_id = self.video.render(item.script_id, item.title)  # expect: MST101 ~3.3/s
            log.info("render of %r queued as %s", item.title, job_id)
            job_ids.append(job_id)
            time.sleep(RENDER_SPACING_S)

        failed = 0
        for job_id in job_ids:
            if self._wait_finished(job_id) != "SUCCEED":
                failed += 1
        log.info("%d videos rendered, %d failed", len(job_ids) - failed, failed)
        if failed:
            raise RuntimeError(f"{failed} render jobs failed")

    def _wait_finished(self, job_id: str) -> str:
        deadline = time.monotonic() + settings.RENDER_TIMEOUT_S
        while time.monotonic() < deadline:
            state = self.video.job_state(job_id)
            if state in TERMINAL_STATES:
                return state
            time.sleep(settings.POLL_INTERVAL_S)
        log.error("render job %s timed out", job_id)
        return "TIMEOUT"


@register("asset-audit")
@dataclass
class AssetAuditJob(Job):
    id_file: Path = settings.DATA_DIR / "asset-ids.txt"
    report: Path = settings.DATA_DIR / "asset-audit.csv"
    assets: AssetService = field(default_factory=AssetService)

    def run(self) -> None:
        asset_ids = [line.strip() for line in self.id_file.read_text(encoding="utf-8").splitlines() if line.strip()]
        describe = partial(self.assets.describe, with_tags=True)
        with ThreadPoolExecutor(max_workers=settings.AUDIT_WORKERS) as pool:
            summaries = list(pool.map(describe, asset_ids))  # expect: MST102 ~60/s

        with self.report.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["asset_id", "name", "state", "tags"])
            for summary in summaries:
                writer.writerow([summary.asset_id, summary.name, summary.state, ";".join(summary.tags)])
        untagged = sum(1 for summary in summaries if not summary.tags)
        log.info("audited %d assets, %d without tags -> %s", len(summaries), untagged, self.report)


@register("clone-template")
@dataclass
class CloneTemplateJob(Job):
    replication_info: str = settings.TEMPLATE_ASSET_REPLICATION
    timeout_s: float = 300.0
    assets: AssetService = field(default_factory=AssetService)

    def run(self) -> None:
        if not self.replication_info:
            raise SystemExit("STUDIO_TEMPLATE_REPLICATION is not set")
        asset_id = self.assets.copy_from(self.replication_info)
        log.info("template copied as %s, waiting until it is active", asset_id)
        summary = self._wait_active(asset_id)
        log.info("asset %s (%s) is ready", summary.asset_id, summary.name)

    def _wait_active(self, asset_id: str) -> AssetSummary:
        deadline = time.monotonic() + self.timeout_s
        while time.monotonic() < deadline:
            summary = self.assets.describe(asset_id, with_tags=False)  # expect: MST103
            if summary.state == "ACTIVED":
                return summary
            if summary.state in ("FAILED", "BLOCK"):
                raise RuntimeError(f"asset {asset_id} ended up {summary.state}")
            log.debug("asset %s still %s", asset_id, summary.state)
        raise TimeoutError(f"asset {asset_id} not active after {self.timeout_s:.0f}s")
