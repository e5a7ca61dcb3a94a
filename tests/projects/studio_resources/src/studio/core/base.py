"""Base of every MetaStudio resource wrapper."""
import os

from .client import make_client


class Resource:
    def __init__(self):
        self.client = make_client(os.environ["HW_AK"], os.environ["HW_SK"])

    def close(self):
        self.client = None
