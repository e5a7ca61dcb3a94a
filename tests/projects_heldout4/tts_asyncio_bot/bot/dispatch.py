"""Generic operation dispatch used by the admin commands."""
from .clients import CLIENTS


def call(operation, request):
    return getattr(CLIENTS["bj"], operation)(request)
