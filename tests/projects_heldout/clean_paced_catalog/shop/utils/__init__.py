from shop.utils.timing import paced

__all__ = ["paced"]
