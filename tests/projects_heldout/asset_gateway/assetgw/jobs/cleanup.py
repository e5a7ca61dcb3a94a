"""Delete the assets listed in a file, four at a time."""
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from assetgw.gateway import AssetGateway
from assetgw.utils.backoff import with_backoff


def delete_all(asset_ids):
    gateway = AssetGateway()
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(gateway.delete, asset_ids))  # expect: MST102 ~40/s


def audit(asset_ids):
    gateway = AssetGateway()
    found = []
    for asset_id in asset_ids:
        found.append(with_backoff(gateway.get, asset_id))
        time.sleep(0.25)
    return found


if __name__ == "__main__":
    delete_all([line.strip() for line in open(sys.argv[1], encoding="utf-8") if line.strip()])
