"""Fan-out over a dict the code states in full: as many tasks as it has entries, so a burst of three
calls fits in one second's limit; a dict filled in elsewhere has no stated size."""
from concurrent.futures import ThreadPoolExecutor

from celery import Celery
from huaweicloudsdkmetastudio.v1 import ListSmartLiveRoomsRequest, MetaStudioClient

app = Celery("studio")
client = MetaStudioClient.new_builder().build()

SITES = {"beijing": "cn-north-4", "shanghai": "cn-east-3", "langfang": "cn-north-4"}
EXTRA_SITES = {"guiyang": "cn-north-4"}
EXTRA_SITES.update({"wuhu": "cn-east-3"})


def list_rooms(site):
    return client.list_smart_live_rooms(ListSmartLiveRoomsRequest(limit=50))


@app.task
def refresh_site(site):
    list_rooms(site)


def refresh_all_sites():
    for site in SITES:
        refresh_site.delay(site)


def refresh_pooled():
    with ThreadPoolExecutor(max_workers=16) as pool:
        for site, _region in SITES.items():
            pool.submit(list_rooms, site)
        list(pool.map(list_rooms, SITES.values()))


def refresh_extra_sites():
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(list_rooms, EXTRA_SITES))  # expect: MST102 ~160/s @14


def refresh_requested(sites):
    for site in sites:
        refresh_site.delay(site)  # expect: MST102 ~320/s @9
