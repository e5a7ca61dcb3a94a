"""Question specs read from the editors' CSV export."""
import csv
from dataclasses import dataclass


@dataclass
class QuestionSpec:
    intent_id: str
    question: str
    vocabulary_id: str = ""
    skip: bool = False


def load_specs(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return [QuestionSpec(row["intent_id"], row["question"], row.get("vocabulary_id", ""),
                             row.get("skip") == "1")
                for row in csv.DictReader(fh)]


def chunked(items, size):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]
