"""Configuration loaded from kbase.json next to the working directory."""
import json
import os

try:
    with open(os.environ.get("KBASE_CONFIG", "kbase.json"), encoding="utf-8") as fh:
        cfg = json.load(fh)
except FileNotFoundError:
    cfg = {}

region = cfg.get("metastudio", {}).get("region", "cn-east-3")
project_id = os.environ.get("MS_PROJECT_ID", "")
EXECUTOR_WORKERS = 3
RETRIES = 4
SG_ENDPOINT = "https://metastudio.ap-southeast-3.myhuaweicloud.com"
