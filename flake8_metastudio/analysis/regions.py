"""Region ids written in MetaStudio client code: ``MetaStudioRegion.value_of``,
``MetaStudioRegion.CN_NORTH_4``-style constants, ``Region("id", ...)`` and
MetaStudio endpoint URLs, each with the literal that spells it."""
from typing import TYPE_CHECKING, Any, Iterator, Optional, Tuple

import libcst as cst

from flake8_metastudio import knowledge as K
from flake8_metastudio.analysis import values as V
from flake8_metastudio.analysis.index import Element
from flake8_metastudio.analysis.syntax import arg_value, concatenated_parts, keyword_arg, string_value

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts


def region_literals(facts: "Facts") -> Iterator[V.RegionRef]:
    inf = facts.inferrer
    seen = set()
    for call, scope in facts.index.calls:
        func = call.func
        tp = type(func)  # exact: LibCST's node classes are final
        ref: Optional[V.Value] = None
        if tp is cst.Attribute and func.attr.value in ("with_endpoint", "with_endpoints"):
            ref = inf._endpoint_region(arg_value(call, 0, func.attr.value[5:]), V.Context(scope))
        elif tp is cst.Name or tp is cst.Attribute:
            qn = inf.qualname(func, scope)  # the evaluator has asked already: a lookup
            if qn is None:
                continue
            leaf = K.leaf(qn)
            ctx = V.Context(scope)
            if (qn.startswith(K.SDK_ROOT) and leaf == "value_of" and "MetaStudioRegion" in qn) or (
                    qn.startswith(K.CORE_ROOT) and leaf == "Region" and _metastudio_region(call, inf, ctx)):
                ref = inf.infer(call, ctx)
        if isinstance(ref, V.RegionRef) and ref.region_id and id(ref.node) not in seen:
            seen.add(id(ref.node))
            yield ref
    for ref in _through_parameters(facts):
        if id(ref.node) not in seen:
            seen.add(id(ref.node))
            yield ref
    for node in facts.index.strings:
        # MetaStudio hosts in any string (REST URLs, endpoint constants)
        if id(node) in seen:
            continue
        text = _literal_text(node)
        rid = V.region_from_endpoint(text) if "etastudio" in text or "ETASTUDIO" in text else None
        host = V.ENDPOINT_HOST.search(text) if rid else None
        if rid and host is not None:
            seen.add(id(node))
            yield V.RegionRef(rid, node, "host %s" % host.group(0))
    # MetaStudioRegion.CN_SOUTH_1-style constants
    for node, scope in facts.index.constant_attributes:
        if "_" in node.attr.value and isinstance(node.value, (cst.Name, cst.Attribute)) and id(node) not in seen:
            qn = inf.qualname(node.value, scope) or ""
            if qn.startswith(K.SDK_ROOT) and qn.endswith("MetaStudioRegion"):
                seen.add(id(node))
                yield V.RegionRef(node.attr.value.lower().replace("_", "-"), node,
                                  "MetaStudioRegion.%s" % node.attr.value)


def _through_parameters(facts: "Facts") -> Iterator[V.RegionRef]:
    """Region ids that reach ``MetaStudioRegion.value_of`` (or a builder's
    region) only through a function's parameters: ``build("cn-south-1")``
    with ``def build(region): ... value_of(region)`` here or in another
    module, however deep, and ``Factory("cn-south-1").client()`` where the
    method builds the client from what the instance was given.  Each call of one of the code's own functions is
    evaluated with its arguments bound; the id is the string literal the
    client's region was read from (in this module, or another one's, which
    the engine places there)."""
    inf = facts.inferrer
    for call, scope in facts.index.calls:
        if not call.args and type(call.func) is not cst.Attribute:
            continue  # f(): nothing passed; obj.method() may read what obj was built with
        ctx = V.Context(scope)
        callee = inf.callee(call, ctx)
        if not isinstance(callee, V.FuncRef) or not (call.args or callee.bound_self is not None):
            continue
        # build_client(region) for each region a loop or comprehension runs
        # over: {site: build_client(region) for site, region in SITES.items()}
        # (evaluated unbound, the argument is unknown and the parameter's
        # default would stand in for it)
        bound = False
        for name, element in _loop_bound_arguments(call, scope, facts.index.call_ordinal.get(id(call))):
            choices = inf.element_choices(element, ctx)
            for choice in choices or ():
                bound = True
                ref = _literal_region(inf.infer(call, V.Context(scope, {name: choice})))
                if ref is not None:
                    yield ref
        if not bound:
            ref = _literal_region(inf.infer(call, ctx))
            if ref is not None:
                yield ref


def _literal_region(made: "V.Value") -> "Optional[V.RegionRef]":
    """The region literal a call's result (a region, client or builder) was made from."""
    ref = made if isinstance(made, V.RegionRef) else getattr(made, "region", None) \
        if isinstance(made, (V.Client, V.Builder)) else None
    if isinstance(ref, V.RegionRef) and ref.region_id and not ref.choices \
            and type(ref.node) in (cst.SimpleString, cst.ConcatenatedString):
        return ref
    return None


def _loop_bound_arguments(call: cst.Call, scope: Any, ordinal: Optional[int]) -> "Iterator[Tuple[str, Element]]":
    """Names passed to ``call`` that its own scope binds only as targets of
    ``for`` loops or comprehensions, each with the loop's element that holds
    the call (the only one there is, when one loop binds it)."""
    for arg in call.args:
        if type(arg.value) is not cst.Name or arg.star:
            continue
        bound = scope.assigns.get(arg.value.value)
        if not bound or any(type(b) is not Element for b in bound):
            continue
        holding = [b for b in bound if b.holds(ordinal)] if len(bound) > 1 else bound
        if holding:
            yield arg.value.value, holding[-1]  # the innermost: spans nest, the last bound is inside


def _literal_text(node: Any) -> str:
    """The literal text of a string node (f-string: its literal pieces)."""
    tp = type(node)  # exact: LibCST's node classes are final
    if tp is cst.FormattedString:
        return "".join(p.value if type(p) is cst.FormattedStringText else "\0" for p in node.parts)
    if tp is cst.ConcatenatedString:
        return "".join(_literal_text(p) for p in concatenated_parts(node))
    return string_value(node) or ""


def _metastudio_region(call: cst.Call, inf: V.Inferrer, ctx: V.Context) -> bool:
    """``Region(...)`` of huaweicloudsdkcore serves every service: only one with
    a MetaStudio endpoint is MetaStudio's."""
    endpoint = keyword_arg(call, "endpoints") or arg_value(call, 1, "endpoint")
    if endpoint is None:
        return False
    v = inf.infer(endpoint, ctx)
    if isinstance(v, V.Seq) and v.items:
        v = inf.infer(v.items[0], ctx)
    return isinstance(v, V.Const) and isinstance(v.value, str) and "metastudio" in v.value.lower()
