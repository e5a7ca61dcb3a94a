"""Job registry: job classes register themselves by name with ``@register("name")``."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Callable, TypeVar


class Job(ABC):
    """A unit of work the runner starts by name."""

    name = "job"

    @abstractmethod
    def run(self) -> None:
        """Do the work; raise to fail the job."""


J = TypeVar("J", bound=type[Job])

JOBS: dict[str, type[Job]] = {}


def register(name: str) -> Callable[[J], J]:
    def decorate(cls: J) -> J:
        if name in JOBS:
            raise ValueError(f"job {name!r} registered twice ({JOBS[name].__name__}, {cls.__name__})")
        cls.name = name
        JOBS[name] = cls
        return cls

    return decorate
