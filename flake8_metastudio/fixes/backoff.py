"""MST104: a backoff on the retry path.

In the ``except`` clause (or the 429 / ``APIGW.0308`` check) that sends the
loop round again: before its last ``continue``, else at its end (at its top
when it ends by leaving).  Exponential in the attempt count when the loop
has one (``for attempt in range(n)``, ``while attempt < n`` with
``attempt += 1``), capped at ``CAP`` s; else a fixed delay long enough for
the limit (at least 1 s).  ``tenacity.retry`` without ``wait=`` gets
``wait=wait_exponential(multiplier=1, max=CAP)`` and its import."""
from typing import TYPE_CHECKING, Any, List, Optional

import libcst as cst

from flake8_metastudio.analysis.syntax import dotted_name, walk
from flake8_metastudio.fixes.model import UNSAFE, Edit, Fix, Proposal
from flake8_metastudio.fixes.pacing import label, sleep_call
from flake8_metastudio.fixes.source import NoFix, Source, seconds_text
from flake8_metastudio.formatting import fmt_num

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.findings import Finding

CAP = 30  # seconds: the longest wait between two attempts
AT_LEAST = 1.0  # seconds: a fixed backoff is never shorter


def attempt_counter(loop: cst.CSTNode) -> Optional[str]:
    """The loop's attempt count: the target of ``for n in range(...)``, or the
    name a ``while n < ...`` loop increments by one."""
    if isinstance(loop, cst.For) and isinstance(loop.target, cst.Name) and isinstance(loop.iter, cst.Call) \
            and dotted_name(loop.iter.func) == "range":
        return loop.target.value
    if isinstance(loop, cst.While) and isinstance(loop.test, cst.Comparison) and isinstance(loop.test.left, cst.Name):
        name = loop.test.left.value
        for node in walk(loop.body):
            if isinstance(node, cst.AugAssign) and isinstance(node.operator, cst.AddAssign) \
                    and isinstance(node.target, cst.Name) and node.target.value == name \
                    and isinstance(node.value, cst.Integer) and node.value.value == "1":
                return name
    return None


def plan(src: Source, finding: "Finding") -> Proposal:
    level = finding.basis["level"]
    mark = finding.basis["mark"]
    if level.label == "tenacity @retry":
        return _tenacity(src, finding, mark.node)
    node = mark.node
    if not isinstance(node, (cst.ExceptHandler, cst.If)):
        raise NoFix("the SDK's with_retry() picks its backoff from huaweicloudsdkcore's strategies: "
                    "choose one there (not BackoffStrategies.NONE)")
    limit = finding.basis.get("limit")
    fixed = AT_LEAST
    if limit:
        fixed = max(fixed, finding.basis["calls"] * src.facts.settings.replicas / limit)
    counter = attempt_counter(level.node)
    if counter is not None:
        base = "" if fixed <= 1 else "%s * " % seconds_text(fixed)
        cap = CAP if fixed <= CAP else seconds_text(fixed * 4)
        seconds = "min(%s2 ** %s, %s)" % (base, counter, cap)
        how = "back off exponentially in %s (at most %s s)" % (counter, cap)
    else:
        seconds = seconds_text(fixed)
        how = "wait %s s before retrying" % seconds
    allowed = "%s allows %s/s" % (finding.region, fmt_num(limit)) if limit else "throttled"
    comment = "back off before retrying %s; %s (metastudio-lint %s)" % (label(finding), allowed, finding.code)

    def build() -> Fix:
        statement, imports = sleep_call(src, node, seconds)
        edits = src.insert_statements(node, ["# " + comment, statement], where="retry")
        return Fix(finding.code, UNSAFE, how, tuple(imports + edits))

    build()
    return Proposal(("retry", id(node)), 0.0, build)


def _tenacity(src: Source, finding: "Finding", deco: Any) -> Proposal:
    head = deco.func if isinstance(deco, cst.Call) else deco
    prefix = dotted_name(head.value) if isinstance(head, cst.Attribute) else None

    def build() -> Fix:
        if prefix is not None:  # @tenacity.retry(...): the module's other names, spelt the same way
            wait = "%s.wait_exponential" % prefix
            imports: List[Edit] = []
        else:
            wait, imports = src.from_name_for("tenacity", "wait_exponential")
        value = "%s(multiplier=1, max=%d)" % (wait, CAP)
        if isinstance(deco, cst.Call):
            arg = cst.Arg(keyword=cst.Name("wait"), value=cst.parse_expression(value),
                          equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")))
            text = src.code(deco.with_changes(args=list(deco.args) + [arg]))
        else:
            text = "%s(wait=%s)" % (src.code(deco), value)
        start, end = src.range(deco)
        return Fix(finding.code, UNSAFE, "wait exponentially between attempts (at most %d s)" % CAP,
                   tuple(imports + [Edit(start, end, text)]))

    build()
    return Proposal(("tenacity", id(deco)), 0.0, build)
