"""Sleeps whose length builtins work out from stated numbers: max, min,
float and int of constants are the numbers they give."""
import time

from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient

client = MetaStudioClient.new_builder().build()
MIN_PAUSE = 0.01
PAUSE = "0.5"


def floor_of_a_tiny_pause(rows):
    for row in rows:
        client.create_product(CreateProductRequest(body=row))  # expect: MST101 ~8.3/s
        time.sleep(max(MIN_PAUSE, 0.02))


def capped_backoff(rows):
    for row in rows:
        client.create_product(CreateProductRequest(body=row))
        time.sleep(min(5, 1))


def pause_from_a_string(rows):
    for row in rows:
        client.create_product(CreateProductRequest(body=row))
        time.sleep(float(PAUSE))


def pause_of_a_name_unknown(rows, pause):
    for row in rows:
        client.create_product(CreateProductRequest(body=row))
        time.sleep(max(pause, 0.01))  # a length the code does not state: a deliberate pause, not reported
