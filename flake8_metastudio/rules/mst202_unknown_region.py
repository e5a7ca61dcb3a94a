"""MST202: a region id written in MetaStudio client code that the limits
table does not know.  Reported at the literal; when the id is a typo of a
known one (a few edits away, and not a real Huawei Cloud region the table
lacks) the message says "did you mean" and the safe fix replaces it."""
from typing import TYPE_CHECKING, Iterator

from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import render
from flake8_metastudio.analysis.regions import region_literals
from flake8_metastudio.rules.base import Rule
from flake8_metastudio.suggest import huaweicloud_region_ids, typo_of

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts

CODE = "MST202"


def check(facts: "Facts") -> "Iterator[Finding]":
    views = facts.views  # the table's region ids, built once per process
    known = views.known_regions
    for ref in region_literals(facts):
        if ref.region_id in known:
            continue
        typo = typo_of(ref.region_id or "", views.region_ids, huaweicloud_region_ids())
        message = render(CODE, region=ref.region_id, how=ref.how, known=", ".join(views.region_ids),
                         suggestion=" (did you mean '%s'?)" % typo if typo else "")
        yield Finding(code=CODE, message=message, node=ref.node, region=ref.region_id,
                      basis={"ref": ref, "suggestion": typo})


RULE = Rule(CODE, check)
