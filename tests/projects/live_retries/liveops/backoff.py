import random
import time


def wait_before_retry(attempt):
    time.sleep(min(30, 2 ** attempt) + random.random())
