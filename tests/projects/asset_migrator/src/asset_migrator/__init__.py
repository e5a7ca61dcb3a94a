"""Copy MetaStudio digital assets between regions."""
from .migrator import AssetMigrator

__all__ = ["AssetMigrator"]
