"""Names that stand for something else: a sleep under another name (a module
alias, a parameter default, a partial holding its length) paces the loop;
a parameter annotated with a type alias of the code's class is that class."""
import time
from functools import partial
from typing import Optional, TypeAlias

from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient

client = MetaStudioClient.new_builder().build()
snooze = time.sleep


class Catalog:
    def __init__(self):
        self.client = MetaStudioClient.new_builder().build()

    def create(self, row):
        self.client.create_product(CreateProductRequest(body=row))


CatalogAlias: TypeAlias = Catalog
MaybeCatalog = Optional[Catalog]


def paced_by_default(rows, sleep=time.sleep):
    for row in rows:
        client.create_product(CreateProductRequest(body=row))
        sleep(1)


def paced_by_alias(rows):
    for row in rows:
        client.create_product(CreateProductRequest(body=row))
        snooze(1)


def paced_by_partial(rows):
    pause = partial(time.sleep, 1)
    for row in rows:
        client.create_product(CreateProductRequest(body=row))
        pause()


def barely_paced_by_partial(rows):
    pause = partial(time.sleep, 0.05)
    for row in rows:
        client.create_product(CreateProductRequest(body=row))  # expect: MST101 ~6.7/s
        pause()


def through_alias(catalog: CatalogAlias, rows):
    for row in rows:
        catalog.create(row)  # expect: MST101 ~10/s


def through_optional_alias(catalog: MaybeCatalog, rows):
    for row in rows:
        catalog.create(row)  # expect: MST101 ~10/s
