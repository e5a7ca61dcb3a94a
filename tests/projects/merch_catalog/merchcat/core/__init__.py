"""Settings, clients and throttles shared by the services and jobs."""
from .clients import get_client, get_dr_client, studio_client
from .settings import SETTINGS, CatalogSettings

__all__ = ["SETTINGS", "CatalogSettings", "get_client", "get_dr_client", "studio_client"]
