"""Generic waiting helpers (no MetaStudio here: callers pass what to call)."""
import time


def wait_until(fetch, done):
    while not done(fetch()):  # expect: MST103 ~10/s
        pass


def poll_until(fetch, done, interval=2.0):
    while True:
        result = fetch()
        if done(result):
            return result
        time.sleep(interval)
