"""Generic dispatch used by the admin scripts: run(site, "create_product", request)."""
from .factory import CLIENTS


def run(site, operation, request):
    client = CLIENTS[site]
    return getattr(client, operation)(request)
