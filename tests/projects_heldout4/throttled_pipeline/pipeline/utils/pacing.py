"""Pacing decorator: a fixed pause before each call of the wrapped function."""
import functools
import time
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)


def paced(interval: float) -> Callable[[F], F]:
    def decorator(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            time.sleep(interval)
            return fn(*args, **kwargs)
        return wrapper  # type: ignore[return-value]
    return decorator
