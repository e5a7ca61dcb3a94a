"""Retries and polls whose arguments are built by small helpers each time
round: a helper given the same arguments builds the same request, so the
loop still retries (or polls) the same call; a value drawn from an iterator,
a clock or a random source is a different call each time."""
import logging
import random
import time
import uuid

import requests
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient, ShowAssetRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

ENDPOINT = "https://metastudio.cn-north-4.myhuaweicloud.com"
log = logging.getLogger(__name__)
client = (MetaStudioClient.new_builder()
          .with_credentials(BasicCredentials("ak", "sk"))
          .with_region(MetaStudioRegion.value_of("cn-north-4"))
          .build())


def _headers(token):
    return {"X-Auth-Token": token, "Content-Type": "application/json"}


def _product(body):
    return CreateProductRequest(body=body)


class Jobs:
    def __init__(self, project_id):
        self.project_id = project_id

    def _url(self, job_id):
        return "%s/v1/%s/voice-training-manage/user/jobs/%s" % (ENDPOINT, self.project_id, job_id)

    def wait(self, token, job_id):
        while True:
            state = requests.get(self._url(job_id), headers=_headers(token), timeout=10).json()["state"]  # expect: MST103 ~10/s
            if state in ("FINISHED", "FAILED"):
                return state


def post_vocabulary(token, project_id, entry, attempts=4):
    url = f"{ENDPOINT}/v1/{project_id}/ttsc/vocabulary-configs"
    for attempt in range(attempts):
        resp = requests.post(url, headers=_headers(token), json=entry, timeout=10)  # expect: MST104
        if resp.status_code == 429:
            log.warning("throttled (attempt %d)", attempt + 1)
            continue
        return resp.json()
    raise RuntimeError("kept being throttled")


def create_with_retry(body):
    while True:
        try:
            return client.create_product(_product(body))  # expect: MST104
        except ClientRequestException:
            log.warning("create failed, trying again")


def wait_active(asset_id):
    while True:
        asset = client.show_asset(ShowAssetRequest(asset_id=str(asset_id)))  # expect: MST103 ~10/s
        if asset.asset_state == "ACTIVED":
            return asset


def drain(bodies):
    # next() hands a new body out each time round: a loop over items, not a retry
    while True:
        try:
            client.create_product(_product(next(bodies)))  # expect: MST101 ~10/s
        except ClientRequestException:
            continue
        except StopIteration:
            return


def sample(pool):
    # a different random body each time round
    for _ in range(100):
        try:
            client.create_product(CreateProductRequest(body=random.choice(pool)))  # expect: MST101 ~10/s
        except ClientRequestException:
            continue


def tagged(body):
    # a fresh idempotency key each time: the code means a new product per round
    for _ in range(10):
        try:
            client.create_product(CreateProductRequest(body=dict(body, key=str(uuid.uuid4()))))  # expect: MST101 ~10/s
        except ClientRequestException:
            continue


def paced(body):
    while True:
        try:
            return client.create_product(_product(body))
        except ClientRequestException:
            time.sleep(2)


def post_until_accepted(token, project_id, entry):
    # the loop goes round again only when the gateway said 429
    url = f"{ENDPOINT}/v1/{project_id}/ttsc/vocabulary-configs"
    for _ in range(5):
        resp = requests.post(url, headers=_headers(token), json=entry, timeout=10)  # expect: MST104
        if resp.status_code != 429:
            return resp.json()


def post_each(token, project_id, entries):
    # a loop over entries that stops at the first throttled one: no retry
    url = f"{ENDPOINT}/v1/{project_id}/ttsc/vocabulary-configs"
    for entry in entries:
        resp = requests.post(url, headers=_headers(token), json=entry, timeout=10)
        if resp.status_code == 429:
            return False
        time.sleep(0.5)
    return True


def post_paced(token, project_id, entry):
    url = f"{ENDPOINT}/v1/{project_id}/ttsc/vocabulary-configs"
    while True:
        resp = requests.post(url, headers=_headers(token), json=entry, timeout=10)
        if resp.status_code != 429:
            return resp.json()
        time.sleep(1)
