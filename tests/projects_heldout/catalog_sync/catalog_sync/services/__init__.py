from catalog_sync.services.products import ProductService

__all__ = ["ProductService"]
