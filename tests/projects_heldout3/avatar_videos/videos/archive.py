"""List finished videos in the archive account."""
from huaweicloudsdkmetastudio.v1 import ListDigitalHumanVideoRequest

from .client import archive_client


def finished(limit=50):
    resp = archive_client.list_digital_human_video(ListDigitalHumanVideoRequest(state="SUCCEED", limit=limit))
    return resp.videos
