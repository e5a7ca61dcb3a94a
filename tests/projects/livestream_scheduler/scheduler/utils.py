"""Small helpers shared by the scheduler."""
import functools
import threading
import time


def throttle(calls_per_second):
    """Space calls to the decorated function at least ``1 / calls_per_second`` apart, across threads."""
    min_interval = 1.0 / calls_per_second
    lock = threading.Lock()
    last_call = [0.0]

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with lock:
                wait = last_call[0] + min_interval - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                last_call[0] = time.monotonic()
            return fn(*args, **kwargs)

        return wrapper

    return decorator

