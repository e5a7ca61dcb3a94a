"""voice-clone: command line for the dubbing team.

    voice-clone enroll speakers.csv --batch 2024-q3
    voice-clone commit JOB_ID...
    voice-clone track JOB_ID
    voice-clone status JOB_ID...
    voice-clone purge JOB_ID...
"""
from __future__ import annotations

import asyncio
import csv

import click

from . import api, pipeline
from .auth import iam_token


async def _enroll(rows: list[dict], batch: str | None) -> list[tuple[str, str]]:
    created = []
    async with api.new_session(await iam_token()) as session:
        for row in rows:
            job_id = await api.create_basic_job(session, row["voice_name"], row["sex"], row["language"], batch)  # expect: MST101 ~10.0/s
            created.append((row["voice_name"], job_id))
    return created


async def _commit(job_ids: tuple[str, ...]) -> None:
    async with api.new_session(await iam_token()) as session:
        for job_id in job_ids:
            await pipeline.commit_with_retry(session, job_id)  # expect: MST101 ~10.0/s
            click.echo(f"committed {job_id}")


async def _track(job_id: str) -> str:
    async with api.new_session(await iam_token()) as session:
        audit = await pipeline.wait_for_audit(session, job_id)
        errors = audit["system_audit_result"].get("errors") or []
        if errors:
            raise click.ClickException(f"audit rejected {job_id}: {errors}")
        return await pipeline.wait_until_trained(session, job_id)


async def _status(job_ids: tuple[str, ...]) -> dict[str, str]:
    async with api.new_session(await iam_token()) as session:
        return await pipeline.refresh_statuses(session, job_ids)


async def _purge(job_ids: tuple[str, ...]) -> None:
    async with api.new_session(await iam_token()) as session:
        await pipeline.purge(session, job_ids)


@click.command()
@click.argument("manifest", type=click.File("r", encoding="utf-8"))
@click.option("--batch", default=None, help="Batch name shown in the console.")
def enroll(manifest, batch):
    """Create one basic-edition training job per row of MANIFEST (voice_name,sex,language)."""
    rows = list(csv.DictReader(manifest))
    created = asyncio.run(_enroll(rows, batch))
    for voice_name, job_id in created:
        click.echo(f"{voice_name}\t{job_id}")


@click.command()
@click.argument("job_ids", nargs=-1, required=True)
def commit(job_ids):
    """Submit jobs whose recordings have been uploaded."""
    asyncio.run(_commit(job_ids))


@click.command()
@click.argument("job_id")
def track(job_id):
    """Wait for the audit, then for training to finish."""
    click.echo(asyncio.run(_track(job_id)))


@click.command()
@click.argument("job_ids", nargs=-1, required=True)
def status(job_ids):
    """Print the state of each job."""
    states = asyncio.run(_status(job_ids))
    for job_id, state in sorted(states.items()):
        click.echo(f"{job_id}\t{state}")


@click.command()
@click.argument("job_ids", nargs=-1, required=True)
@click.confirmation_option(prompt="Delete these training jobs?")
def purge(job_ids):
    """Delete training jobs that are no longer needed."""
    asyncio.run(_purge(job_ids))


@click.group()
def cli():
    """Operate MetaStudio voice-training jobs."""


for _command in (enroll, commit, track, status, purge):
    cli.add_command(_command)


if __name__ == "__main__":
    cli()
