"""MST101 / MST103: a computed sleep on every path that goes round the loop
again.

The sleep goes at the top of the loop body, so every iteration waits before
its calls, also the ones that ``continue``: ``time.sleep(d)``, or ``await
asyncio.sleep(d)`` in an ``async def``.  ``d`` is the calls per iteration x
replicas / the limit (MST101), at least 1 s between polls (MST103), rounded
up to the millisecond.  A comprehension has no statement to hold a sleep:
no fix there."""
from typing import TYPE_CHECKING, Any, Optional

import libcst as cst

from flake8_metastudio.fixes.model import UNSAFE, Fix, Proposal
from flake8_metastudio.fixes.source import NoFix, Source, seconds_text
from flake8_metastudio.formatting import fmt_num

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.findings import Finding

LOOPS = (cst.For, cst.While)
POLL_AT_LEAST = 1.0  # seconds between polls when the limit would allow faster


def sleep_call(src: Source, node: cst.CSTNode, seconds: str) -> Any:
    """The statement that sleeps ``seconds`` where ``node`` is, and the import edits it needs."""
    function = src.enclosing_function(node)
    if function is not None and function.is_async:
        name, edits = src.name_for("asyncio", "sleep")
        return "await %s(%s)" % (name, seconds), edits
    name, edits = src.name_for("time", "sleep")
    return "%s(%s)" % (name, seconds), edits


def pace(src: Source, code: str, owner: cst.CSTNode, delay: float, comment: str, weight_key: str = "loop",
         message: str = "sleep %s s before each iteration of the loop") -> Proposal:
    """Sleep ``delay`` s at the top of ``owner``'s block (a loop, a task
    function): one proposal per block."""
    seconds = seconds_text(delay)

    def build() -> Fix:
        statement, imports = sleep_call(src, owner, seconds)
        edits = src.insert_statements(owner, ["# " + comment, statement])
        return Fix(code, UNSAFE, message % seconds, tuple(imports + edits))

    build()  # raises NoFix here, where the finding can still say why
    return Proposal((weight_key, id(owner)), delay, build)


def loop_of(level: Any, what: str) -> cst.CSTNode:
    node = level.node
    if isinstance(node, LOOPS):
        return node
    if isinstance(node, cst.CompFor):
        raise NoFix("the calls repeat in a comprehension, which has no statement to hold a sleep: "
                    "write it as a for loop, or use a rate limiter")
    raise NoFix("the %s is not a for or while statement" % what)


def label(finding: "Finding") -> str:
    return finding.basis["occ"].label


def plan_rate(src: Source, finding: "Finding") -> Proposal:
    est = finding.basis["estimate"]
    # the call may be reached in several ways, each judged at its own loop: the innermost of
    # those loops paces them all (each outer iteration runs it at least once per call)
    others = [e for e in src.estimates_at(finding.node) if e.concurrency <= 1 and isinstance(e.level.node, LOOPS)]
    strict = est
    if isinstance(est.level.node, LOOPS) and others:
        est = max(others, key=lambda e: (src.start(e.level.node), e.calls / e.limit))
        strict = min(others + [strict], key=lambda e: e.limit)
    loop = loop_of(est.level, "repeated context")
    delay = est.calls * src.facts.settings.replicas / strict.limit
    comment = '%s ("%s"): %s allows %s/s (metastudio-lint %s)' % (
        label(finding), finding.api or label(finding), strict.region, fmt_num(strict.limit), finding.code)
    return pace(src, finding.code, loop, delay, comment)


def plan_poll(src: Source, finding: "Finding") -> Proposal:
    level = finding.basis["level"]
    loop = loop_of(level, "polling loop")
    limit: Optional[float] = finding.basis.get("limit")
    delay = POLL_AT_LEAST
    if limit:
        delay = max(delay, finding.basis["calls"] * src.facts.settings.replicas / limit)
    allowed = "%s allows %s/s" % (finding.region, fmt_num(limit)) if limit else "no published limit in %s" % (
        finding.region)
    comment = "poll %s at most every %s s; %s (metastudio-lint %s)" % (
        label(finding), seconds_text(delay), allowed, finding.code)
    return pace(src, finding.code, loop, delay, comment)
