"""Base of every site-bound service object."""
from .factory import CLIENTS


class SiteBound:
    def __init__(self, site):
        self.site = site
        self.client = CLIENTS[site]
