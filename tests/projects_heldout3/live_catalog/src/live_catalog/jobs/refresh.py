"""Refresh the local product cache from MetaStudio in parallel."""
import json
from concurrent.futures import ThreadPoolExecutor

from ..services.products import ProductService


def refresh(product_ids, out_path):
    svc = ProductService()
    with ThreadPoolExecutor(max_workers=4) as pool:
        details = list(pool.map(svc.details, product_ids))  # expect: MST102
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump([d.to_dict() for d in details], fh)
