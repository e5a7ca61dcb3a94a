from .throttle import paced

__all__ = ["paced"]
