"""Base class of the MetaStudio services."""
from __future__ import annotations

import logging

from huaweicloudsdkmetastudio.v1 import MetaStudioClient

log = logging.getLogger(__name__)


class BaseService:
    """Holds the client of one region; the mixins in :mod:`.mixins` add the API calls."""

    def __init__(self, client: MetaStudioClient, *, label: str = "") -> None:
        self.client = client
        self.label = label or type(self).__name__
        self.log = log.getChild(self.label)

    def __repr__(self) -> str:
        return f"<{self.label}>"
