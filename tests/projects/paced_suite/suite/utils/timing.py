import functools
import time


def paced(seconds):
    """Run the decorated function at most once every `seconds`."""
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            time.sleep(seconds)
            return result
        return wrapper
    return decorate
