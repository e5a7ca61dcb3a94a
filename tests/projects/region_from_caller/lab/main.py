"""The housekeeping job: Beijing's tenant."""
import os
import sys

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from lab.rooms import RoomJanitor


def beijing_client() -> MetaStudioClient:
    credentials = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return MetaStudioClient.new_builder().with_credentials(credentials) \
        .with_region(MetaStudioRegion.CN_NORTH_4).build()


def main(argv: list) -> None:
    janitor = RoomJanitor(beijing_client())
    if argv[:1] == ["--now"]:
        janitor.clear_now(argv[1:])
    else:
        janitor.clear(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
