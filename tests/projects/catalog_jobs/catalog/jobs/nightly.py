"""Nightly re-import, paced well below the limit: no finding expected."""
import time

from catalog.services import ProductService


def nightly(names):
    service = ProductService()
    for name in names:
        service.create(name)
        time.sleep(0.5)
