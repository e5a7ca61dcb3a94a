"""Celery tasks. Each one is a thin shell around the service layer."""
from __future__ import annotations

import logging
import time

from celery_app import app
from services.chat import chat
from services.hotwords import hot_words
from services.knowledge import knowledge
from services.robots import robots
from settings import prod as conf
from utils.limiter import TokenBucket

log = logging.getLogger(__name__)

# create_hot_question allows only a few calls per second per tenant
hot_question_bucket = TokenBucket(rate=conf.HOT_QUESTION_RATE, capacity=2)


class ChatJobFailed(RuntimeError):
    pass


@app.task
def provision_robot(name: str, cbs_app_id: str, cbs_project_id: str) -> str:
    robot_id = robots.create_cbs_robot(name, cbs_app_id, cbs_project_id)
    hot_words.set_switch(robot_id, True)
    return robot_id


@app.task
def sync_hot_word(robot_id: str, word: str) -> str:
    return hot_words.create(robot_id, word)


@app.task(rate_limit="12/m")
def refresh_robot(robot_id: str) -> dict:
    robot = robots.get(robot_id)
    return {"robot_id": robot.robot_id, "name": robot.name, "app_type": robot.app_type}


@app.task
def import_intent_questions(intent_id: str, questions: list[str]) -> int:
    created = 0
    for question in questions:
        knowledge.add_question(intent_id, question.strip())  # expect: MST101 ~10/s
        created += 1
    log.info("intent %s: %d questions", intent_id, created)
    return created


@app.task
def import_hot_questions(robot_id: str, rows: list[dict]) -> int:
    for row in rows:
        hot_question_bucket.acquire()
        knowledge.add_hot_question(robot_id, row["question"], row["answer"])
    return len(rows)


@app.task
def watch_chat_job(room_id: str) -> str:
    """Block until the room's newest dialog job runs (the kiosk starts it when it boots)."""
    started = time.monotonic()
    while True:
        state = chat.latest_job_state(room_id)  # expect: MST103
        if state == "RUNNING":
            log.info("room %s live after %.0f s", room_id, time.monotonic() - started)
            return state
        if state in ("FAILED", "STOPPED"):
            raise ChatJobFailed(f"{room_id}: {state}")
        if state is None:
            time.sleep(conf.CHAT_POLL_SECONDS)  # the kiosk has not connected yet


@app.task
def wait_chat_stopped(room_id: str, timeout_s: int = 600) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if chat.latest_job_state(room_id) in (None, "STOPPED", "FAILED"):
            return True
        time.sleep(conf.CHAT_POLL_SECONDS)
    return False
