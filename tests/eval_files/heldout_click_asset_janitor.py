"""asset-janitor: a small Click CLI the content team uses to tidy the MetaStudio asset library.

    asset-janitor purge --tag campaign-2023
    asset-janitor restore ids.txt
    asset-janitor retag --from old --to new
"""
import os
import time
from concurrent.futures import ThreadPoolExecutor

import click
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    DeleteAssetRequest,
    DeleteFileRequest,
    ListAssetsRequest,
    MetaStudioClient,
    RestoreAssetRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

RETAG_PAUSE = 0.05
PAGE = 50


def make_client():
    creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


def assets_with_tag(client, tag):
    # pagination, 10/s <= 20/s (list_assets)
    offset, found = 0, []
    while True:
        page = client.list_assets(ListAssetsRequest(tag=tag, offset=offset, limit=PAGE))
        found.extend(page.assets or [])
        if len(page.assets or []) < PAGE:
            return found
        offset += PAGE


@click.group()
@click.pass_context
def cli(ctx):
    ctx.obj = make_client()


@cli.command()
@click.option("--tag", required=True)
@click.option("--yes", is_flag=True)
@click.pass_obj
def purge(client, tag, yes):
    doomed = assets_with_tag(client, tag)
    if not yes and not click.confirm("delete %d assets?" % len(doomed)):
        return
    requests = [DeleteAssetRequest(asset_id=a.asset_id, mode="SOFT") for a in doomed]
    with ThreadPoolExecutor(max_workers=4) as pool:
        # 4 workers x (1 / 0.1 s) = 40/s > 10/s (delete_asset, cn-north-4)
        results = list(pool.map(client.delete_asset, requests))  # expect: MST102 ~40/s
    click.echo("deleted %d" % len(results))


@cli.command()
@click.argument("id_file", type=click.File())
@click.pass_obj
def restore(client, id_file):
    for line in id_file:
        asset_id = line.strip()
        if not asset_id:
            continue
        client.restore_asset(RestoreAssetRequest(asset_id=asset_id))
        time.sleep(0.2)  # 1 / 0.3 s = 3.3/s <= 10/s


@cli.command()
@click.option("--from", "old", required=True)
@click.option("--to", "new", required=True)
@click.pass_obj
def retag(client, old, new):
    for asset in assets_with_tag(client, old):
        tags = [new if t == old else t for t in (asset.tags or [])]
        body = UpdateDigitalAssetRequestBody(tags=tags)
        client.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset.asset_id, body=body))
        time.sleep(RETAG_PAUSE)  # 1 / 0.15 s = 6.7/s <= 10/s


@cli.command("drop-files")
@click.argument("file_ids", nargs=-1)
@click.pass_obj
def drop_files(client, file_ids):
    # exactly at the limit: 1 / 0.1 s = 10/s, not more than 10/s (delete_file)
    for file_id in file_ids:
        client.delete_file(DeleteFileRequest(file_id=file_id))
    click.echo("dropped %d files" % len(file_ids))


if __name__ == "__main__":
    cli()
