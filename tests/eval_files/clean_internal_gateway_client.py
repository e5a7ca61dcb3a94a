"""Client for our internal "avatar-gateway" REST service, which proxies (and rate-limits) MetaStudio.

The method names mirror the vendor SDK on purpose, but this module does not import the SDK at all,
so it is not analysed. Expected: no finding.
"""
import time
from dataclasses import dataclass

import requests


@dataclass
class CreateProductRequest:
    name: str
    description: str = ""


class GatewayClient:
    def __init__(self, base_url: str, token: str):
        self._base = base_url.rstrip("/")
        self._s = requests.Session()
        self._s.headers["Authorization"] = f"Bearer {token}"

    def create_product(self, req: CreateProductRequest) -> dict:
        r = self._s.post(f"{self._base}/products", json={"name": req.name, "description": req.description})
        r.raise_for_status()
        return r.json()

    def show2_d_digital_human_video(self, job_id: str) -> dict:
        r = self._s.get(f"{self._base}/videos/{job_id}")
        r.raise_for_status()
        return r.json()

    def delete_asset(self, asset_id: str) -> None:
        self._s.delete(f"{self._base}/assets/{asset_id}").raise_for_status()


def import_products(client: GatewayClient, names: list) -> list:
    # the gateway queues and paces these itself
    return [client.create_product(CreateProductRequest(name=n)) for n in names]


def wait(client: GatewayClient, job_id: str) -> str:
    while True:
        state = client.show2_d_digital_human_video(job_id)["state"]
        if state in ("SUCCEED", "FAILED"):
            return state


def purge(client: GatewayClient, asset_ids: list) -> None:
    for asset_id in asset_ids:
        client.delete_asset(asset_id)
    time.sleep(1)
