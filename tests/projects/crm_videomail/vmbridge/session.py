"""The shared requests.Session: base URL, IAM auth and the urllib3 retry adapter."""
import requests
from requests.adapters import HTTPAdapter
from urllib3.util import Retry

from vmbridge.auth import IamTokenAuth
from vmbridge.constants import REGION

BASE_URL = f"https://metastudio.{REGION}.myhuaweicloud.com"


def build_session():
    # Idempotent calls are retried by urllib3 with exponential back-off (0.5, 1, 2, 4 s)
    # and Retry-After on 429; POSTs are not retried here.
    retry = Retry(total=5, backoff_factor=0.5, status_forcelist=(429, 500, 502, 503, 504),
                  allowed_methods=frozenset({"GET", "DELETE"}), respect_retry_after_header=True)
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=retry, pool_maxsize=16))
    session.auth = IamTokenAuth()
    session.headers.update({"Content-Type": "application/json"})
    return session


SESSION = build_session()
