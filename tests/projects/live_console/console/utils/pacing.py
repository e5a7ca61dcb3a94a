"""Pacing for coroutine API calls."""
from __future__ import annotations

import asyncio
import functools
from typing import Any, Awaitable, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


def paced(interval: float) -> Callable[[F], F]:
    """Wait ``interval`` seconds before every call of the decorated coroutine function."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            await asyncio.sleep(interval)
            return await fn(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate
