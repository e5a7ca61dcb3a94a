"""Bulk operations that fan out over a pool."""
import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Dict, List, Tuple

from ratelimit import limits, sleep_and_retry

from . import settings
from .renderer import Renderer, video_body


def _render_row(row: dict, name_prefix: str) -> Tuple[str, str]:
    body = video_body(name_prefix + row["title"], row["script"])
    return row["title"], Renderer().submit(body)


def render_rows(rows: List[dict], name_prefix: str = "") -> Dict[str, str]:
    """Re-render a whole manifest at once; each process gets its own Renderer.client."""
    task = partial(_render_row, name_prefix=name_prefix)
    with multiprocessing.Pool(processes=settings.RENDER_PROCESSES) as pool:
        return dict(pool.imap_unordered(task, rows, chunksize=4))  # expect: MST102 ~40.0/s


def _job_state(renderer: Renderer, job_id: str) -> Tuple[str, str]:
    return job_id, renderer.state(job_id)


def status_report(job_ids: List[str]) -> Dict[str, str]:
    renderer = Renderer()
    with ThreadPoolExecutor(max_workers=settings.WORKERS) as pool:
        return dict(pool.map(partial(_job_state, renderer), job_ids))  # expect: MST102 ~80.0/s


@sleep_and_retry
@limits(calls=settings.TTS_CALLS_PER_SECOND, period=1)
def _narrate(text: str) -> str:
    return Renderer().narrate(text)


def narrate_all(texts: List[str]) -> List[str]:
    """Start one async TTS job per text; returns the TTS job ids in order."""
    with ThreadPoolExecutor(max_workers=settings.WORKERS) as pool:
        return list(pool.map(_narrate, texts))
