"""Read the FAQ repository (one YAML-ish JSON file per question) into API bodies."""
import json
import os
from dataclasses import dataclass


@dataclass
class FaqEntry:
    question_id: str
    question: str
    answer: str
    language: str = "zh_CN"

    def to_body(self):
        return {
            "question": self.question,
            "answer": self.answer,
            "language": self.language,
        }


def load_entries(root):
    entries = []
    for name in sorted(os.listdir(root)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(root, name), encoding="utf-8") as fh:
            raw = json.load(fh)
        entries.append(FaqEntry(**raw))
    return entries


def answer_updates(entries):
    """Items for sync.push_answers()."""
    return [{"question_id": e.question_id, "body": e.to_body()} for e in entries]


def removed_ids(entries, remote_ids):
    """Ids present in MetaStudio but gone from the repo."""
    local = {e.question_id for e in entries}
    return [qid for qid in remote_ids if qid not in local]
