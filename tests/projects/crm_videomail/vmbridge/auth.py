"""IAM token auth for the REST calls: X-Auth-Token, refreshed shortly before it expires."""
import os
import threading
import time
from datetime import datetime

import requests
from requests.auth import AuthBase

from vmbridge.constants import HTTP_TIMEOUT_S, IAM_TOKEN_URL, REGION

REFRESH_MARGIN_S = 600


def _password_body():
    user = {"name": os.environ["IAM_USER"], "password": os.environ["IAM_PASSWORD"],
            "domain": {"name": os.environ["IAM_DOMAIN"]}}
    return {"auth": {"identity": {"methods": ["password"], "password": {"user": user}},
                     "scope": {"project": {"name": REGION}}}}


def fetch_token():
    resp = requests.post(IAM_TOKEN_URL, json=_password_body(), timeout=HTTP_TIMEOUT_S)
    resp.raise_for_status()
    expires_at = datetime.fromisoformat(resp.json()["token"]["expires_at"].replace("Z", "+00:00"))
    return resp.headers["X-Subject-Token"], expires_at.timestamp()


class IamTokenAuth(AuthBase):
    """Attach a cached IAM token to every request of a session."""

    def __init__(self):
        self._lock = threading.Lock()
        self._token = None
        self._expires = 0.0

    def __call__(self, request):
        with self._lock:
            if self._token is None or time.time() > self._expires - REFRESH_MARGIN_S:
                self._token, self._expires = fetch_token()
            request.headers["X-Auth-Token"] = self._token
        return request
