"""RQ jobs queued through a queue factory and enqueue_call."""
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import DeleteAssetRequest, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from redis import Redis
from rq import Queue


def get_queue():
    return Queue("assets", connection=Redis())


def delete_asset(asset_id):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    client = MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()
    client.delete_asset(DeleteAssetRequest(asset_id=asset_id))


def queue_deletes(asset_ids):
    q = get_queue()
    for asset_id in asset_ids:
        # workers run the jobs concurrently: 32 x 10/s > 10/s
        q.enqueue_call(func=delete_asset, args=(asset_id,))  # expect: MST102 ~320/s


def trickle_deletes(asset_ids):
    q = get_queue()
    for asset_id in asset_ids:
        q.enqueue(delete_asset, asset_id)
        time.sleep(0.2)  # the loop queues 5 jobs per second: 5/s <= 10/s
