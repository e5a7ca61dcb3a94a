from .gateway import AssetGateway

__all__ = ["AssetGateway"]
