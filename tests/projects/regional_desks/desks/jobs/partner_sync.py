"""Pushes partner robots and products."""
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateRobotRequest

from desks.partners import PARTNER_CLIENTS, PartnerHub


def open_lion_robot(name):
    return PARTNER_CLIENTS["lion"].create_robot(CreateRobotRequest(body={"name": name}))  # expect: MST201


def open_acme_robot(name):
    return PARTNER_CLIENTS["acme"].create_robot(CreateRobotRequest(body={"name": name}))


def push_products(products):
    hub = PartnerHub()
    for product in products:
        hub.by_region["cn-east-3"].create_product(CreateProductRequest(body=product))  # expect: MST101 ~10/s
