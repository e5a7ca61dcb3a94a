import asyncio

from .clients import CLIENTS
from .knowledge import show_skill
from .limits import SKILL_LOOKUPS
from huaweicloudsdkmetastudio.v1 import ListRobotRequest


async def _skill(skill_id):
    async with SKILL_LOOKUPS:
        return await asyncio.to_thread(show_skill, skill_id)


async def skills(skill_ids):
    return await asyncio.gather(*(_skill(s) for s in skill_ids))


def applications_everywhere():
    return {site: client.list_robot(ListRobotRequest(limit=10)) for site, client in CLIENTS.items()}
