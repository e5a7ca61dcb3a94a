"""Copy the product list of the Beijing site to the Shanghai tenant."""
from huaweicloudsdkmetastudio.v1 import CreateProductRequest

from ..ops import run


def copy_products(bodies):
    for body in bodies:
        run("sh", "create_product", CreateProductRequest(body=body))  # expect: MST101
