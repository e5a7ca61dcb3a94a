"""Repository over products, rooms and live jobs."""
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest, CreateProductRequestBody, ListProductsRequest, ShowSmartLiveRequest,
    ShowSmartLiveRoomRequest, StartSmartLiveRequest, UpdateProductRequest, UpdateProductRequestBody,
)

from .client import shared_client


class LiveRepository:
    def __init__(self, factory=shared_client):
        self._factory = factory

    @property
    def client(self):
        return self._factory()

    def create_product(self, name, description):
        body = CreateProductRequestBody(name=name, description=description)
        return self.client.create_product(CreateProductRequest(body=body))

    def update_product(self, product_id, name):
        body = UpdateProductRequestBody(name=name)
        return self.client.update_product(UpdateProductRequest(product_id=product_id, body=body))

    def product_page(self, offset, limit=50):
        return self.client.list_products(ListProductsRequest(offset=offset, limit=limit))

    def room(self, room_id):
        return self.client.show_smart_live_room(ShowSmartLiveRoomRequest(room_id=room_id))

    def live_state(self, room_id, job_id):
        return self.client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job_id)).state

    def start_live(self, room_id):
        return self.client.start_smart_live(StartSmartLiveRequest(room_id=room_id))
