"""Handlers registered by a decorator (`@on("room.closed")` files the function
in a table) and picked from the table by the event's type, through a name:
each event runs one of them, as the branches of an if/elif would."""
import time
from typing import Callable, Dict

from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    DeleteProductRequest,
    MetaStudioClient,
    ShowAssetRequest,
)

client = MetaStudioClient.new_builder().build()

Handler = Callable[[dict], None]
HANDLERS: Dict[str, Handler] = {}
READERS: Dict[str, Handler] = {}


def on(kind: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[kind] = fn
        return fn
    return register


def reader(fn: Handler) -> Handler:
    READERS[fn.__name__] = fn
    return fn


@on("product.created")
def created(event):
    client.create_product(CreateProductRequest(body=event["body"]))


@on("product.deleted")
def deleted(event):
    client.delete_product(DeleteProductRequest(product_id=event["id"]))


@reader
def show(event):
    client.show_asset(ShowAssetRequest(asset_id=event["id"]))


@reader
def note(event):
    print(event)


def dispatch(event):
    handler = HANDLERS.get(event["type"])
    if handler is None:
        return
    handler(event)


def replay(events):
    for event in events:
        dispatch(event)  # expect: MST101 ~10/s


def replay_paced(events):
    for event in events:
        handler = HANDLERS[event["type"]]
        handler(event)
        time.sleep(0.5)


def read_all(events):
    for event in events:
        READERS[event["kind"]](event)  # show_asset at 10/s against 20/s: silent
