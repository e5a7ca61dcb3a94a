"""Entry point of the nightly run."""
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, List

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

from pipeline.service import Catalog
from pipeline.utils.backoff import backoff, pause


def create_all(catalog: Catalog, rows: Iterable[dict]) -> None:
    for row in rows:
        catalog.create(row)


def verify_all(catalog: Catalog, product_ids: List[str]) -> list:
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(catalog.show, product_ids))


def narrate_all(catalog: Catalog, lines: Iterable[str]) -> None:
    for line in lines:
        catalog.narrate(line)


def show_with_retry(catalog: Catalog, product_id: str):
    for attempt in range(6):
        try:
            return catalog.show(product_id)
        except ClientRequestException:
            backoff(attempt)
    raise RuntimeError("show_product kept failing")


def wait_video(catalog: Catalog, job_id: str):
    while True:
        job = catalog.video(job_id)
        if job.state in ("SUCCEED", "FAILED"):
            return job
        pause()


def main(rows: List[dict], lines: List[str]) -> None:
    catalog = Catalog()
    create_all(catalog, rows)
    verify_all(catalog, [r["product_id"] for r in rows if "product_id" in r])
    narrate_all(catalog, lines)
