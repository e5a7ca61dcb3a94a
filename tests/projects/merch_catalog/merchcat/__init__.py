"""merchcat: mirror the merchandising catalogue into Huawei Cloud MetaStudio."""
from .core import SETTINGS, get_client, studio_client

__all__ = ["SETTINGS", "get_client", "studio_client"]
