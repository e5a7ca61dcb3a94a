"""Read asset details with joblib, two workers."""
import os
import sys

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, ShowAssetRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from joblib import Parallel, delayed

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def details(asset_id):
    return client.show_asset(ShowAssetRequest(asset_id=asset_id))


def all_details(asset_ids):
    # 2 workers x 10/s = 20/s <= 20/s (show_asset)
    return Parallel(n_jobs=2, prefer="threads")(delayed(details)(a) for a in asset_ids)


if __name__ == "__main__":
    print(all_details(sys.argv[1:]))
