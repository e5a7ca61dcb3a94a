"""Base class for every service object that talks to MetaStudio."""
import logging

from avatar_ops.client_factory import get_client


class ClientBoundService:
    """Holds a MetaStudio client; subclasses add the actual API wrappers."""

    def __init__(self, client=None):
        self._client = client or get_client()
        self.log = logging.getLogger(type(self).__name__)
