"""Celery tasks fanning out over products."""
from celery import Celery, chain, chord, group

from fleet.services import products

app = Celery("fleet")


@app.task
def refresh(product_id):
    return products.get(product_id)


@app.task
def retire(product_id):
    return products.pop(product_id)


@app.task
def summarise(results):
    return len(results)


def refresh_all(product_ids):
    group(refresh.s(pid) for pid in product_ids)()  # expect: MST102 ~320/s


def refresh_later(product_ids):
    group(refresh.s(pid) for pid in product_ids).delay()  # expect: MST102 ~320/s


def refresh_and_count(product_ids):
    chord(refresh.s(pid) for pid in product_ids)(summarise.s())  # expect: MST102 ~320/s


def refresh_in_order(product_ids):
    chain(refresh.si(pid) for pid in product_ids)()


def retire_in_order(product_ids):
    chain(retire.si(pid) for pid in product_ids)()  # expect: MST101 ~10/s
