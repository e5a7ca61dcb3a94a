"""The rules, one per module.

Each module defines ``CODE`` and ``check(facts)`` yielding findings.  Of the
rate rules (``messages.PRECEDENCE``) a call site gets at most one; the
others are independent of them."""
from flake8_metastudio.rules import (mst101_sequential_rate, mst102_concurrent_rate, mst103_polling,
                                     mst104_retry_without_backoff, mst201_region_not_offered,
                                     mst202_unknown_region, mst301_knowledge_base_provider,
                                     mst401_timbre_not_allowed)

RULES = [mst104_retry_without_backoff, mst102_concurrent_rate, mst101_sequential_rate, mst103_polling,
         mst201_region_not_offered, mst202_unknown_region, mst301_knowledge_base_provider,
         mst401_timbre_not_allowed]
