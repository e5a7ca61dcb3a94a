"""What a rule is (``Rule``: its code, its wording from ``messages.py``, its
check) and the shared wording of rules that talk about one SDK call site."""
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, Optional

from flake8_metastudio.formatting import fmt_num, fmt_rate
from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import MESSAGES, Message, render

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.effects import Level, Occ
    from flake8_metastudio.limits import ApiRow


@dataclass(frozen=True)
class Rule:
    """One rule: its code and its check; name, summary and message template
    are read from ``messages.MESSAGES``, the one place where wording lives."""
    code: str
    check: Callable[..., Iterable[Finding]]

    @property
    def message(self) -> Message:
        return MESSAGES[self.code]

    @property
    def name(self) -> str:
        return self.message.name

    @property
    def summary(self) -> str:
        return self.message.summary

    @property
    def template(self) -> str:
        return self.message.template


CONTEXT_NAMES = {"for loop": "for loop", "async for loop": "async for loop", "while loop": "while loop",
                 "comprehension": "comprehension", "generator expression": "generator expression",
                 "tenacity @retry": "tenacity @retry"}


def api_title(occ: "Occ", row: "Optional[ApiRow]") -> str:
    return row.api if row is not None else occ.method.title_zh


def finding(code: str, occ: "Occ", row: "Optional[ApiRow]", node: Any, region: str, rate: Optional[float] = None,
            limit: Optional[float] = None, basis: Optional[dict] = None, **fields) -> Finding:
    fields.setdefault("method", occ.label)
    fields.setdefault("api", api_title(occ, row))
    fields.setdefault("region", region_shown(code, occ, region))
    if rate is not None:
        fields.setdefault("rate", fmt_rate(rate))
    if limit is not None:
        fields.setdefault("limit", fmt_num(limit))
    message = render(code, **fields)
    if node is not occ.sdk_node and node is not None:
        message += " [via %s]" % _callee(node)
    extra: Dict[str, Any] = {"limit_from": row.limit_origin(region)} if row is not None else {}
    if occ.region_assumed:
        extra["region_assumed"] = True  # the code does not say: an importer that does is believed first
    return Finding(code=code, message=message, node=node, method=occ.method.name, api=api_title(occ, row),
                   region=region, rate=rate, limit=limit, extra=extra, sdk_node=occ.sdk_node,
                   basis=dict(basis or {}, occ=occ))


def region_shown(code: str, occ: "Occ", region: str) -> str:
    """The region as a message names it: with a client taken from a container
    by a key the code does not state, every region it may be in (a finding
    is reported only when it holds in all of them)."""
    if len(occ.regions) <= 1:
        return region
    every = ", ".join(occ.regions)
    if code == "MST201":
        return "any region the client may be in (%s)" % every
    return "%s (the most generous of the regions the client may be in: %s)" % (region, every)


def _callee(node: Any) -> str:
    from flake8_metastudio.analysis.syntax import dotted_name
    func = getattr(node, "func", None)
    name = dotted_name(func) if func is not None else None
    return (name + "()") if name else "this call"


def context_name(level: "Level") -> str:
    if level.label.endswith("()"):
        return "%s call" % level.label  # map(), filter(), itertools.starmap(), a frame's apply()
    return CONTEXT_NAMES.get(level.label, "loop")
