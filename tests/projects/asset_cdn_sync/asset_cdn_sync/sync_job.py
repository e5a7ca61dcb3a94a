"""Nightly job: register new uploads, mirror MetaStudio video assets to the CDN, tag and prune."""
import argparse
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from functools import partial

from asset_cdn_sync import catalog, cdn, settings, uploads
from asset_cdn_sync.http_session import build_session

log = logging.getLogger("asset_cdn_sync")


def collect_details(session, asset_ids):
    with ThreadPoolExecutor(max_workers=settings.DETAIL_WORKERS) as pool:
        return list(pool.map(partial(catalog.fetch_detail, session), asset_ids))  # expect: MST102 ~40.0/s


def tag_synced(session, details):
    for asset in details:
        tags = set(asset.get("tags") or [])
        if settings.SYNC_TAG in tags:
            continue
        catalog.tag_asset(session, asset["asset_id"], sorted(tags | {settings.SYNC_TAG}))  # expect: MST101 ~10.0/s


def purge_retired(session, assets):
    retired = [a["asset_id"] for a in assets if settings.RETIRED_TAG in (a.get("tags") or [])]
    futures = {}
    with ThreadPoolExecutor() as pool:
        for asset_id in retired:
            fut = pool.submit(catalog.delete_asset, session, asset_id)  # expect: MST102 ~320.0/s
            futures[fut] = asset_id
        for fut in as_completed(futures):
            if fut.exception() is not None:
                log.error("could not delete %s: %s", futures[fut], fut.exception())
    return len(retired)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="asset-cdn-sync")
    parser.add_argument("new_files", nargs="*", help="local MP4 files to register first")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    session = build_session()
    if args.new_files:
        uploads.register_new_files(session, args.new_files)

    assets = catalog.list_all_assets(session)
    details = collect_details(session, [a["asset_id"] for a in assets])
    published = cdn.publish_manifest(details)
    tag_synced(session, details)
    pruned = purge_retired(session, assets)
    log.info("%d assets, %d published, %d pruned", len(assets), published, pruned)


if __name__ == "__main__":
    main()
