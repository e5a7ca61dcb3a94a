"""kbase-tuner command line."""
import asyncio
import csv
import json
import time

import click
import schedule

from . import importer, sync
from .knowledge import create_sg_app


@click.group()
def main():
    """Knowledge-base tooling for MetaStudio intelligent interaction."""


@main.command("import")
@click.argument("path")
def import_cmd(path):
    with open(path, newline="", encoding="utf-8") as fh:
        importer.import_questions(list(csv.DictReader(fh)))


@main.command()
@click.argument("mapping", type=click.File())
def rename(mapping):
    click.echo(asyncio.run(sync.rename_all(json.load(mapping))))


@main.command("sg-app")
@click.argument("name")
def sg_app(name):
    click.echo(create_sg_app(name).robot_id)


@main.command()
def heartbeat():
    schedule.every(5).seconds.do(lambda: click.echo(importer.repo.skills().count))
    while True:
        schedule.run_pending()
        time.sleep(1)
