"""Common base of the MetaStudio services: owns the client."""
from concierge.clients import build_client


class MetaStudioService:
    def __init__(self, client=None):
        self.client = client or build_client()
