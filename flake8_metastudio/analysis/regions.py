"""Region ids written in MetaStudio client code: ``MetaStudioRegion.value_of``,
``MetaStudioRegion.CN_NORTH_4``-style constants, ``Region("id", ...)`` and
MetaStudio endpoint URLs, each with the literal that spells it."""
from typing import Iterator

import libcst as cst

from flake8_metastudio.analysis import values as V
from flake8_metastudio.analysis.syntax import arg_value, keyword_arg, string_value, walk


def region_literals(facts) -> Iterator[V.RegionRef]:
    inf = facts.inferrer
    seen = set()
    for call, scope in facts.index.calls:
        func = call.func
        ctx = V.Context(scope)
        ref = None
        if isinstance(func, cst.Attribute) and func.attr.value in ("with_endpoint", "with_endpoints"):
            ref = inf._endpoint_region(arg_value(call, 0, func.attr.value[5:]), ctx)
        elif isinstance(func, (cst.Name, cst.Attribute)):
            qn = inf.qualname(func, scope) or ""
            leaf = qn.rsplit(".", 1)[-1]
            if (qn.startswith(V.SDK_ROOT) and leaf == "value_of" and "MetaStudioRegion" in qn) or (
                    qn.startswith(V.CORE_ROOT) and leaf == "Region" and _metastudio_region(call, inf, ctx)):
                ref = inf.infer(call, ctx)
        if isinstance(ref, V.RegionRef) and ref.region_id and id(ref.node) not in seen:
            seen.add(id(ref.node))
            yield ref
    for node in walk(facts.index.module):
        # MetaStudio hosts in any string (REST URLs, endpoint constants)
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString)) \
                and id(node) in facts.index.string_ordinal and id(node) not in seen:
            text = _literal_text(node)
            rid = V.region_from_endpoint(text) if text else None
            if rid:
                seen.add(id(node))
                yield V.RegionRef(rid, node, "host %s" % V.ENDPOINT_HOST.search(text).group(0))
            continue
        # MetaStudioRegion.CN_SOUTH_1-style constants
        if isinstance(node, cst.Attribute) and node.attr.value.isupper() and "_" in node.attr.value:
            name = node.value
            if isinstance(name, (cst.Name, cst.Attribute)):
                qn = inf.qualname(name, facts.index.root) or ""
                if qn.startswith(V.SDK_ROOT) and qn.endswith("MetaStudioRegion") and id(node) not in seen:
                    seen.add(id(node))
                    yield V.RegionRef(node.attr.value.lower().replace("_", "-"), node,
                                      "MetaStudioRegion.%s" % node.attr.value)


def _literal_text(node) -> str:
    """The literal text of a string node (f-string: its literal pieces)."""
    if isinstance(node, cst.FormattedString):
        return "".join(p.value if isinstance(p, cst.FormattedStringText) else "\0" for p in node.parts)
    if isinstance(node, cst.ConcatenatedString):
        return _literal_text(node.left) + _literal_text(node.right)
    return string_value(node) or ""


def _metastudio_region(call, inf, ctx) -> bool:
    """``Region(...)`` of huaweicloudsdkcore serves every service: only one with
    a MetaStudio endpoint is MetaStudio's."""
    endpoint = keyword_arg(call, "endpoints") or arg_value(call, 1, "endpoint")
    if endpoint is None:
        return False
    v = inf.infer(endpoint, ctx)
    if isinstance(v, V.Seq) and v.items:
        v = inf.infer(v.items[0], ctx)
    return isinstance(v, V.Const) and isinstance(v.value, str) and "metastudio" in v.value.lower()
