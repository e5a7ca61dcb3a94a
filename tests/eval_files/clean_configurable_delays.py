"""Catalogue sync whose pacing is configured per environment (settings.toml).

Expected: no finding -- every loop sleeps for a length the linter cannot resolve, which means
the author throttled on purpose.
"""
import random
import time
import tomllib
from dataclasses import dataclass

from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)


@dataclass
class Pacing:
    create_pause_s: float
    poll_interval_s: float


def load_pacing(path: str = "settings.toml") -> Pacing:
    with open(path, "rb") as fh:
        cfg = tomllib.load(fh)["metastudio"]
    return Pacing(create_pause_s=cfg["create_pause_s"], poll_interval_s=cfg["poll_interval_s"])


def create_all(client: MetaStudioClient, rows: list, pacing: Pacing) -> None:
    for row in rows:
        client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=row["name"])))
        time.sleep(pacing.create_pause_s)


def update_all(client: MetaStudioClient, rows: list) -> None:
    for row in rows:
        body = UpdateProductRequestBody(name=row["name"], description=row["description"])
        client.update_product(UpdateProductRequest(product_id=row["product_id"], body=body))
        time.sleep(random.uniform(0.3, 0.6))  # jitter


def wait_for_video(client: MetaStudioClient, job_id: str, pacing: Pacing) -> str:
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    while True:
        state = client.show2_d_digital_human_video(req).state
        if state in ("SUCCEED", "FAILED", "CANCELED"):
            return state
        time.sleep(pacing.poll_interval_s)


def wait_with_backoff(client: MetaStudioClient, job_id: str) -> str:
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    delay = 1.0
    while True:
        state = client.show2_d_digital_human_video(req).state
        if state in ("SUCCEED", "FAILED", "CANCELED"):
            return state
        time.sleep(delay)
        delay = min(delay * 2, 30.0)
