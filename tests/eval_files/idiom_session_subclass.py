"""A requests.Session subclass that prefixes the MetaStudio endpoint to
relative paths: the calls it inherits (get, put, request) are REST calls to
that host; a retry helper that returns at once unless the gateway said 429,
and backs off only then, does not pace the poll around it."""
import time
from urllib.parse import urljoin

import requests

REGION = "cn-east-3"
ENDPOINT = f"https://metastudio.{REGION}.myhuaweicloud.com"
ASSETS = "/v1/0a1b2c/digital-assets"


class MetaStudioSession(requests.Session):
    def __init__(self, base_url: str, token: str):
        super().__init__()
        self.base_url = base_url.rstrip("/") + "/"
        self.headers["X-Auth-Token"] = token

    def request(self, method, url, *args, **kwargs):
        kwargs.setdefault("timeout", 30)
        return super().request(method, urljoin(self.base_url, url), *args, **kwargs)


def send(session: MetaStudioSession, method: str, path: str, **kwargs):
    for attempt in range(5):
        resp = session.request(method, path, **kwargs)
        if resp.status_code != 429:
            return resp
        time.sleep(min(2 ** attempt, 30))
    return resp


def tag_all(session: MetaStudioSession, asset_ids, tags):
    for asset_id in asset_ids:
        session.put(f"{ASSETS}/{asset_id}", json={"tags": tags})  # expect: MST101 ~10/s


def wait_active(session: MetaStudioSession, asset_id):
    while True:
        asset = send(session, "GET", f"{ASSETS}/{asset_id}").json()  # expect: MST103
        if asset["asset_state"] == "ACTIVED":
            return asset


def list_all(session: MetaStudioSession):
    out, offset = [], 0
    while True:
        page = send(session, "GET", ASSETS, params={"offset": offset, "limit": 100}).json()["assets"]
        out.extend(page)
        if len(page) < 100:
            return out
        offset += 100
        time.sleep(0.5)


def main(token):
    session = MetaStudioSession(ENDPOINT, token)
    tag_all(session, ["a", "b"], ["x"])
    wait_active(session, "a")
    list_all(session)
