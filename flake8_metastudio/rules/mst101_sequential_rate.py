"""MST101: a sequential loop repeats an SDK call faster than its limit.

Reported at the SDK call when it is written in the loop, else at the call in
the loop that leads to it (a helper, a method)."""
from typing import TYPE_CHECKING, Iterator

from flake8_metastudio.formatting import fmt_num
from flake8_metastudio.rules.base import Rule, context_name, finding

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.analysis.rates import RateEstimate
    from flake8_metastudio.findings import Finding

CODE = "MST101"


def fix(est: "RateEstimate", replicas: int) -> str:
    need = est.calls / est.limit * replicas
    per = "per call" if est.calls <= 1 else "per iteration"
    return "sleep >= %s s %s or use a rate limiter" % (fmt_num(round(need, 3)), per)


def check(facts: "Facts") -> "Iterator[Finding]":
    for occ in facts.occs:
        est = facts.estimate(occ)
        if est is None or est.concurrency > 1:
            continue
        yield finding(CODE, occ, facts.row(occ), est.level.report, est.region, est.rate, est.limit,
                      basis={"estimate": est, "level": est.level},
                      context=context_name(est.level), how=est.how, fix=fix(est, facts.settings.replicas))


RULE = Rule(CODE, check)
