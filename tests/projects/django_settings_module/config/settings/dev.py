"""Local development against the Beijing test tenant."""
from .base import *  # noqa: F401,F403

DEBUG = True
