"""Base service bound to one studio site."""
from live_studio.clients import client_for


class SiteService:
    def __init__(self, site):
        self.site = site
        self._client = client_for(site)

    def __repr__(self):
        return "<%s site=%s>" % (type(self).__name__, self.site)
