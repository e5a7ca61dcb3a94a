"""Sync one region's application from a CSV export: FAQ, renames, greetings, hot words."""
import csv
import json
import sys

from .clients import CLIENTS
from .faq import FaqService
from .greetings import GreetingJob, switch_greeting, switch_on_all_languages
from .hotwords import drop, push_one, push_vocabularies
from .settings import DEFAULT_TARGET, Target


def read_rows(path: str):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def add_questions(target: Target, robot_id: str, rows) -> int:
    service = FaqService.for_region(target.region, robot_id)
    existing = {q.hot_question for q in service.iter_all()}
    added = 0
    for row in rows:
        if service.normalise(row["question"]) in existing:
            continue
        service.add(row["question"])  # expect: MST101 ~10/s
        added += 1
    return added


def apply_renames(target: Target, renames: dict) -> dict:
    client = CLIENTS[target.region]
    return {qid: FaqService.rename(client, qid, text) for qid, text in renames.items()}  # expect: MST101 ~10/s


def greet_all(target: Target, greetings: dict):
    job = GreetingJob(target.region)
    for robot_id, text in greetings.items():
        job(robot_id, text)


def push_slowly(target: Target, robot_id: str, sis_project_id: str, vocabulary_ids):
    client = CLIENTS[target.region]
    for vocabulary_id in vocabulary_ids:
        push_one(client, robot_id, sis_project_id, vocabulary_id)


def main(argv) -> None:
    target = DEFAULT_TARGET
    plan = json.load(open(argv[1], encoding="utf-8"))
    robot_id = plan["robot_id"]
    print("added", add_questions(target, robot_id, read_rows(plan["faq_csv"])))
    apply_renames(target, plan.get("renames", {}))
    greet_all(target, plan.get("greetings", {}))
    switch_on_all_languages(target.region, robot_id)
    switch_greeting(target.region, robot_id, True)
    if plan.get("bulk_vocabularies"):
        push_vocabularies(target, robot_id, plan["sis_project_id"], plan["bulk_vocabularies"])
    push_slowly(target, robot_id, plan["sis_project_id"], plan.get("vocabularies", []))
    drop(CLIENTS[target.region], plan.get("stale_hot_words", []))


if __name__ == "__main__":
    main(sys.argv)
