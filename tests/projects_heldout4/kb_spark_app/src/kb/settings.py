import os

SITES = {"bj": "cn-north-4", "sg": "ap-southeast-3"}
ASSISTANT_TIMBRE = "c0ffee00c0ffee00c0ffee00c0ffee00"
SPARK_APP_ID = os.environ.get("SPARK_APP_ID", "")
SPARK_KEY = os.environ.get("SPARK_KEY", "")
SPARK_SECRET = os.environ.get("SPARK_SECRET", "")
