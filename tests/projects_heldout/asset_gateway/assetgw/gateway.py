"""A small REST gateway over MetaStudio's digital-asset API."""
import requests

from assetgw import config
from assetgw.auth import token


class AssetGateway:
    def __init__(self):
        self.session = requests.Session()

    def _headers(self):
        return {"X-Auth-Token": token(), "Content-Type": "application/json"}

    def create(self, name, asset_type, tags):
        body = {"asset_name": name, "asset_type": asset_type, "tags": tags}
        resp = self.session.post(f"{config.METASTUDIO_URL}/digital-assets", json=body, headers=self._headers())
        resp.raise_for_status()
        return resp.json()["asset_id"]

    def get(self, asset_id):
        resp = self.session.get(f"{config.METASTUDIO_URL}/digital-assets/{asset_id}", headers=self._headers())
        resp.raise_for_status()
        return resp.json()

    def delete(self, asset_id):
        self.session.delete(f"{config.METASTUDIO_URL}/digital-assets/{asset_id}", headers=self._headers())
