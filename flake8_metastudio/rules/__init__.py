"""The rules, one per module, in the order of ``messages.PRECEDENCE``.

Each module defines ``CODE`` and ``check(facts)`` yielding findings; the
pipeline keeps at most one finding per call site (the highest precedence)."""
from flake8_metastudio.rules import (mst101_sequential_rate, mst102_concurrent_rate, mst103_polling,
                                     mst104_retry_without_backoff)

RULES = [mst104_retry_without_backoff, mst102_concurrent_rate, mst101_sequential_rate, mst103_polling]
