"""Re-tag all assets of a season with a pool of workers."""
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed

from assetsync.client import create_client
from assetsync.repository import AssetRepository


def retag_all(asset_ids, tag):
    repo = AssetRepository(create_client())
    with ThreadPoolExecutor(max_workers=16) as pool:
        assets = list(pool.map(repo.get, asset_ids))
        futures = [pool.submit(repo.retag, a.asset_id, a.asset_name, sorted(set(a.tags or []) | {tag})) for a in assets]
        for fut in as_completed(futures):
            fut.result()


if __name__ == "__main__":
    retag_all(sys.argv[2:], sys.argv[1])
