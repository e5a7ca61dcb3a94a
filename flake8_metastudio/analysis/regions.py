"""Region ids written in MetaStudio client code: ``MetaStudioRegion.value_of``,
``MetaStudioRegion.CN_NORTH_4``-style constants, ``Region("id", ...)`` and
MetaStudio endpoint URLs, each with the literal that spells it."""
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Tuple

import libcst as cst

from flake8_metastudio import knowledge as K
from flake8_metastudio.analysis import values as V
from flake8_metastudio.analysis.index import Element
from flake8_metastudio.analysis.syntax import arg_value, concatenated_parts, keyword_arg, positional_args, string_value

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
    method builds the client from what the instance was given.  Each call of
    one of the code's own functions is evaluated with its arguments bound
    (each element in turn, when a loop, a comprehension or a ``map()`` runs
    it over a collection the code states); a function that does not return
    the client but builds one from its parameter (``def count(region):
    return make_client(region).list_assets(...)``) is looked into, a few
    calls deep.  The id is the string literal the client's region was read
    from (in this module, or another one's, which the engine places there)."""
    inf = facts.inferrer
    index = facts.index
    within: Dict[tuple, List[V.RegionRef]] = {}
    for call, scope in index.calls:
        if not call.args and type(call.func) is not cst.Attribute:
            continue  # f(): nothing passed; obj.method() may read what obj was built with
        ctx = V.Context(scope)
        callee = inf.callee(call, ctx)
        if isinstance(callee, V.ClassRef) and call.args:
            # Studio("cn-south-1") with __init__ building the client from its parameter
            init = next((c.methods["__init__"] for c in inf.mro(callee.info) if "__init__" in c.methods), None)
            callee = V.FuncRef(init, bound_self=callee.info) if init is not None else callee
        if not isinstance(callee, V.FuncRef) or not (call.args or callee.bound_self is not None):
            continue
        # build_client(region) for each region a loop or comprehension runs
        # over: {site: build_client(region) for site, region in SITES.items()}
        # (evaluated unbound, the argument is unknown and the parameter's
        # default would stand in for it)
        bound = False
        for name, element in _loop_bound_arguments(call, scope, index):
            for choice in inf.element_choices(element, ctx) or ():
                bound = True
                yield from _of_call(inf, call, callee, V.Context(scope, {name: choice}), 0, within)
        # _build(SITES[site]), _build(SITES.get(site)): the key is not stated, so each entry of the
        # dict may be the one passed (a lazily filled client cache)
        for arg, choices in _entry_arguments(call, inf, ctx):
            for choice in choices:
                bound = True
                yield from _of_call(inf, call, callee, ctx, 0, within, _bound_with(inf, callee, call, ctx, arg, choice))
        if not bound:
            yield from _of_call(inf, call, callee, ctx, 0, within)
    # pool.map(count, REGIONS), map(count, REGIONS): count(region) for each element
    for call, scope, fn, params in index.mapped_functions:
        ctx = V.Context(scope)
        callee = inf.infer(fn, ctx)
        if not isinstance(callee, V.FuncRef) or callee.scope.kind != "function":
            continue
        for pos, element in params:
            for choice in inf.element_choices(element, ctx) or ():
                # the element as the pos-th positional argument (bind_args skips the unknown ones before it)
                env = inf.bind_args(callee, None, ctx, [V.UNKNOWN] * pos + [choice])
                yield from _within(inf, callee.scope, env, 0, within)


MAX_WITHIN_DEPTH = 3  # calls followed into functions that build a client from a parameter


def _of_call(inf: V.Inferrer, call: cst.Call, callee: V.Value, ctx: V.Context, depth: int,
             within: "Dict[tuple, List[V.RegionRef]]",
             env: "Optional[Dict[str, V.Value]]" = None) -> List[V.RegionRef]:
    """The region literals a call of the code's own function makes a client
    or region of: from its result, else from the calls inside the callee
    that its string arguments reach (``_within``).  ``env``: the callee's
    parameters bound otherwise than from the call's arguments as written."""
    function = callee if isinstance(callee, V.FuncRef) and callee.scope.kind == "function" else None
    if env is None:
        made = inf.infer(call, ctx)
    else:
        made = inf.function_result(function.scope, env, ctx.depth) if function is not None else V.UNKNOWN
    ref = _literal_region(made)
    if ref is not None:
        return [ref]
    if call.args and function is not None:
        return list(_within(inf, function.scope, env if env is not None else inf.bind_args(function, call, ctx),
                            depth, within))
    return []


def _entry_arguments(call: cst.Call, inf: V.Inferrer, ctx: V.Context) -> "Iterator[Tuple[cst.Arg, List[V.Value]]]":
    """Arguments that pick an entry of a dict of strings the code states by a key it does not
    (``SITES[site]``, ``SITES.get(site)``), each with the strings the dict holds."""
    for arg in call.args:
        node = arg.value
        if arg.star:
            continue
        if type(node) is cst.Subscript and len(node.slice) == 1 and type(node.slice[0].slice) is cst.Index:
            owner, key = node.value, node.slice[0].slice.value
        elif type(node) is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value == "get" \
                and node.args and not node.args[0].keyword:
            owner, key = node.func.value, node.args[0].value
        else:
            continue
        if isinstance(inf.infer(key, ctx), V.Const):
            continue  # a stated key: the call's own evaluation reads that entry
        table = inf.infer(owner, ctx)
        if not isinstance(table, V.Container) or table.sequence or len(table.entries) > V.MAX_ENTRIES:
            continue
        strings: List[V.Value] = [v for _, v in table.entries if isinstance(v, V.Const) and isinstance(v.value, str)]
        if strings:
            yield arg, strings


def _bound_with(inf: V.Inferrer, callee: V.FuncRef, call: cst.Call, ctx: V.Context, arg: cst.Arg,
                value: V.Value) -> "Dict[str, V.Value]":
    """The callee's parameters bound from ``call``, with ``value`` for the one ``arg`` is passed to."""
    if arg.keyword is not None:
        env = inf.bind_args(callee, call, ctx)
        env[arg.keyword.value] = value
        return env
    written = [a.value for a in positional_args(call)]
    return inf.bind_args(callee, None, ctx, [value if node is arg.value else node for node in written])


def _within(inf: V.Inferrer, scope: Any, env: "Dict[str, V.Value]", depth: int,
            within: "Dict[tuple, List[V.RegionRef]]") -> Iterator[V.RegionRef]:
    """The region literals that the calls in ``scope`` (a function evaluated
    with ``env``) make clients or regions of from the strings ``env`` binds."""
    strings = {name for name, v in env.items() if isinstance(v, V.Const) and isinstance(v.value, str)}
    if not strings or depth > MAX_WITHIN_DEPTH:
        return
    key = (id(scope), V.env_key({name: env[name] for name in strings}))
    held = within.get(key)
    if held is None:
        held = within[key] = []
        ctx = V.Context(scope, env)
        for call in scope.calls:
            if any(type(a.value) is cst.Name and a.value.value in strings for a in call.args):
                held.extend(_of_call(inf, call, inf.callee(call, ctx), ctx, depth + 1, within))
    yield from held


def _literal_region(made: "V.Value") -> "Optional[V.RegionRef]":
    """The region literal a call's result (a region, client or builder) was made from."""
    ref = made if isinstance(made, V.RegionRef) else getattr(made, "region", None) \
        if isinstance(made, (V.Client, V.Builder)) else None
    if isinstance(ref, V.RegionRef) and ref.region_id and not ref.choices \
            and type(ref.node) in (cst.SimpleString, cst.ConcatenatedString):
        return ref
    return None


def _loop_bound_arguments(call: cst.Call, scope: Any, index: Any) -> "Iterator[Tuple[str, Element]]":
    """Names passed to ``call`` that its own scope binds only as targets of
    ``for`` loops or comprehensions, each with the loop's element that holds
    the call (the only one there is, when one loop binds it), and the
    parameters of a lambda a ``map()`` runs over a collection."""
    ordinal = index.call_ordinal.get(id(call))
    mapped = dict(index.mapped.get(id(scope.node), ())) if scope.kind == "lambda" else {}
    for arg in call.args:
        if type(arg.value) is not cst.Name or arg.star:
            continue
        if arg.value.value in mapped:  # a parameter of a lambda that a map() runs over a collection
            yield arg.value.value, mapped[arg.value.value]
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
