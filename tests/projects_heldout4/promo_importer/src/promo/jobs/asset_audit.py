"""Check that every asset referenced by the catalogue still exists."""
from concurrent.futures import ThreadPoolExecutor

from promo import settings
from promo.catalog import asset_details
from promo.clients import make_client


def audit(asset_ids):
    client = make_client()
    with ThreadPoolExecutor(max_workers=settings.POOL_SIZE) as pool:
        results = list(pool.map(lambda a: asset_details(client, a), asset_ids))  # expect: MST102
    return [r for r in results if r.asset_state != "ACTIVED"]
