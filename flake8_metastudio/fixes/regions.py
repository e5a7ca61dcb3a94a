"""MST202 (safe): an unknown region id that is a typo of a known one
(``suggest.typo_of``, the same "did you mean" the message gives) is replaced
by it inside its literal: the string, the endpoint URL, or the
``MetaStudioRegion.CN_NROTH_4`` constant."""
from typing import TYPE_CHECKING

import libcst as cst

from flake8_metastudio.fixes.model import SAFE, Edit, Fix, Proposal
from flake8_metastudio.fixes.source import NoFix, Source

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.findings import Finding


def plan(src: Source, finding: "Finding") -> Proposal:
    typo = finding.basis.get("suggestion")
    ref = finding.basis["ref"]
    if not typo:
        raise NoFix("'%s' is not a typo of a known region (a few edits away); add the region with "
                    "--metastudio-limits-file if MetaStudio offers it" % ref.region_id)
    node = ref.node
    text = src.code(node)
    wrong, right = ref.region_id, typo
    if isinstance(node, cst.Attribute):  # MetaStudioRegion.CN_NROTH_4
        wrong, right = wrong.upper().replace("-", "_"), right.upper().replace("-", "_")
    if text.count(wrong) != 1:
        raise NoFix("the region id is not spelt out once in the literal")
    new = text.replace(wrong, right)

    def build() -> Fix:
        start, end = src.range(node)
        return Fix(finding.code, SAFE, "replace '%s' with '%s'" % (ref.region_id, typo), (Edit(start, end, new),))

    build()
    return Proposal(("region", id(node)), 0.0, build)
