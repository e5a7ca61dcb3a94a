"""MST103: a loop re-issues the same SDK query (arguments unchanged between
iterations) until a condition holds, with no delay.  Pagination, where the
arguments change, is not polling."""
import math
from typing import TYPE_CHECKING, Iterator, Optional

from flake8_metastudio.formatting import fmt_num
from flake8_metastudio.rules.base import Rule, context_name, finding

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.effects import Level, Occ
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.catalog import SdkMethod
    from flake8_metastudio.findings import Finding

CODE = "MST103"
# SDK methods that read state rather than change it (GET routes count too)
QUERY_PREFIXES = ("show", "list", "check", "count", "search", "get", "download")


def is_query(method: "SdkMethod") -> bool:
    return method.http.startswith("GET") or method.name.startswith(QUERY_PREFIXES)


def polling_level(occ: "Occ") -> "Optional[Level]":
    """The innermost loop that re-issues this query at once, unchanged, until
    a condition holds; retry loops inside it (going round only after a
    failure, like a retry helper's) are MST104's business and are looked
    through: their back-off sleeps do not pace the poll's normal path."""
    for level in occ.levels:
        if level.kind == "loop" and level.retry_only:
            continue
        if level.unchanged and level.until and level.caught is None and is_query(occ.method):
            return level
        return None
    return None


def check(facts: "Facts") -> "Iterator[Finding]":
    latency = facts.settings.latency
    for occ in facts.occs:
        level = polling_level(occ)
        if level is None:
            continue

        row = facts.row(occ)
        region = occ.region
        allowed_here = facts.limit(occ)
        limit = allowed_here.per_second
        seconds = level.body.time + latency * level.body.blocking_maybe.get(occ.key, 0)
        rate = math.inf if seconds <= 0 else (level.body.calls(occ.key) or 1) / seconds
        allowed = ("%s allows %s/s" % (region, fmt_num(limit)) if allowed_here.is_offered
                   else "no published limit for it in %s" % region)
        yield finding(CODE, occ, row, level.report, region, rate * facts.settings.replicas, limit,
                      basis={"level": level, "calls": level.body.calls(occ.key) or 1,
                             "limit": limit if allowed_here.is_offered else None},
                      context=context_name(level), allowed=allowed)


RULE = Rule(CODE, check)
