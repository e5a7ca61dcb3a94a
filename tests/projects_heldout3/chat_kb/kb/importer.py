"""Load the FAQ spreadsheet export into the knowledge base."""
import json
import sys

from .clients import bj_client
from .knowledge import add_question


def load(path):
    client = bj_client()
    with open(path, encoding="utf-8") as fh:
        questions = json.load(fh)
    for q in questions:
        add_question(client, q)  # expect: MST101


if __name__ == "__main__":
    load(sys.argv[1])
