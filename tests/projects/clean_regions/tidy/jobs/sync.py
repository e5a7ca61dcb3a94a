"""Paced jobs: nothing here should be reported."""
from typing import Optional

from huaweicloudsdkmetastudio.v1 import CreateRobotRequest

from tidy.assets import CatalogService
from tidy.factory import CLIENTS, SHANGHAI
from tidy.pacing import retrying, spaced


def add_products(svc: CatalogService, bodies):
    for body in bodies:
        retrying(svc.add, body)
        spaced(0.5)


def wait_asset(svc: Optional[CatalogService], asset_id):
    while True:
        if svc.asset(asset_id).asset_state == "ACTIVED":
            return
        spaced(1.0)


def open_robots(names):
    for name in names:
        CLIENTS["sh"].create_robot(CreateRobotRequest(body={"name": name}))
        spaced(0.5)


def open_beijing_robot(name):
    return CLIENTS["bj"].create_robot(CreateRobotRequest(body={"name": name}))


def shanghai_products(bodies):
    svc = CatalogService(SHANGHAI)
    for body in bodies:
        svc.add(body)
        spaced(0.4)
