from .base import MetaStudioBase
from .mixins import AssetMixin, PresenterMixin


class AssetGateway(AssetMixin, PresenterMixin, MetaStudioBase):
    """Everything the media app does with MetaStudio."""
