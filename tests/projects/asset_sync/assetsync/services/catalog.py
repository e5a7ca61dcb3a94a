"""The service the management commands work with."""
from __future__ import annotations

from assetsync.services.base import BaseService
from assetsync.services.mixins import AssetQueryMixin, AssetWriteMixin, ScriptMixin


class CatalogService(AssetQueryMixin, AssetWriteMixin, ScriptMixin, BaseService):
    """Digital assets and video scripts of one MetaStudio region."""

    @staticmethod
    def tags_of(asset) -> set[str]:
        return set(getattr(asset, "tags", None) or [])
