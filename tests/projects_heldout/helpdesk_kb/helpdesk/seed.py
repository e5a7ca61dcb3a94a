"""Seed the help-desk knowledge base from faq.yaml."""
import sys
import time

import yaml

from helpdesk import settings
from helpdesk.client import build_client
from helpdesk.kb import KnowledgeStore
from helpdesk.robot import create_robot


def seed(path):
    client = build_client()
    create_robot(client)
    store = KnowledgeStore(client)
    with open(path, encoding="utf-8") as fh:
        faq = yaml.safe_load(fh)
    for skill in faq["skills"]:
        skill_id = store.add_skill(skill["name"], skill["id"])
        time.sleep(settings.SKILL_PAUSE_S)
        for intent in skill["intents"]:
            intent_id = store.add_intent(skill_id, intent["name"], intent["answer"])
            time.sleep(settings.SKILL_PAUSE_S)
            for question in intent["questions"]:
                store.add_question(intent_id, question)  # expect: MST101 ~10/s


if __name__ == "__main__":
    seed(sys.argv[1])
