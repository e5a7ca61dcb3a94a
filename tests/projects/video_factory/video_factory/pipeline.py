"""Streaming pipeline: manifest rows -> request bodies -> submitted jobs -> jobs file.

Each stage is a generator, so a 10,000-row manifest is never held in memory.
"""
import csv
import logging
from typing import Iterable, Iterator, Optional, Tuple

from huaweicloudsdkmetastudio.v1 import Create2DDigitalHumanVideoReq

from video_factory import Renderer, video_body

log = logging.getLogger(__name__)


def read_manifest(path: str) -> Iterator[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("skip", "").strip().lower() in ("1", "yes", "true"):
                continue
            yield row


def build_bodies(rows: Iterable[dict]) -> Iterator[Tuple[str, Create2DDigitalHumanVideoReq]]:
    for row in rows:
        yield row["title"], video_body(row["title"], row["script"])


def submit_jobs(bodies: Iterable[Tuple[str, Create2DDigitalHumanVideoReq]],
                renderer: Renderer) -> Iterator[Tuple[str, str]]:
    for title, body in bodies:
        job_id = renderer.submit(body)  # expect: MST101 ~10.0/s
        log.info("submitted %r as %s", title, job_id)
        yield title, job_id


def write_jobs(jobs: Iterable[Tuple[str, str]], out_path: str) -> int:
    written = 0
    with open(out_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["title", "job_id"])
        for title, job_id in jobs:
            writer.writerow([title, job_id])
            written += 1
    return written


def run(manifest: str, out_path: str, renderer: Optional[Renderer] = None) -> int:
    renderer = renderer or Renderer()
    return write_jobs(submit_jobs(build_bodies(read_manifest(manifest)), renderer), out_path)
