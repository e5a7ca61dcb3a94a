"""Keeps MetaStudio in step with our own product table."""
import logging
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

from fleet.services import ProductService, RobotFleet, paced_update, slow_update

log = logging.getLogger(__name__)


def push_change(product_id, body):
    service = ProductService("cn-north-4")
    while True:
        try:
            return service.update(product_id, body)  # expect: MST104
        except ClientRequestException as exc:
            log.warning("update of %s failed (%s), again", product_id, exc.error_code)


def push_new(product_id, body):
    service = ProductService("cn-east-3")
    for attempt in range(5):
        try:
            return service.add(body)  # expect: MST104
        except ClientRequestException:
            log.warning("create failed, attempt %d", attempt + 1)


def drop(product_id):
    service = ProductService("cn-east-3")
    for attempt in range(5):
        try:
            return service.pop(product_id)
        except ClientRequestException:
            time.sleep(2 ** attempt)


def push_all(changes):
    for product_id, body in changes:
        paced_update(product_id, body)  # expect: MST101 ~8/s


def push_all_slowly(changes):
    for product_id, body in changes:
        slow_update(product_id, body)


def retire_singapore_robots(robot_ids):
    fleet = RobotFleet("ap-southeast-3")
    for robot_id in robot_ids:
        fleet.remove_robot(robot_id)
        time.sleep(1)
