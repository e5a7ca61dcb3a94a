"""Knowledge-base access for the help-desk application."""
from .store import *  # noqa: F401,F403
