"""Overflow desk: never imports the SDK itself."""
from desks.config import OVERFLOW_REGION
from desks.factory import DeskFactory

OVERFLOW = DeskFactory(OVERFLOW_REGION).client()
