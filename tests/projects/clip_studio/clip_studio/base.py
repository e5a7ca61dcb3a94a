"""Base class shared by all MetaStudio repositories."""
import logging

from clip_studio.clients import CLIENTS

log = logging.getLogger(__name__)


class UnknownTenant(KeyError):
    pass


class Repository:
    """Wraps the client of one tenant; subclasses add one method per API."""

    def __init__(self, tenant):
        if tenant not in CLIENTS:
            raise UnknownTenant(tenant)
        self.tenant = tenant
        self.client = CLIENTS[tenant]

    def _call(self, method_name, request):
        log.debug("tenant=%s calling %s", self.tenant, method_name)
        return getattr(self.client, method_name)(request)

    def __repr__(self):
        return f"{type(self).__name__}({self.tenant!r})"
