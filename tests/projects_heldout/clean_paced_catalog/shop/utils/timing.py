"""Pacing: space calls of a function out so a loop cannot outrun the API's limit."""
import functools
import time


def paced(per_second):
    """Sleep 1/per_second before every call of the decorated function."""
    interval = 1.0 / per_second

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            time.sleep(interval)
            return fn(*args, **kwargs)
        return wrapper
    return decorate
