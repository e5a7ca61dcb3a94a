import time


def spaced(seconds):
    time.sleep(seconds)


def retrying(fn, *args):
    for attempt in range(4):
        try:
            return fn(*args)
        except Exception:
            time.sleep(2 ** attempt)
    raise RuntimeError("gave up")
