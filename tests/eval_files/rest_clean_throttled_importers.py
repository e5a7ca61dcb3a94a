"""Importers for the knowledge base and the product catalogue, after the APIGW.0308 post-mortem:
every bulk path is now throttled. Expected: no finding."""
import asyncio
import os
import time

import httpx
import requests
from aiolimiter import AsyncLimiter
from ratelimit import limits, sleep_and_retry

HOST = "https://metastudio.cn-north-4.myhuaweicloud.com"
PROJECT = os.environ["MS_PROJECT_ID"]
HEADERS = {"X-Auth-Token": os.environ["MS_TOKEN"]}
RETRY_AFTER_S = 1.5

product_limiter = AsyncLimiter(3, 1)
session = requests.Session()
session.headers.update(HEADERS)


class Config:
    def __init__(self):
        self.pause_s = float(os.environ.get("IMPORT_PAUSE_S", "0.5"))


cfg = Config()


async def create_products(client: httpx.AsyncClient, bodies):
    for body in bodies:
        # AsyncLimiter(3, 1): 3/s <= 4/s (POST .../products, create_product)
        async with product_limiter:
            await client.post(f"{HOST}/v1/{PROJECT}/products", json=body)


@sleep_and_retry
@limits(calls=2, period=1)
def create_question(body: dict) -> dict:
    return session.post(f"{HOST}/v1/{PROJECT}/digital-human-chat/knowledge/question", json=body).json()


def import_questions(bodies):
    # capped at 2/s by @limits: <= 4/s (create_knowledge_question)
    return [create_question(b) for b in bodies]


def create_intents(bodies):
    for body in bodies:
        # pause read from the environment: unknown delay, throttled on purpose
        session.post(f"{HOST}/v1/{PROJECT}/digital-human-chat/knowledge/intent", json=body)
        time.sleep(cfg.pause_s)


def seed_greetings(robot_id: str):
    for text in ["Welcome!", "Ask me about today's offers.", "Thanks for visiting."]:
        # bounded burst: 3 calls <= 4/s (POST .../welcome-speech, create_welcome_speech)
        session.post(f"{HOST}/v1/{PROJECT}/digital-human-chat/welcome-speech", json={"robot_id": robot_id, "text": text})


def seed_demo_products():
    for i in range(4):
        # bounded burst: 4 calls, not above 4/s (create_product)
        session.post(f"{HOST}/v1/{PROJECT}/products", json={"name": f"demo-{i}"})


def show_skill(skill_id: str) -> dict:
    while True:
        resp = session.get(f"{HOST}/v1/{PROJECT}/digital-human-chat/knowledge/skill/{skill_id}")
        if resp.status_code != 429:
            return resp.json()
        # waits before calling again: not MST104
        time.sleep(RETRY_AFTER_S)


async def main(bodies):
    async with httpx.AsyncClient(headers=HEADERS, timeout=20) as client:
        await create_products(client, bodies["products"])
    import_questions(bodies["questions"])
    create_intents(bodies["intents"])


if __name__ == "__main__":
    import json
    import sys

    asyncio.run(main(json.load(open(sys.argv[1], encoding="utf-8"))))
