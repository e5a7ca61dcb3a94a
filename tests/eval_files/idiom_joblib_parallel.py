"""Register training images as assets with joblib."""
import os
import sys

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateDigitalAssetRequest, CreateDigitalAssetRequestBody, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from joblib import Parallel, delayed

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def register(path):
    body = CreateDigitalAssetRequestBody(asset_name=os.path.basename(path), asset_type="IMAGE")
    return client.create_digital_asset(CreateDigitalAssetRequest(body=body)).asset_id


def register_all(paths):
    # 4 workers x 10/s = 40/s > 10/s (create_digital_asset)
    return Parallel(n_jobs=4)(delayed(register)(p) for p in paths)  # expect: MST102 ~40/s


if __name__ == "__main__":
    print(register_all(sys.argv[1:]))
