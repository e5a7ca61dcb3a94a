"""Finding + the facts it was decided from -> a fix, or why there is none.

Each rule with a fix has a planner (``FIXERS``); a planner returns a
proposal or raises ``NoFix`` with the reason the finding then carries.
Proposals for one place (one loop, one pool literal) become one fix shared
by their findings: the strictest of them.  Planning reads only the facts
already computed; positions are resolved once per file, and only for a file
that has something to fix."""
from typing import TYPE_CHECKING, Callable, Dict, List

from flake8_metastudio.fixes import backoff, pacing, pools, regions
from flake8_metastudio.fixes.model import Proposal
from flake8_metastudio.fixes.source import NoFix, Source

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.findings import Finding

FIXERS: Dict[str, Callable[..., Proposal]] = {
    "MST101": pacing.plan_rate,
    "MST102": pools.plan,
    "MST103": pacing.plan_poll,
    "MST104": backoff.plan,
    "MST202": regions.plan,
}


def plan(facts: "Facts", findings: "List[Finding]") -> None:
    """Set ``fix`` or ``no_fix`` on every finding of one file."""
    src = None
    by_anchor: Dict[tuple, Proposal] = {}
    for f in findings:
        fixer = FIXERS.get(f.code)
        if fixer is None:
            f.no_fix = "%s has no automatic fix" % f.code
            continue
        if src is None:
            src = Source(facts)
        try:
            proposal = fixer(src, f)
        except NoFix as why:
            f.no_fix = str(why)
            continue
        except Exception as exc:  # a planner's mistake must not cost the report
            f.no_fix = "the fix could not be planned (%s)" % type(exc).__name__
            continue
        held = by_anchor.get(proposal.anchor)
        if held is None or proposal.weight > held.weight:
            proposal.findings = (held.findings if held is not None else []) + [f]
            by_anchor[proposal.anchor] = proposal
        else:
            held.findings.append(f)
    for proposal in by_anchor.values():
        fix = proposal.build()
        for f in proposal.findings:
            f.fix = fix
