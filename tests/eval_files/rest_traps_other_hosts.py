"""Glue around the MetaStudio studio: IAM tokens, OBS uploads, our own catalogue API and webhooks.

Mentions MetaStudio in places, but none of these HTTP calls goes to a MetaStudio host.
Expected: no finding.
"""
import logging
import os

import httpx
import requests

log = logging.getLogger("studio_glue")

IAM = "https://iam.myhuaweicloud.com/v3/auth/tokens"
CATALOGUE = "https://api.example.com"
METASTUDIO_DOCS = "https://support.huaweicloud.com/intl/en-us/api-metastudio/metastudio_02_0000.html"
OBS_BUCKET = "https://studio-media.obs.cn-north-4.myhuaweicloud.com"


def tokens_for(projects):
    out = {}
    for project in projects:
        body = {"auth": {"identity": {"methods": ["password"]}, "scope": {"project": {"name": project}}}}
        # IAM token endpoint, once per project: not MetaStudio
        out[project] = requests.post(IAM, json=body, timeout=10).headers["X-Subject-Token"]
    return out


def push_products(tenant: str, products):
    for p in products:
        # our own catalogue service happens to use /v1/{tenant}/products: other host, never matched
        requests.post(f"{CATALOGUE}/v1/{tenant}/products", json=p, timeout=10)


def remove_products(tenant: str, product_ids):
    with httpx.Client(base_url="https://api.example.com", timeout=10) as c:
        for pid in product_ids:
            c.delete(f"/v1/{tenant}/products/{pid}")


def upload_media(paths):
    with requests.Session() as s:
        for path in paths:
            key = os.path.basename(path)
            with open(path, "rb") as fh:
                # OBS object upload
                s.put(f"{OBS_BUCKET}/live-media/{key}", data=fh, timeout=300)


def upload_parts(upload_urls, parts):
    # pre-signed OBS URLs handed out by MetaStudio's create_file: the URL is OBS's
    for url, part in zip(upload_urls, parts):
        requests.put(url, data=part, timeout=300)


def wait_for_docs_update(etag: str) -> str:
    while True:
        resp = requests.head(METASTUDIO_DOCS, timeout=10)
        if resp.headers.get("ETag") != etag:
            return resp.headers.get("ETag", "")


def notify(events):
    for event in events:
        log.info("metastudio event %s for %s", event["type"], f"https://metastudio.cn-north-4.myhuaweicloud.com/v1/x/{event['id']}")
        # webhook to the team chat
        httpx.post(os.environ["CHAT_WEBHOOK"], json={"text": f"MetaStudio: {event['type']}"}, timeout=5)
