"""Worker classes deriving from threading.Thread (or multiprocessing.Process):
start() runs their run() on a thread (a process) of its own, as
Thread(target=...) runs its target."""
import multiprocessing
import threading
import time
from threading import Thread

from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient, ShowAssetRequest

client = MetaStudioClient.new_builder().build()


class Uploader(threading.Thread):
    def __init__(self, rows):
        super().__init__(daemon=True)
        self.rows = rows

    def run(self):
        for row in self.rows:
            client.create_product(CreateProductRequest(body=row))  # expect: MST102 ~40/s


def upload(rows):
    workers = [Uploader(rows[i::4]) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


class Checker(Thread):
    def __init__(self, ids):
        super().__init__()
        self.ids = ids

    def run(self):
        for asset_id in self.ids:
            client.show_asset(ShowAssetRequest(asset_id=asset_id))  # expect: MST102 ~30/s


def check(batches):
    for batch in batches[:3]:
        Checker(batch).start()


class Paced(threading.Thread):
    def run(self):
        for row in range(100):
            client.create_product(CreateProductRequest(body=row))
            time.sleep(1)


def paced():
    for _ in range(2):
        Paced().start()  # 2 threads x 1/1.1 s: ~1.8/s, under 4/s


class Exporter(multiprocessing.Process):
    def run(self):
        for row in range(100):
            client.create_product(CreateProductRequest(body=row))  # expect: MST101 ~10/s


def export():
    Exporter().start()


class OwnStart(threading.Thread):
    """A class that starts itself its own way: its start() is followed as any method."""
    def start(self):
        print("not started")

    def run(self):
        for row in range(100):
            client.create_product(CreateProductRequest(body=row))  # expect: MST101 ~10/s


def own():
    for _ in range(8):
        OwnStart().start()


def sliced(rows):
    # at most the first 3 parts, each its own Worker: 3 threads
    for part in rows[:3]:
        Worker(part).start()


def sliced_from(rows):
    # the same workers started one per part, with no bound: the worst of the two is reported
    for part in rows[2:]:
        Worker(part).start()


class Worker(threading.Thread):
    def __init__(self, part):
        super().__init__()
        self.part = part

    def run(self):
        for row in self.part:
            client.show_asset(ShowAssetRequest(asset_id=row))  # expect: MST102 ~320/s
