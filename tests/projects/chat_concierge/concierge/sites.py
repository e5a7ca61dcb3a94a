"""A client bound to one of our sites (a short code, mapped to its region)."""
from concierge.clients import build_site_client
from concierge.settings import SITE_REGIONS


class SiteBound:
    def __init__(self, site):
        self.site = site
        self.client = build_site_client(SITE_REGIONS[site])
