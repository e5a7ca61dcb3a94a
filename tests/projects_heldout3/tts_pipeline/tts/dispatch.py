"""Split a book into lines and fan them out to the TTS workers."""
from celery import group

from .tasks import fetch_result, synthesize


def enqueue_book(lines):
    for line in lines:
        synthesize.delay(line)  # expect: MST102


def collect(job_ids):
    return group(fetch_result.s(j) for j in job_ids)()  # expect: MST102
