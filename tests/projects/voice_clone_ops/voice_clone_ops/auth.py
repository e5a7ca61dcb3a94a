"""IAM token for the REST calls (the SDK would sign requests; plain HTTP needs a token)."""
import os
import time

import aiohttp

from . import settings

_cached: dict = {}


async def iam_token() -> str:
    if _cached and _cached["expires"] > time.time() + 300:
        return _cached["token"]
    body = {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {
                        "name": settings.IAM_USER,
                        "password": os.environ["MS_IAM_PASSWORD"],
                        "domain": {"name": settings.IAM_DOMAIN},
                    }
                },
            },
            "scope": {"project": {"id": settings.PROJECT_ID}},
        }
    }
    url = f"https://iam.{settings.REGION}.myhuaweicloud.com/v3/auth/tokens"
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json=body, raise_for_status=True) as resp:
            _cached["token"] = resp.headers["X-Subject-Token"]
    _cached["expires"] = time.time() + 23 * 3600
    return _cached["token"]
