"""Services wrapping the MetaStudio SDK for the management commands."""
from assetsync.services.catalog import CatalogService

__all__ = ["CatalogService"]
