from celery import shared_task

from .knowledge import add_question


@shared_task(rate_limit="1/s")
def import_question(intent_id, question):
    add_question(intent_id, question)
