"""A pacing decorator: sleep before each call of the wrapped function."""
import functools
import time


def paced(min_interval):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            time.sleep(min_interval)
            return fn(*args, **kwargs)
        return wrapper
    return decorate
