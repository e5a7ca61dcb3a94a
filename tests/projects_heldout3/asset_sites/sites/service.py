from .base import SiteBound
from .mixins import AssetMixin, DialogMixin


class SiteService(AssetMixin, DialogMixin, SiteBound):
    """Everything a site can do, bound to that site's client."""
