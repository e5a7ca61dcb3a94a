"""Upload a folder of avatar assets to the Beijing site."""
import asyncio


from ..service import SiteService


async def ingest(bodies):
    svc = SiteService("bj")
    async with asyncio.TaskGroup() as tg:
        for body in bodies:
            tg.create_task(asyncio.to_thread(svc.upload_asset, body))  # expect: MST102
