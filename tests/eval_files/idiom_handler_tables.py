"""A table of handlers picked by a key from the data: each call runs one of them, as the
branches of an if/elif would, so every API in the table is judged at the loop's rate."""
import time

from huaweicloudsdkmetastudio.v1 import CreateProductRequest, DeleteProductRequest, MetaStudioClient, ShowAssetRequest

client = MetaStudioClient.new_builder().build()


def create(row):
    return client.create_product(CreateProductRequest(body=row))


def delete(product_id):
    return client.delete_product(DeleteProductRequest(product_id=product_id))


def show(asset_id):
    return client.show_asset(ShowAssetRequest(asset_id=asset_id))


def note(message):
    print(message)


HANDLERS = {"create": create, "delete": delete}
READERS = {"show": show, "note": note}


def replay(events):
    for kind, arg in events:
        HANDLERS[kind](arg)  # expect: MST101 ~10/s @9


def replay_paced(events):
    for kind, arg in events:
        HANDLERS[kind](arg)
        time.sleep(0.5)


def read_all(events):
    for kind, arg in events:
        READERS[kind](arg)  # show_asset at 10/s against 20/s: silent
