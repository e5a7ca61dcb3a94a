"""Loops paced (or not) by what they iterate: a generator that sleeps between its yields paces the
loop consuming it; a retry iterator that backs off before each new attempt is a backoff; a retry
whose only wait is a zero sleep retries at once."""
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import (
    Cancel2DDigitalHumanVideoRequest,
    CreateProductRequest,
    MetaStudioClient,
    ShowRobotRequest,
)

client = MetaStudioClient.new_builder().build()
RETRY_DELAY_S = 0


def paced(items, pause):
    for item in items:
        yield item
        time.sleep(pause)


def unpaced(items):
    for item in items:
        yield item


class Retry:
    def __init__(self, attempts=5):
        self.attempts = attempts

    def __iter__(self):
        for attempt in range(self.attempts):
            if attempt:
                time.sleep(2 ** attempt)
            yield attempt


def import_paced(rows):
    for row in paced(rows, 0.5):
        client.create_product(CreateProductRequest(body=row))


def import_unpaced(rows):
    for row in unpaced(rows):
        client.create_product(CreateProductRequest(body=row))  # expect: MST101 ~10/s @9


def fetch_robot(robot_id):
    for attempt in Retry(5):
        try:
            return client.show_robot(ShowRobotRequest(robot_id=robot_id))
        except ClientRequestException:
            continue


def cancel(job_id):
    for attempt in range(3):
        try:
            return client.cancel2_d_digital_human_video(Cancel2DDigitalHumanVideoRequest(job_id=job_id))  # expect: MST104 @20
        except ClientRequestException:
            time.sleep(RETRY_DELAY_S)
