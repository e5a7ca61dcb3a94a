"""Command line entry point."""
import sys

from huaweicloudsdkmetastudio.v1 import MetaStudioClient

from farm.clients import make_client
from farm.services import VideoService
from farm.watch import watch


def main():
    client: MetaStudioClient = make_client()
    watch(VideoService(client), sys.argv[1])


if __name__ == "__main__":
    main()
