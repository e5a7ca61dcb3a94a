"""Base of the renderers: holds the client and the presenter model."""
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

from promo.settings import MODEL_ASSET_ID


class RendererBase:
    def __init__(self, client: MetaStudioClient, model_asset_id: str = MODEL_ASSET_ID):
        self.client = client
        self.model_asset_id = model_asset_id
