from huaweicloudsdkmetastudio.v1 import CreateProductRequest

from app.ring_a import enqueue


def create_one(client, name):
    return client.create_product(CreateProductRequest(body={"name": name}))


def again(client, names):
    enqueue(client, names)
