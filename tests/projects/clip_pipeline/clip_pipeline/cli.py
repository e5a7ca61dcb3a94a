"""Command line entry point: ``python -m clip_pipeline.cli --help``."""
import csv
import logging
import time

import click
from huaweicloudsdkmetastudio.v1 import Cancel2DDigitalHumanVideoRequest

import clip_pipeline.batch as batch
from . import clients
from .config import PipelineConfig
from .constants import *  # noqa: F401,F403
from .studio import VideoStudio


@click.group()
@click.option("--region", type=click.Choice(REGIONS), default=DEFAULT_REGION, show_default=True)  # noqa: F405
@click.option("-v", "--verbose", is_flag=True)
@click.pass_context
def cli(ctx: click.Context, region: str, verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    config = PipelineConfig(region=region)
    ctx.obj = VideoStudio(clients.client_for(config.region), callback_url=config.callback_url)


@cli.command()
@click.argument("scripts", type=click.File("r"))
@click.option("--prefix", default="clip")
@click.option("--wait/--no-wait", default=False)
@click.pass_obj
def render(studio: VideoStudio, scripts, prefix: str, wait: bool) -> None:
    """Render every script id listed in SCRIPTS (one per line)."""
    script_ids = [line.strip() for line in scripts if line.strip()]
    job_ids = batch.submit_scripts(studio, script_ids, prefix)
    if wait:
        for job_id in job_ids:
            job = batch.wait_for(studio, job_id)
            click.echo(f"{job_id}\t{job.state}")


@cli.command("retry-failed")
@click.argument("report", type=click.File("r"))
@click.pass_obj
def retry_failed(studio: VideoStudio, report) -> None:
    """Resubmit the rows of a failure report (CSV with script_id and asset_name columns)."""
    for row in csv.DictReader(report):
        job_id = studio.create2_d_digital_human_video(row["script_id"], asset_name=row["asset_name"])  # expect: MST101 ~10.0/s
        click.echo(f"{row['script_id']}\t{job_id}")


@cli.command()
@click.argument("job_ids", nargs=-1, required=True)
@click.pass_obj
def rerender(studio: VideoStudio, job_ids) -> None:
    """Render the given jobs again with their original scripts."""
    jobs = [studio.show2_d_digital_human_video(job_id) for job_id in job_ids]
    for old, new in batch.rerender_jobs(studio, jobs).items():
        click.echo(f"{old}\t{new}")


@cli.command("purge-waiting")
@click.confirmation_option(prompt="Cancel every job that is still waiting?")
@click.pass_obj
def purge_waiting(studio: VideoStudio) -> None:
    waiting = list(batch.iter_jobs(studio, state="WAITING"))
    for job in waiting:
        studio.call("cancel2_d_digital_human_video", Cancel2DDigitalHumanVideoRequest(job_id=job.job_id))  # expect: MST101 ~10.0/s
        click.echo(f"canceled {job.job_id}")


@cli.command()
@click.argument("job_id")
@click.pass_obj
def cancel(studio: VideoStudio, job_id: str) -> None:
    studio.cancel(job_id)
    click.echo(f"canceled {job_id}")


@cli.command()
@click.argument("job_id")
@click.pass_obj
def watch(studio: VideoStudio, job_id: str) -> None:
    """Print the job's state until it finishes."""
    while True:
        job = studio.show2_d_digital_human_video(job_id)
        click.echo(f"{time.strftime('%H:%M:%S')}\t{job.state}")
        if job.state in TERMINAL_STATES:  # noqa: F405
            break
        time.sleep(POLL_INTERVAL_S)  # noqa: F405


@cli.command()
@click.argument("job_ids", nargs=-1, required=True)
@click.pass_obj
def status(studio: VideoStudio, job_ids) -> None:
    for job_id, state in batch.snapshot_states(studio, list(job_ids)).items():
        click.echo(f"{job_id}\t{state}")


@cli.command()
@click.argument("out_path", type=click.Path(dir_okay=False, writable=True))
@click.pass_obj
def export(studio: VideoStudio, out_path: str) -> None:
    click.echo(f"{batch.export_catalogue(studio, out_path)} scripts written to {out_path}")


if __name__ == "__main__":
    cli()
