"""Queue one Celery task per script of the campaign sheet."""
import csv
import sys

from videos.tasks import render_one


def dispatch(path):
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            render_one.delay(row["script_id"])  # expect: MST102


if __name__ == "__main__":
    dispatch(sys.argv[1])
