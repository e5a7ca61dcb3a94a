"""A Celery task that queues more tasks: every task runs on the same
workers (--metastudio-worker-concurrency, 32), so queuing them from a task,
or from a pool, adds no concurrency; a pool inside one task does."""
from concurrent.futures import ThreadPoolExecutor

from celery import shared_task
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, ShowAssetRequest, UpdateProductRequest

client = MetaStudioClient.new_builder().build()


@shared_task
def refresh_asset(asset_id):
    client.show_asset(ShowAssetRequest(asset_id=asset_id))


@shared_task
def refresh_folder(asset_ids):
    for asset_id in asset_ids:
        refresh_asset.delay(asset_id)  # expect: MST102 ~320/s


def refresh_everything(folders):
    for folder in folders:
        refresh_folder.delay(folder)


def refresh_from_threads(folders):
    with ThreadPoolExecutor(max_workers=8) as pool:
        for folder in folders:
            pool.submit(refresh_folder.delay, folder)


@shared_task
def reprice(product_ids):
    # a pool in each task: 32 workers x 4 threads
    with ThreadPoolExecutor(max_workers=4) as pool:
        for product_id in product_ids:
            pool.submit(client.update_product, UpdateProductRequest(product_id=product_id))  # expect: MST102 ~1280/s


def reprice_all(batches):
    for batch in batches:
        reprice.delay(batch)
