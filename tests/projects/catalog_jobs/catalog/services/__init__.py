from .products import ProductService

__all__ = ["ProductService"]
