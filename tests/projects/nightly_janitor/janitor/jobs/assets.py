"""Asset housekeeping: purge assets marked for deletion, re-tag the rest."""
from huaweicloudsdkmetastudio.v1 import DeleteAssetRequest, ListAssetsRequest

from janitor import ops
from janitor.infra import client, executor, throttle
from janitor.registry import register

PAGE = 50


@register("purge_deleted_assets")
def purge_deleted_assets():
    offset = 0
    while True:
        page = client.list_assets(ListAssetsRequest(offset=offset, limit=PAGE, asset_state="BLOCK"))
        for asset in page.assets or []:
            with throttle:
                client.delete_asset(DeleteAssetRequest(asset_id=asset.asset_id, mode="force"))
        if len(page.assets or []) < PAGE:
            return
        offset += PAGE


@register("retag_assets")
def retag_assets():
    offset, futures = 0, []
    while True:
        page = client.list_assets(ListAssetsRequest(offset=offset, limit=PAGE))
        for asset in page.assets or []:
            futures.append(executor.submit(ops.retag_asset, asset))  # expect: MST102 ~60/s
        if len(page.assets or []) < PAGE:
            break
        offset += PAGE
    return [f.result() for f in futures]
