"""Load the FAQ spreadsheet; two Celery workers (see setup.cfg) at 1 task/s each."""
import csv

from .tasks import import_question


def load(path):
    with open(path, newline="", encoding="utf-8") as fh:
        for intent_id, question in csv.reader(fh):
            import_question.delay(intent_id, question)
