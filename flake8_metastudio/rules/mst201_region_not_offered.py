"""MST201: an SDK call whose API the client's region does not offer (a "-"
cell of the vendor table).  Reported at the SDK call."""
from typing import TYPE_CHECKING, Iterator

from flake8_metastudio.rules.base import Rule, finding

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.findings import Finding

CODE = "MST201"


def check(facts: "Facts") -> "Iterator[Finding]":
    done = set()
    for occ in facts.occs:
        if id(occ.sdk_node) in done:
            continue
        row = facts.row(occ)
        if row is None:
            continue
        region = occ.region
        if not row.limit_in(region).is_not_offered:
            continue
        done.add(id(occ.sdk_node))
        where = occ.region_from
        offered = ", ".join(row.offered_in()) or "no region"
        yield finding(CODE, occ, row, occ.sdk_node, region, where=where, offered=offered)


RULE = Rule(CODE, check)
