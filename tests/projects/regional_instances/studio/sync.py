"""Nightly catalogue sync: push each new asset to every site."""
import time

from studio import sites


def push_home(rows):
    for row in rows:
        sites.HOME.create(row)


def push_overseas(rows):
    for row in rows:
        sites.OVERSEAS.create(row)  # expect: MST101 ~10/s @9


def push_overseas_paced(rows):
    for row in rows:
        sites.OVERSEAS.create(row)
        time.sleep(0.25)


def push_standby(rows):
    spare = sites.standby()
    for row in rows:
        spare.create(row)  # expect: MST101 ~10/s @9


def count_overseas():
    offset, total = 0, 0
    while True:
        page = sites.OVERSEAS.page(offset)
        if not page.assets:
            return total
        total += len(page.assets)
        offset += 100
