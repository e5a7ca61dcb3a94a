"""What every ops script needs: the MetaStudio client, pacing, retries and REST auth."""
from __future__ import annotations

import logging
import os
import random
import time
from typing import Any, Callable, Iterable, Iterator, TypeVar

import requests
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

import config

T = TypeVar("T")

log = logging.getLogger("ops")


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s %(message)s",
    )


def make_client() -> MetaStudioClient:
    credentials = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], config.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(Region(config.REGION, config.HOST))
        .build()
    )


client = make_client()


def paced(items: Iterable[T], per_second: float) -> Iterator[T]:
    """Yield the items no faster than `per_second` a second (sleeps after each one)."""
    interval = 1.0 / per_second
    for item in items:
        yield item
        time.sleep(interval)


def retry_call(fn: Callable[..., T], *args: Any, attempts: int = 5) -> T:
    """Call fn(*args); back off exponentially while the API gateway throttles us (429)."""
    for attempt in range(attempts):
        try:
            return fn(*args)
        except ClientRequestException as exc:
            if exc.status_code != 429 or attempt == attempts - 1:
                raise
            delay = min(2 ** attempt, 30) + random.uniform(0, 0.5)
            log.warning("%s throttled (%s), retry %d in %.1fs", getattr(fn, "__name__", "call"),
                        exc.error_code, attempt + 1, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")


def iam_token() -> str:
    """A project-scoped IAM token for the REST calls."""
    body = {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {
                        "name": os.environ["HW_USER"],
                        "password": os.environ["HW_PASSWORD"],
                        "domain": {"name": config.DOMAIN_NAME},
                    }
                },
            },
            "scope": {"project": {"id": config.PROJECT_ID}},
        }
    }
    resp = requests.post(f"{config.IAM_HOST}/v3/auth/tokens", json=body, timeout=config.HTTP_TIMEOUT_S)
    resp.raise_for_status()
    return resp.headers["X-Subject-Token"]


def auth_headers() -> dict[str, str]:
    return {"X-Auth-Token": iam_token(), "X-Project-Id": config.PROJECT_ID, "Content-Type": "application/json"}
