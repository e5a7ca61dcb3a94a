"""IAM token for the REST calls (cached for its lifetime)."""
import os
import time

import requests

from assetgw.config import IAM_URL

_cache = {"token": None, "expires": 0.0}


def token():
    if _cache["token"] and _cache["expires"] > time.time() + 60:
        return _cache["token"]
    body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
        "name": os.environ["IAM_USER"], "password": os.environ["IAM_PASSWORD"],
        "domain": {"name": os.environ["IAM_DOMAIN"]}}}}}}
    resp = requests.post(IAM_URL, json=body, timeout=10)
    resp.raise_for_status()
    _cache.update(token=resp.headers["X-Subject-Token"], expires=time.time() + 23 * 3600)
    return _cache["token"]
