"""An asset janitor service reached through Optional/string annotations and a factory."""
import os
from typing import Optional

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import DeleteAssetRequest, MetaStudioClient

SINGAPORE = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")


def build(region):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()


class AssetJanitor:
    """Deletes assets in Singapore (delete_asset allows 5/s there)."""

    def __init__(self, client: MetaStudioClient):
        self._c = client

    def delete_asset(self, asset_id):
        self._c.delete_asset(DeleteAssetRequest(asset_id=asset_id))

    def purge(self, asset_ids):
        for asset_id in asset_ids:
            # 10/s > 5/s in ap-southeast-3
            self.delete_asset(asset_id)  # expect: MST101 ~10/s


def make_janitor() -> "AssetJanitor":
    return AssetJanitor(build(SINGAPORE))


def purge_optional(janitor: Optional["AssetJanitor"], asset_ids):
    if janitor is None:
        return
    for asset_id in asset_ids:
        janitor.delete_asset(asset_id)  # expect: MST101 ~10/s


def purge_union(janitor: "AssetJanitor | None", asset_ids):
    for asset_id in asset_ids:
        janitor.delete_asset(asset_id)  # expect: MST101 ~10/s


def purge_fresh(asset_ids):
    for asset_id in asset_ids:
        make_janitor().delete_asset(asset_id)  # expect: MST101 ~10/s


if __name__ == "__main__":
    make_janitor().purge(os.environ["ASSETS"].split(","))
