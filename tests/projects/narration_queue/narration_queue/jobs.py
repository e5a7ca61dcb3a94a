"""Narration jobs read from the producers' CSV sheet."""
import csv
import itertools
from dataclasses import dataclass


@dataclass
class NarrationJob:
    script_name: str
    text: str
    voice_asset_id: str
    priority: int = 0
    dry_run: bool = False


def load_jobs(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return [NarrationJob(r["script_name"], r["text"], r["voice_asset_id"], int(r.get("priority") or 0),
                             r.get("dry_run") == "yes")
                for r in csv.DictReader(fh)]


def chunked(items, size):
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch
