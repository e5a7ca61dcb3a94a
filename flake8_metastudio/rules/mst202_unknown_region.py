"""MST202: a region id written in MetaStudio client code that the limits
table does not know.  Reported at the literal."""
from typing import TYPE_CHECKING, Iterator

from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import render
from flake8_metastudio.analysis.regions import region_literals
from flake8_metastudio.rules.base import Rule

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts

CODE = "MST202"


def check(facts: "Facts") -> "Iterator[Finding]":
    views = facts.views
    known = views.known_regions
    for ref in region_literals(facts):
        if ref.region_id in known:
            continue
        message = render(CODE, region=ref.region_id, how=ref.how, known=", ".join(views.region_ids))
        yield Finding(code=CODE, message=message, node=ref.node, region=ref.region_id)


RULE = Rule(CODE, check)
