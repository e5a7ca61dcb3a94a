from huaweicloudsdkmetastudio.v1 import DeleteProductRequest

from app.broken import half_written
from app.clients import plugin_client
from app.missing_module import helper


def purge(ids):
    client = plugin_client("default")
    half_written()
    helper(ids)
    for product_id in ids:
        client.delete_product(DeleteProductRequest(product_id=product_id))  # expect: MST101 ~10/s
