"""MST103: a loop re-issues the same SDK query (arguments unchanged between
iterations) until a condition holds, with no delay.  Pagination, where the
arguments change, is not polling."""
import math

from flake8_metastudio.formatting import fmt_num
from flake8_metastudio.rules.base import Rule, context_name, finding

CODE = "MST103"


def check(facts):
    latency = facts.settings.latency
    for occ in facts.occs:
        if not occ.levels or not occ.levels[0].poll:
            continue
        level = occ.levels[0]
        row = facts.row(occ)
        region = occ.key[1]
        status, limit = row.limit_in(region) if row is not None else ("unknown", None)
        seconds = level.body.time + latency * level.body.blocking_maybe.get(occ.key, 0)
        rate = math.inf if seconds <= 0 else (level.body.calls(occ.key) or 1) / seconds
        allowed = ("%s allows %s/s" % (region, fmt_num(limit)) if status == "limit"
                   else "no published limit for it in %s" % region)
        yield finding(CODE, occ, row, level.report, region, rate * facts.settings.replicas, limit,
                      context=context_name(level), allowed=allowed)


RULE = Rule(CODE, check)
