"""Command line entry points for the MetaStudio live-room operator."""
import asyncio
import csv
import time

import click
import schedule

from . import fanout, jobs, live
from .repository import LiveRepository


@click.group()
def cli():
    """MetaStudio live-room operations."""


@cli.command()
@click.argument("path")
@click.option("--parallel", is_flag=True)
def seed(path, parallel):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    (fanout.bulk_create if parallel else jobs.seed_products)(rows)


@cli.command()
@click.argument("room_id")
def go(room_id):
    job = live.start_patient(room_id)
    click.echo(live.wait_live_paced(room_id, job.job_id))


@cli.command()
@click.argument("asset_ids", nargs=-1)
def inspect(asset_ids):
    click.echo(len(asyncio.run(fanout.inspect_assets(list(asset_ids)))))


@cli.command()
def watch():
    repo = LiveRepository()
    schedule.every(5).seconds.do(lambda: click.echo(len(repo.product_page(0).products or [])))
    while True:
        schedule.run_pending()
        time.sleep(1)
