"""Region ids the toolbox's tenants live in."""
from enum import Enum


class Region(str, Enum):
    BEIJING = "cn-north-4"
    SHANGHAI = "cn-east-3"
    SINGAPORE = "ap-southeast-3"
    HONG_KONG = "ap-southeast-1"  # partner studio pilot  # expect: MST202

    def __str__(self) -> str:
        return self.value
