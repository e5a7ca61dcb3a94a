"""Cron entry points: ``python scheduler.py hot-words ROBOT_ID words.txt`` or ``python scheduler.py refresh``."""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

from celery import group

from services.robots import robots
from tasks import refresh_robot, sync_hot_word

log = logging.getLogger(__name__)


def push_hot_words(robot_id: str, words: list[str]):
    words = sorted({w.strip() for w in words if w.strip()})
    log.info("pushing %d hot words to %s", len(words), robot_id)
    return group(sync_hot_word.s(robot_id, word) for word in words).apply_async()  # expect: MST102 ~320/s


def refresh_all_robots() -> int:
    robot_ids = [r.robot_id for r in robots.list_robots()]
    for robot_id in robot_ids:
        refresh_robot.delay(robot_id)
    return len(robot_ids)


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    hot = sub.add_parser("hot-words")
    hot.add_argument("robot_id")
    hot.add_argument("words_file", type=Path)
    sub.add_parser("refresh")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    if args.command == "hot-words":
        push_hot_words(args.robot_id, args.words_file.read_text(encoding="utf-8").splitlines())
    else:
        log.info("queued %d robot refreshes", refresh_all_robots())


if __name__ == "__main__":
    main()
