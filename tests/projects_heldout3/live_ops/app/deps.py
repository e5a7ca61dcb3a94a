"""FastAPI dependencies."""
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

from app.core.clients import build_client

_client = None


def get_client() -> MetaStudioClient:
    global _client
    if _client is None:
        _client = build_client()
    return _client
