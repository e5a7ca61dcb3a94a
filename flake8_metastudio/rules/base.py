"""Shared wording for rules that talk about one SDK call site."""
from flake8_metastudio.analysis.rates import fmt_num, fmt_rate
from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import render

CONTEXT_NAMES = {"for loop": "for loop", "async for loop": "async for loop", "while loop": "while loop",
                 "comprehension": "comprehension", "generator expression": "generator expression",
                 "tenacity @retry": "tenacity @retry"}


def api_title(occ, row) -> str:
    return row.api if row is not None else occ.method.title_zh


def finding(code, occ, row, node, region, rate=None, limit=None, **fields) -> Finding:
    fields.setdefault("method", occ.label)
    fields.setdefault("api", api_title(occ, row))
    fields.setdefault("region", region)
    if rate is not None:
        fields.setdefault("rate", fmt_rate(rate))
    if limit is not None:
        fields.setdefault("limit", fmt_num(limit))
    message = render(code, **fields)
    if node is not occ.sdk_node and node is not None:
        message += " [via %s]" % _callee(node)
    extra = {"limit_from": row.limit_origin(region)} if row is not None else {}
    return Finding(code=code, message=message, node=node, method=occ.method.name, api=api_title(occ, row),
                   region=region, rate=rate, limit=limit, extra=extra)


def _callee(node) -> str:
    from flake8_metastudio.analysis.syntax import dotted_name
    func = getattr(node, "func", None)
    name = dotted_name(func) if func is not None else None
    return (name + "()") if name else "this call"


def context_name(level) -> str:
    return CONTEXT_NAMES.get(level.label, "loop")
