from .videos import *  # noqa: F401,F403
