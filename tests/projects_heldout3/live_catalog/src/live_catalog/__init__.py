"""Live-commerce product catalogue kept in sync with MetaStudio."""
from .services.products import ProductService

__all__ = ["ProductService"]
