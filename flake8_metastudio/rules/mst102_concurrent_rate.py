"""MST102: concurrent fan-out (thread/process pools, threads per item,
asyncio.gather/create_task, run_in_executor, the SDK's async client) runs an
SDK call faster than its limit.

Reported at the call that hands the work off inside the repeated context:
``pool.submit(...)``, ``pool.map(...)``, ``Thread(...)``, the coroutine call in
the comprehension given to ``gather``, or the ``*_async`` SDK call."""
import math
from typing import TYPE_CHECKING, Iterator

from flake8_metastudio.formatting import fmt_num
from flake8_metastudio.rules.base import Rule, finding

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.analysis.rates import RateEstimate
    from flake8_metastudio.findings import Finding

CODE = "MST102"


def fix(est: "RateEstimate", replicas: int) -> str:
    if est.seconds > 0 and not math.isinf(est.rate):
        workers = int(math.floor(est.limit * est.seconds / (est.calls * replicas)))
        if workers >= 1:
            return ("cap concurrency at %d or share one rate limiter (%s/s) across workers"
                    % (workers, fmt_num(est.limit / replicas, places=2, strip=False)))
    return "share one rate limiter (%s/s) across workers" % fmt_num(est.limit / replicas, places=2, strip=False)


def check(facts: "Facts") -> "Iterator[Finding]":
    for occ in facts.occs:
        est = facts.estimate(occ)
        if est is None or est.concurrency <= 1:
            continue
        yield finding(CODE, occ, facts.row(occ), est.level.report, est.region, est.rate, est.limit,
                      basis={"estimate": est, "level": est.level}, how=est.how, fix=fix(est, facts.settings.replicas))


RULE = Rule(CODE, check)
