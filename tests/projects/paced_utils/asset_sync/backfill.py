"""One-off script: restore assets that the 2023 cleanup deleted by mistake.

    python -m asset_sync.backfill ids.txt
"""
import sys

from huaweicloudsdkcore.exceptions.exceptions import ServerResponseException

from asset_sync.assets import AssetService


def restore_with_retry(service, asset_id, attempts=3):
    while attempts > 0:
        try:
            return service.restore_asset(asset_id)  # expect: MST104 @20
        except ServerResponseException:
            attempts -= 1
    raise RuntimeError("could not restore %s" % asset_id)


def main(path):
    service = AssetService()
    with open(path, encoding="utf-8") as fh:
        asset_ids = [line.strip() for line in fh if line.strip()]
    for asset_id in asset_ids:
        restore_with_retry(service, asset_id)  # expect: MST101 ~10/s @9
        print("restored", asset_id)


if __name__ == "__main__":
    main(sys.argv[1])
