import requests

from gateway.endpoints import BASE_URL


class Gateway:
    def __init__(self, token):
        self.session = requests.Session()
        self.session.headers["X-Auth-Token"] = token

    def create_asset(self, payload):
        return self.session.post(BASE_URL + "/digital-assets", json=payload, timeout=10).json()

    def remove_product(self, product_id):
        return self.session.delete(f"{BASE_URL}/products/{product_id}", timeout=10)
