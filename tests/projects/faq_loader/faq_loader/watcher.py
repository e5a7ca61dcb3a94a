"""Wait for the knowledge base to reflect an import."""
import asyncio
import time

import aiohttp

from . import settings
from .services import studio

API_BASE = "https://metastudio.cn-east-3.myhuaweicloud.com"
DEFAULT_INTERVAL = settings.POLL_INTERVAL
sem = asyncio.Semaphore(settings.CONCURRENCY)


def wait_for_question(question_id, interval=DEFAULT_INTERVAL):
    done = False
    while not done:
        done = studio.question(question_id).question is not None
        time.sleep(interval)


def wait_until_indexed(intent_id, expected):
    seen = 0
    while seen < expected:
        seen = studio.questions(intent_id).count or 0  # expect: MST103


async def fetch(session, question_id):
    url = f"{API_BASE}/v1/{settings.PROJECT_ID}/digital-human-chat/knowledge/question/{question_id}"
    async with sem:
        async with session.get(url) as resp:
            return await resp.json()


async def verify(question_ids, token):
    async with aiohttp.ClientSession(headers={"X-Auth-Token": token}) as session:
        return await asyncio.gather(*(fetch(session, q) for q in question_ids))  # expect: MST102 ~30/s
