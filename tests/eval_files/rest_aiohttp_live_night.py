# flake8-options: --metastudio-region=cn-east-3 --metastudio-latency=0.2
"""Set up tonight's livestream rooms from the planning sheet, start them and push the host's lines.

The endpoint comes from the deployment environment (no host in the code): region from the option.
"""
import asyncio
import json
import os
import sys

import aiohttp

ENDPOINT = os.environ["METASTUDIO_ENDPOINT"]
PROJECT = os.environ["MS_PROJECT_ID"]
HEADERS = {"X-Auth-Token": os.environ["MS_TOKEN"], "Content-Type": "application/json"}
_room_slots = asyncio.Semaphore(1)


async def create_rooms(session: aiohttp.ClientSession, plans):
    room_ids = []
    for plan in plans:
        # 1 / 0.2 s = 5/s > 3/s (POST .../smart-live-rooms, create_smart_live_room, cn-east-3)
        async with session.post(f"{ENDPOINT}/v1/{PROJECT}/smart-live-rooms", json=plan["room"]) as resp:  # expect: MST101 ~5/s
            resp.raise_for_status()
            room_ids.append((await resp.json())["room_id"])
    return room_ids


async def start_room(session: aiohttp.ClientSession, room_id: str) -> str:
    url = f"{ENDPOINT}/v1/{PROJECT}/smart-live-rooms/{room_id}/smart-live-jobs"
    async with session.post(url, json={"rtmp_addr": os.environ["RTMP_ADDR"]}) as resp:
        resp.raise_for_status()
        return (await resp.json())["job_id"]


async def start_all(session: aiohttp.ClientSession, room_ids):
    jobs = {}
    for room_id in room_ids:
        # 0.2 s + 0.15 s = 0.35 s: 2.9/s <= 3/s (start_smart_live, cn-east-3): no finding
        jobs[room_id] = await start_room(session, room_id)
        await asyncio.sleep(0.15)
    return jobs


async def say(session: aiohttp.ClientSession, room_id: str, job_id: str, lines):
    for text in lines:
        # 5/s > 3/s (POST .../smart-live-jobs/{job_id}/command, execute_smart_live_command, cn-east-3)
        async with session.post(  # expect: MST101 ~5/s
            f"{ENDPOINT}/v1/{PROJECT}/smart-live-rooms/{room_id}/smart-live-jobs/{job_id}/command",
            json={"command": "INSERT_PLAY_SCRIPT", "params": {"text": text}},
        ) as resp:
            resp.raise_for_status()


async def room_detail(session: aiohttp.ClientSession, room_id: str) -> dict:
    async with _room_slots:
        async with session.get(f"{ENDPOINT}/v1/{PROJECT}/smart-live-rooms/{room_id}") as resp:
            return await resp.json()


async def details(session: aiohttp.ClientSession, room_ids):
    # Semaphore(1): 1 x 1/0.2 s = 5/s <= 10/s (GET .../smart-live-rooms/{room_id}, cn-east-3): no finding
    return await asyncio.gather(*[room_detail(session, r) for r in room_ids])


async def main(plan_file: str) -> None:
    with open(plan_file, encoding="utf-8") as fh:
        plans = json.load(fh)
    async with aiohttp.ClientSession(headers=HEADERS) as session:
        room_ids = await create_rooms(session, plans)
        jobs = await start_all(session, room_ids)
        for plan, room_id in zip(plans, room_ids):
            # the loop inside say() is the innermost repeated context: reported there, not here
            await say(session, room_id, jobs[room_id], plan["opening_lines"])
        print(json.dumps(await details(session, room_ids), indent=2))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
