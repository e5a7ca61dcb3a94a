"""Shared throttling helpers: a pyrate limiter for live commands, a poll pause, a backoff policy."""
import time

import backoff
from huaweicloudsdkcore.exceptions import exceptions
from pyrate_limiter import Duration, Limiter, Rate

from . import config

# One limiter for every thread of the process that sends live commands.
command_limiter = Limiter(Rate(config.COMMANDS_PER_SEC, Duration.SECOND), max_delay=Duration.SECOND * 5)


def nap():
    """The pause between two polls of a live job."""
    time.sleep(config.POLL_SECONDS)


def _not_throttled(exc):
    return getattr(exc, "status_code", None) != 429


# Retry only throttled calls, with an exponential wait: 1, 2, 4, 8, 16 s.
on_throttle = backoff.on_exception(
    backoff.expo,
    exceptions.ClientRequestException,
    max_tries=6,
    giveup=_not_throttled,
)
