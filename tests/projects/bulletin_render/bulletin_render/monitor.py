"""Newsroom dashboard feed: recent render jobs per desk, refreshed every 30 s."""
import anyio
from huaweicloudsdkmetastudio.v1 import ListDigitalHumanVideoRequest

from . import studio as studio_mod
from .studio import StudioClient

DESKS = ("news", "sports", "weather")
REFRESH_S = 30


def recent_jobs(studio: StudioClient, desk: str):
    req = ListDigitalHumanVideoRequest(asset_name=desk, limit=20, sort_key="create_time", sort_dir="desc")
    return studio.list_digital_human_video(req).jobs or []


async def refresh_desk(studio: StudioClient, desk: str, board: dict):
    board[desk] = await anyio.to_thread.run_sync(recent_jobs, studio, desk)


async def run(studio: StudioClient, board: dict):
    while True:
        async with anyio.create_task_group() as tg:
            for desk in DESKS:
                tg.start_soon(refresh_desk, studio, desk, board)
        await anyio.sleep(REFRESH_S)


if __name__ == "__main__":
    anyio.run(run, studio_mod.primary(), {})
