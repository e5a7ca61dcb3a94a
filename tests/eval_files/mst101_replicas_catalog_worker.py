# flake8-options: --metastudio-replicas=3
"""Kafka consumer that turns `product.published` events into MetaStudio products.

Deployed with 3 replicas in one consumer group, all for the same tenant.
"""
import json
import logging
import os
import time

from kafka import KafkaConsumer
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    ShowProductRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("catalog_worker")

_creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
ms_client = (
    MetaStudioClient.new_builder()
    .with_credentials(_creds)
    .with_region(MetaStudioRegion.value_of("cn-north-4"))
    .build()
)

PUBLISH_PAUSE_S = 0.5


def consume(consumer):
    for message in consumer:
        event = json.loads(message.value)
        body = CreateProductRequestBody(
            name=event["title"],
            description=event.get("summary", ""),
            tags=event.get("labels", []),
        )
        # per replica 1 / (0.1 + 0.5) = 1.67/s, x 3 replicas = 5/s > 4/s (create_product)
        resp = ms_client.create_product(CreateProductRequest(body=body))  # expect: MST101 ~5/s
        log.info("event %s -> product %s", event["id"], resp.product_id)
        time.sleep(PUBLISH_PAUSE_S)


def audit(product_ids):
    """Spot check after a rebalance: 1.67/s x 3 = 5/s <= 20/s for show_product."""
    missing = []
    for product_id in product_ids:
        detail = ms_client.show_product(ShowProductRequest(product_id=product_id))
        if detail.state != "ACTIVE":
            missing.append(product_id)
        time.sleep(PUBLISH_PAUSE_S)
    return missing


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    consume(
        KafkaConsumer(
            "product.published",
            bootstrap_servers=os.environ["KAFKA_BROKERS"],
            group_id="metastudio-catalog",
        )
    )
