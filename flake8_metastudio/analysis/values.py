"""What an expression evaluates to, as far as the linter cares: a MetaStudio
client (and its region), a client builder, a region, a request object, an
executor, a limiter or semaphore, a function of this module, a constant.

Inference is flow-insensitive within a scope (a name is what any of its
assignments makes it), follows parameters through the bindings of the call
being evaluated, ``self.x`` through every method of the class, and function
return values through their ``return`` statements.
"""
import ast
import math
import re
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Mapping, Optional, Sequence, Set, Tuple, cast

import libcst as cst

from flake8_metastudio.analysis.index import ClassInfo, Element, ModuleIndex, Scope, Scoped
from flake8_metastudio.analysis.syntax import (arg_value, children, concatenated_parts, dotted_name, keyword_arg,
                                               last_name, positional_args, string_value, walk)

from flake8_metastudio import knowledge as K
from flake8_metastudio.knowledge import CLIENT_CLASSES, CORE_ROOT, HTTP_CLIENTS, SDK_ROOT

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.linking import Linker
    from flake8_metastudio.catalog import Catalog, SdkMethod

# a MetaStudio host: not the start of another one (...huaweicloud.com.evil.example) nor the
# user part of one (...huaweicloud.com@evil.example)
ENDPOINT_HOST = re.compile(r"(?<![\w.-])metastudio(?:-api)?\.([a-z]{2,}(?:-[a-z0-9]+)+)\.(?:my)?huaweicloud\.(?:com|cn)"
                           r"(?![\w.@-])", re.I)
DURATIONS = {"SECOND": 1.0, "MINUTE": 60.0, "HOUR": 3600.0, "DAY": 86400.0, "WEEK": 604800.0}


class Value:
    """Values are compared by ``key()`` (memoisation, recursion guards): never
    by ``id()``, which Python reuses once an object is gone."""
    __slots__ = ()
    kind = "value"

    def key(self) -> tuple:
        return (self.kind,)


class Unknown(Value):
    __slots__ = ()
    kind = "unknown"


UNKNOWN: Value = Unknown()


class RegionRef(Value):
    __slots__ = ("region_id", "node", "how", "choices")
    kind = "region"

    def __init__(self, region_id: Optional[str], node: Any, how: str,
                 choices: "Tuple[RegionRef, ...]" = ()) -> None:
        self.region_id = region_id  # None when not resolvable
        self.node = node  # the literal (for MST202)
        self.how = how
        # a client taken from a container with a key the code does not state:
        # each region it may be in (region_id is None then)
        self.choices = choices

    def key(self) -> tuple:
        return ("region", self.region_id, tuple(c.region_id for c in self.choices))


class Client(Value):
    __slots__ = ("flavor", "region", "how")
    kind = "client"

    def __init__(self, flavor: str, region: Optional[RegionRef], how: str) -> None:
        self.flavor = flavor  # sync | async
        self.region = region
        self.how = how

    def key(self) -> tuple:
        return ("client", self.flavor, self.region.region_id if self.region else None)


class Builder(Value):
    __slots__ = ("flavor", "region")
    kind = "builder"

    def __init__(self, flavor: str, region: "Optional[RegionRef]") -> None:
        self.flavor = flavor
        self.region = region

    def key(self) -> tuple:
        return ("builder", self.flavor, self.region.region_id if self.region else None)


class Request(Value):
    __slots__ = ("method", "node")
    kind = "request"

    def __init__(self, method: "SdkMethod", node: Any) -> None:
        self.method = method
        self.node = node

    def key(self) -> tuple:
        return ("request", self.method.name)


class Executor(Value):
    __slots__ = ("workers", "label", "pool", "size_node")
    kind = "executor"

    def __init__(self, workers: Optional[int], label: str, pool: "Optional[K.Pool]" = None,
                 size_node: Any = None) -> None:
        self.workers = workers  # int, or None when unknown
        self.label = label
        self.pool = pool  # the knowledge row: which methods hand work over
        # the integer literal written in the constructor that bounds it (fixes lower it), else None
        self.size_node = size_node

    def hands_over(self, method: str) -> bool:
        """Whether ``pool.method(...)`` runs work on this pool."""
        if self.pool is None:
            return method in K.SUBMIT_METHODS or method in K.MAP_METHODS
        return method in self.pool.submits or method in self.pool.maps

    def key(self) -> tuple:
        return ("executor", self.workers, self.label)


class Limiter(Value):
    __slots__ = ("cap", "label")
    kind = "limiter"

    def __init__(self, cap: Optional[float], label: str) -> None:
        self.cap = cap  # calls per second, or None: throttles by an unknown rate
        self.label = label

    def key(self) -> tuple:
        return ("limiter", self.cap, self.label)


class Semaphore(Value):
    __slots__ = ("n", "label")
    kind = "semaphore"

    def __init__(self, n: Any, label: str) -> None:
        self.n = n
        self.label = label

    def key(self) -> tuple:
        return ("semaphore", self.n)


class FuncRef(Value):
    __slots__ = ("scope", "bound_self", "partial_args", "partial_kwargs", "closure", "undecorated", "receiver")
    kind = "func"

    def __init__(self, scope: Scope, bound_self: Optional[ClassInfo] = None, partial_args: Tuple[Any, ...] = (),
                 partial_kwargs: Optional[Dict[str, Any]] = None, closure: Optional[Dict[str, Value]] = None,
                 undecorated: bool = False, receiver: "Optional[Instance]" = None) -> None:
        self.scope = scope
        self.bound_self = bound_self  # ClassInfo when a bound method
        self.partial_args = partial_args
        self.partial_kwargs = partial_kwargs or {}
        # values of the enclosing function's names (a wrapper made by a decorator sees its ``fn``)
        self.closure = closure or {}
        self.undecorated = undecorated  # the function itself, not what its decorators made of it
        # the instance a bound method was read from, when the call that made it is known
        # (SINGAPORE = Service("ap-southeast-3"); SINGAPORE.create(row)): its self is that one
        self.receiver = receiver

    def key(self) -> tuple:
        return ("func", id(self.scope), self.undecorated,
                tuple(sorted((k, _value_key(v)) for k, v in self.closure.items())),
                self.receiver.key() if self.receiver is not None else None)


class SdkMethodRef(Value):
    __slots__ = ("client", "method", "suffix", "node")
    kind = "sdkmethod"

    def __init__(self, client: "Optional[Client]", method: "SdkMethod", suffix: str, node: Any) -> None:
        self.client = client
        self.method = method
        self.suffix = suffix
        self.node = node

    def key(self) -> tuple:
        return ("sdkm", self.method.name, self.client.key() if self.client else None)


class ClassRef(Value):
    __slots__ = ("info",)
    kind = "class"

    def __init__(self, info: ClassInfo) -> None:
        self.info = info

    def key(self) -> tuple:
        return ("class", self.info.name, id(self.info))  # ClassInfo lives as long as the module


class Instance(Value):
    __slots__ = ("info", "how", "made")
    kind = "instance"

    def __init__(self, info: ClassInfo, how: str = "", made: "Optional[Tuple[cst.Call, Context]]" = None) -> None:
        self.info = info
        self.how = how or "%s instance" % info.name  # where it comes from, for explain
        # the constructor call that made this one (and where it was evaluated), when it
        # passes arguments: its fields are what that call gives (Site("sg", "ap-southeast-3"))
        self.made = made

    def key(self) -> tuple:
        if self.made is not None:
            return ("instance", self.info.name, id(self.info), id(self.made[0]), env_key(self.made[1].env))
        return ("instance", self.info.name, id(self.info))


class Symbol(Value):
    """An imported name, by qualified name."""
    __slots__ = ("qn",)
    kind = "symbol"

    def __init__(self, qn: str) -> None:
        self.qn = qn

    def key(self) -> tuple:
        return ("symbol", self.qn)


class Const(Value):
    __slots__ = ("value", "node")
    kind = "const"

    def __init__(self, value: Any, node: Any = None) -> None:
        self.value = value
        self.node = node

    def key(self) -> tuple:
        return ("const", type(self.value).__name__, repr(self.value)[:200])


class Url(Value):
    """A string partly computed at run time: known parts, None for the rest."""
    __slots__ = ("parts", "node")
    kind = "url"

    def __init__(self, parts: List[Optional[str]], node: Any = None) -> None:
        self.parts = parts
        self.node = node

    def key(self) -> tuple:
        return ("url", tuple(self.parts))


class HttpClient(Value):
    """A requests.Session, httpx.Client/AsyncClient or aiohttp.ClientSession."""
    __slots__ = ("lib", "is_async", "base")
    kind = "http"

    def __init__(self, lib: str, is_async: bool, base: Optional[List[Optional[str]]] = None) -> None:
        self.lib = lib
        self.is_async = is_async
        self.base = base  # Url parts of base_url, or None

    def key(self) -> tuple:
        return ("http", self.lib, self.is_async, tuple(self.base or ()))


class Seq(Value):
    """A literal list/tuple/set (or range) whose length is known."""
    __slots__ = ("length", "items")
    kind = "seq"

    def __init__(self, length: Optional[int], items: Optional[Sequence[Any]] = None) -> None:
        self.length = length
        self.items = items

    def key(self) -> tuple:
        return ("seq", self.length)


class Container(Value):
    """A dict, list or tuple holding objects the linter follows (clients,
    instances): each entry's key (a constant, or None when the code does not
    state it) and value.  ``view`` says what iterating it yields: "keys"
    (a dict), "values" (a list, ``d.values()``) or "items" (``d.items()``)."""
    __slots__ = ("entries", "length", "name", "view", "node", "sequence")
    kind = "container"

    def __init__(self, entries: List[Tuple[Any, "Value"]], length: Optional[int], name: str, view: str,
                 node: Any, sequence: bool = False) -> None:
        self.entries = entries
        self.length = length  # None when entries are added at run time
        self.name = name  # how the code names it (CLIENTS), for messages
        self.view = view
        self.node = node
        self.sequence = sequence  # a list or tuple: keys are positions

    def key(self) -> tuple:
        return ("container", self.view, self.length, tuple((repr(k)[:50], _value_key(v)) for k, v in self.entries))

    def at(self, key: Any) -> "Value":
        """The entry under a constant key (a position for lists), else UNKNOWN."""
        if self.sequence:
            if isinstance(key, int) and not isinstance(key, bool) and self.length is not None \
                    and -self.length <= key < self.length:
                return self.entries[key][1]
            return UNKNOWN
        for k, v in self.entries:
            if k == key and k is not None:
                return v
        return UNKNOWN

    def any_entry(self, shown: str) -> "Value":
        """What an entry picked by a key the code does not state is: a client
        in each region the entries are in, or the one value all entries share."""
        values = [v for _, v in self.entries if v is not UNKNOWN]
        if not values:
            return UNKNOWN
        if all(isinstance(v, Client) for v in values):
            return merge_clients([v for v in values if isinstance(v, Client)], shown)
        if len(values) != len(self.entries):
            return UNKNOWN  # the key may pick an entry the code does not state
        first = values[0]
        return first if all(v.key() == first.key() for v in values) else UNKNOWN


def merge_clients(clients: "List[Client]", shown: str) -> "Client":
    """One client that may be any of ``clients`` (one per region)."""
    regions: List[RegionRef] = []
    for c in clients:
        refs = (c.region.choices or (c.region,)) if c.region is not None else (RegionRef(None, None, "default"),)
        for r in refs:
            if all(r.region_id != seen.region_id for seen in regions):
                regions.append(r)
    if len(regions) == 1:
        only = regions[0]
        return Client(clients[0].flavor, only if only.region_id else clients[0].region,
                      "%s (%s)" % (shown, clients[0].how))
    ids = ", ".join(r.region_id or "the default region" for r in regions)
    ref = RegionRef(None, None, "%s: one of %s" % (shown, ids), choices=tuple(regions))
    return Client(clients[0].flavor, ref, "%s (a client in %s)" % (shown, ids))


class Frame(Value):
    """A pandas DataFrame or Series: its ``apply``/``map`` run a function per row."""
    __slots__ = ()
    kind = "frame"


FRAME: Value = Frame()


class TaskApp(Value):
    """A Celery application: ``@app.task`` makes queued tasks."""
    __slots__ = ()
    kind = "taskapp"


def region_from_endpoint(text: str) -> Optional[str]:
    m = ENDPOINT_HOST.search(text or "")
    return m.group(1).lower() if m else None


class Context:
    """Where an expression is evaluated: its scope, and the values bound to
    parameters by the call being evaluated (for context-sensitive analysis)."""
    __slots__ = ("scope", "env", "depth")

    def __init__(self, scope: Scope, env: Optional[Dict[str, Value]] = None, depth: int = 0) -> None:
        self.scope = scope
        self.env = env or {}
        self.depth = depth


MAX_DEPTH = 12


class Inferrer:
    def __init__(self, index: ModuleIndex, catalog: "Catalog") -> None:
        self.index = index
        self.catalog = catalog
        # (expression, scope, bindings) -> (value, how far below it the
        # inference went); the value of an inference cut short by MAX_DEPTH
        # is kept under ((expression, scope, bindings), depth): exact answers
        # are shared, and no answer depends on what happened to be inferred first
        self._memo: Dict[Any, Any] = {}
        self._reach = 0  # deepest context depth the inference in progress reached
        self._cut = False  # ... whether it hit MAX_DEPTH
        self._cycle = False  # ... whether it met itself (a cycle), so depends on the way in
        self._active: Set[tuple] = set()
        self.sdk_star = any(s.startswith(SDK_ROOT) for s in index.root.star_imports)
        self.core_star = any(s.startswith(CORE_ROOT) for s in index.root.star_imports)
        # whole-project analysis (analysis/linking.py): what names imported from
        # the project's own modules are; None: this module alone
        self.linker: "Optional[Linker]" = None
        self.scope_of: Mapping[int, Scope] = index.scope_of  # the linker adds other modules' scopes
        # (id(expr), id(scope)) -> qualified name: the evaluator asks for every
        # call it meets, and the region and provider rules ask again for each
        self._qualnames: Dict[Tuple[int, int], Tuple[Any, Optional[str]]] = {}
        # (module index, name) -> entries by scope (_item_sets_of); the indexes live as long as the run
        self._item_groups: Dict[Tuple[int, str], Tuple[Dict[int, list], list]] = {}
        self._item_picks: Dict[Tuple[str, int], Tuple[Scope, Tuple[tuple, ...]]] = {}  # (name, scope) -> its entries
        self._registered: Dict[Tuple[int, str], List["FuncRef"]] = {}  # decorator, parameter -> what it decorates
        self._annotations: Dict[str, Optional[cst.BaseExpression]] = {}  # string annotation -> its expression
        self._enum_members: Set[int] = set()  # literals an Enum member is assigned (the trees outlive the analysis)

    # -- qualified names -----------------------------------------------------
    def qualname(self, expr: Any, scope: Scope) -> Optional[str]:
        """Qualified name of an imported symbol expression (``ms.MetaStudioClient``
        -> "huaweicloudsdkmetastudio.v1.MetaStudioClient")."""
        key = (id(expr), id(scope))
        held = self._qualnames.get(key)
        # the entry holds expr, so its id is not reused while listed; a
        # temporary node (a parsed string annotation) is checked by identity
        if held is not None and held[0] is expr:
            return held[1]
        found = self._qualname(expr, scope)
        self._qualnames[key] = (expr, found)
        return found

    def _qualname(self, expr: Any, scope: Scope) -> Optional[str]:
        name = dotted_name(expr)
        if name is None:
            return None
        head, _, rest = name.partition(".")
        s = scope
        while s is not None:
            if head in s.imports:
                base = s.imports[head]
                qn = base + ("." + rest if rest else "")
                return self.linker.canonical(qn) if self.linker is not None else qn
            if self.linker is not None and head in s.rel_imports:
                target = self.linker.relative(s, s.rel_imports[head])
                if target is not None:
                    return self.linker.canonical(target + ("." + rest if rest else ""))
            if head in s.assigns or head in s.params or head in s.functions or head in s.classes:
                return None
            s = s.parent
        # star imports: names the SDK exports
        if self.sdk_star and (head in CLIENT_CLASSES or head == "MetaStudioRegion"
                              or self.catalog.for_request(head) is not None or head[:1].isupper()):
            return SDK_ROOT + ".v1." + name
        if self.core_star and head[:1].isupper():
            return CORE_ROOT + "." + name
        return "<builtin>." + name if head in _BUILTINS else None

    # -- entry point ---------------------------------------------------------
    def infer(self, expr: Any, ctx: Context) -> Value:
        """What ``expr`` is in ``ctx``, memoised: each expression is inferred
        once per scope and bindings (at most once per depth when the depth
        bound cuts it short), so chains of names assigned from one another,
        or of functions returning one another's results, cost their size."""
        if expr is None:
            return UNKNOWN
        if ctx.depth > MAX_DEPTH:
            self._cut = True
            return UNKNOWN
        return self._memoised((id(expr), id(ctx.scope), env_key(ctx.env)), ctx.depth, self._infer, expr, ctx)

    def _memoised(self, key, depth, compute, *args) -> Value:
        """``compute(*args)``, kept under ``key`` as described in ``__init__``."""
        memo = self._memo
        hit = memo.get(key)
        if hit is not None and depth + hit[1] <= MAX_DEPTH:
            # an exact answer, reached without the bound from here too
            if depth + hit[1] > self._reach:
                self._reach = depth + hit[1]
            return hit[0]
        cut_key = (key, depth)
        if cut_key in memo:
            self._cut = True
            return memo[cut_key]
        if key in self._active:
            self._cycle = True
            return UNKNOWN
        outer = (self._reach, self._cut, self._cycle)
        self._reach, self._cut, self._cycle = depth, False, False
        self._active.add(key)
        try:
            # (a RecursionError goes up to deep.deep_retry, which runs the
            # whole analysis again on a deep stack: an UNKNOWN here would
            # silently lose what callers of this value find)
            value = compute(*args)
        finally:
            self._active.discard(key)
        reach, cut, cycle = self._reach, self._cut, self._cycle
        if not cycle:
            if cut:
                memo[cut_key] = value
            else:
                memo[key] = (value, reach - depth)
        self._reach = max(outer[0], reach)
        self._cut = outer[1] or cut
        self._cycle = outer[2] or cycle
        return value

    def _infer(self, expr: Any, ctx: Context) -> Value:
        tp = type(expr)
        if tp is cst.Name:
            return self.infer_name(expr.value, ctx, expr)
        if tp is cst.Attribute:
            return self.infer_attribute(expr, ctx)
        if tp is cst.Call:
            return self.infer_call(expr, ctx)
        if tp is cst.Subscript:
            return self.infer_subscript(expr, ctx)
        if tp is Element:
            return self.element_of(self.infer(expr.iterable, ctx), expr.path)
        if tp is Scoped:
            return self.infer(expr.value, Context(expr.scope, depth=ctx.depth + 1))
        if tp is cst.Dict:
            return self._dict_literal(expr, ctx)
        if tp in (cst.DictComp, cst.ListComp, cst.SetComp, cst.GeneratorExp):
            return self._comprehension(expr, ctx)
        if tp is cst.Integer or tp is cst.Float:
            try:
                text = expr.value.replace("_", "")
                return Const(int(text, 0) if tp is cst.Integer else float(text), expr)
            except ValueError:
                return UNKNOWN
        if tp is cst.SimpleString:
            s = string_value(expr)
            return Const(s, expr) if s is not None else UNKNOWN
        if tp is cst.ConcatenatedString:  # "https://host" f"/v1/{pid}/..."
            s = string_value(expr)
            if s is not None:
                return Const(s, expr)
            parts = []
            sub = Context(ctx.scope, ctx.env, ctx.depth + 1)
            for piece in concatenated_parts(expr):
                parts.extend(_as_parts(self.infer(piece, sub)))
            return Url(parts, expr) if any(p is not None for p in parts) else UNKNOWN
        if tp is cst.FormattedString:
            return self._fstring(expr, ctx)
        if tp in (cst.List, cst.Tuple, cst.Set):
            if any(isinstance(e, cst.StarredElement) for e in expr.elements):
                return UNKNOWN
            items = [e.value for e in expr.elements]
            if tp is not cst.Set and len(items) <= MAX_ENTRIES:
                values = [self.infer(item, ctx) for item in items]
                if any(_followed(v) for v in values):
                    return Container(list(enumerate(values)), len(values), _shown(expr), "values", expr,
                                     sequence=True)
            return Seq(len(expr.elements), items)
        if tp is cst.BinaryOperation:
            return self._binop(expr, ctx)
        if tp is cst.UnaryOperation:
            v = self.infer(expr.expression, ctx)
            if isinstance(v, Const) and isinstance(v.value, (int, float)) and not isinstance(v.value, bool):
                if isinstance(expr.operator, cst.Minus):
                    return Const(-v.value, expr)
                if isinstance(expr.operator, cst.Plus):
                    return v
            return UNKNOWN
        if tp is cst.BooleanOperation:
            left = self.infer(expr.left, ctx)
            if left is not UNKNOWN and not isinstance(left, Const) and not _regionless(left):
                return left
            right = self.infer(expr.right, ctx)
            return _either(left, right)
        if tp is cst.IfExp:
            body = self.infer(expr.body, ctx)
            if body is not UNKNOWN and not (isinstance(body, Const) and body.value is None) and not _regionless(body):
                return body  # a constant stays the first branch's (``5 if fast else 1``)
            return _either(body, self.infer(expr.orelse, ctx))
        if tp is cst.Await:
            return self.infer(expr.expression, ctx)
        if tp is cst.Lambda:
            scope = self.scope_of.get(id(expr))
            return FuncRef(scope) if scope is not None else UNKNOWN
        if tp is cst.NamedExpr:
            return self.infer(expr.value, ctx)
        return UNKNOWN

    def _fstring(self, expr: cst.FormattedString, ctx: Context) -> Value:
        """The text of an f-string, or its known and unknown parts; an interpolated empty string
        is a default the deployment fills in (``project_id: str = ""`` of a settings class), so unknown."""
        parts: List[Optional[str]] = []
        for piece in expr.parts:
            if isinstance(piece, cst.FormattedStringText):
                parts.append(piece.value)
            elif isinstance(piece, cst.FormattedStringExpression):
                v = self.infer(piece.expression, Context(ctx.scope, ctx.env, ctx.depth + 1))
                if isinstance(v, Const) and isinstance(v.value, (str, int)) and v.value != "" \
                        and not piece.format_spec and not piece.conversion:
                    parts.append(str(v.value))
                elif isinstance(v, Url):
                    parts.extend(v.parts)
                else:
                    parts.append(None)
        known = [p for p in parts if p is not None]
        if len(known) == len(parts):
            return Const("".join(known), expr)
        return Url(parts, expr)

    def _format(self, template: str, call: cst.Call, ctx: Context) -> Value:
        """str.format on a literal template: placeholders filled where the
        arguments are known."""
        positional = [a.value for a in positional_args(call)]
        named = {a.keyword.value: a.value for a in call.args if a.keyword is not None}
        parts, auto = [], 0
        for piece in re.split(r"(\{[^{}]*\})", template):
            if not (piece.startswith("{") and piece.endswith("}")):
                parts.append(piece)
                continue
            field = piece[1:-1].split(":", 1)[0].split("!", 1)[0]
            if field == "":
                node = positional[auto] if auto < len(positional) else None
                auto += 1
            elif field.isdigit():
                node = positional[int(field)] if int(field) < len(positional) else None
            else:
                node = named.get(field)
            got = self.url_parts(node, ctx) if node is not None else None
            parts.extend(got if got is not None and got != [""] else [None])
        if all(p is not None for p in parts):
            return Const("".join(parts), call)
        return Url(parts, call)

    def url_parts(self, expr: Any, ctx: Context) -> Optional[List[Optional[str]]]:
        """Known and computed parts of a string expression (None: nothing known)."""
        v = self.infer(expr, ctx)
        if isinstance(v, Const) and isinstance(v.value, str):
            return [v.value]
        if isinstance(v, Url):
            return list(v.parts)
        return None

    def _binop(self, expr: Any, ctx: Context) -> Value:
        sub = Context(ctx.scope, ctx.env, ctx.depth + 1)  # a long a + b + c ... chain is deep
        left = self.infer(expr.left, sub)
        right = self.infer(expr.right, sub)
        op = type(expr.operator)
        if op is cst.Add:
            left_text = isinstance(left, Url) or (isinstance(left, Const) and isinstance(left.value, str))
            right_text = isinstance(right, Url) or (isinstance(right, Const) and isinstance(right.value, str))
            partial = isinstance(left, Url) or isinstance(right, Url) or left_text != right_text
            if (left_text or right_text) and partial:
                # "https://metastudio..." + path, BASE + "/v1/..." with BASE computed
                return Url(_as_parts(left) + _as_parts(right), expr)
        if op is cst.Modulo and isinstance(left, Const) and isinstance(left.value, str):
            return Url(_percent_parts(left.value), expr)
        if not (isinstance(left, Const) and isinstance(right, Const)):
            return UNKNOWN
        a, b = left.value, right.value
        op = type(expr.operator)
        if isinstance(a, str) and isinstance(b, str) and op is cst.Add:
            return Const(a + b, expr)
        if isinstance(a, bool) or isinstance(b, bool):
            return UNKNOWN
        if not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
            return UNKNOWN
        a, b = _bounded(a), _bounded(b)
        try:
            if op is cst.Add:
                r = a + b
            elif op is cst.Subtract:
                r = a - b
            elif op is cst.Multiply:
                r = a * b
            elif op is cst.Divide:
                r = a / b
            elif op is cst.FloorDivide:
                r = a // b
            elif op is cst.Modulo:
                r = a % b
            elif op is cst.Power:
                # never build huge integers: 10 ** 10 ** 10 must not hang the linter
                r = math.pow(float(a), float(b))
                if r.is_integer() and abs(r) < 2 ** 53 and isinstance(a, int) and isinstance(b, int):
                    r = int(r)
            else:
                return UNKNOWN
        except (ZeroDivisionError, OverflowError, ValueError):
            return Const(float("inf"), expr) if op is cst.Power else UNKNOWN
        if isinstance(r, int) and abs(r) > 10 ** 18:
            r = math.inf if r > 0 else -math.inf  # large enough to mean "unbounded"
        return Const(r, expr)

    # -- containers ----------------------------------------------------------------
    def _dict_literal(self, expr: cst.Dict, ctx: Context) -> Value:
        """A dict literal of clients (or other followed objects); UNKNOWN otherwise."""
        if len(expr.elements) > MAX_TABLE:
            return UNKNOWN
        sub = ctx  # parts of the expression: no deeper than it
        # key -> (key, value) in order, a later entry replacing an earlier one of the same
        # stated key (entries of a key the code does not state are each their own)
        held: Dict[Any, Tuple[Any, Value]] = {}
        for i, e in enumerate(expr.elements):
            if isinstance(e, cst.StarredDictElement):  # {**CN_CLIENTS, "sg": ...}: that dict's entries
                merged = self.infer(e.value, sub)
                if not (isinstance(merged, Container) and not merged.sequence and merged.length is not None):
                    return UNKNOWN
                for j, (mk, mv) in enumerate(merged.entries):
                    slot = ("stated", mk) if mk is not None else ("unstated", i, j)
                    held.pop(slot, None)
                    held[slot] = (mk, mv)
                continue
            if not isinstance(e, cst.DictElement):
                return UNKNOWN
            key = self.infer(e.key, sub)
            k = key.value if isinstance(key, Const) else None
            slot = ("stated", _hashable(k)) if k is not None else ("unstated", i, 0)
            held.pop(slot, None)
            held[slot] = (k, self.infer(e.value, sub))
        entries = list(held.values())
        if not any(_followed(v) for _, v in entries):
            if entries and all(k is not None and (isinstance(v, Const) or v is UNKNOWN) for k, v in entries) \
                    and any(isinstance(v, Const) for _, v in entries):
                # a table of constants (ACTIONS = {"purge": "delete_product"}, a settings dict
                # METASTUDIO = {"REGION": "cn-east-3", "AK": os.environ["MS_AK"]}): its entries by
                # key, as many as it states (a name changed in place loses the count: _infer_assigned)
                return Container(entries, len(entries), _shown(expr), "keys", expr)
            return UNKNOWN
        return Container(entries, len(entries), _shown(expr), "keys", expr)

    def _comprehension(self, expr: Any, ctx: Context, pairs: bool = False) -> Value:
        """``{r: build(r) for r in REGIONS}``, ``[build(r) for r in ...]``: one
        entry per element of a literal iterable (each evaluated with the target
        bound to it), or one entry of unknown key otherwise.  ``pairs``: the
        elements are ``(key, value)`` tuples that ``dict(...)`` makes a dict of.
        An ``if`` may drop entries: those kept are the same, their number unknown."""
        f = expr.for_in
        if f.inner_for_in is not None:
            return UNKNOWN
        is_dict = isinstance(expr, cst.DictComp)
        key_node = expr.key if is_dict else None
        value_node = expr.value if is_dict else expr.elt
        if pairs:
            elt = expr.elt
            if not isinstance(elt, cst.Tuple) or len(elt.elements) != 2 \
                    or any(isinstance(e, cst.StarredElement) for e in elt.elements):
                return UNKNOWN
            is_dict, key_node, value_node = True, elt.elements[0].value, elt.elements[1].value
        sub = ctx  # parts of the expression: no deeper than it
        source = self.infer(f.iter, sub)
        names = _target_names(f.target)
        elements = self.stated_elements(source, sub) or []
        if names is not None and len(names) == 1:
            # one name over .items(): a pair the code reads by index (not followed further)
            elements = [UNKNOWN if isinstance(e, Pair) else e for e in elements]
        entries: List[Tuple[Any, Value]] = []
        length: Optional[int] = None
        if elements and names is not None and len(names) in (1, 2):
            for element in elements:
                env = dict(ctx.env)
                if len(names) == 2:  # k, v of .items(); name, region of [("bj", "cn-north-4"), ...]
                    first, second = self._part(element, 0, ctx), self._part(element, 1, ctx)
                    if first is None or second is None:
                        entries = []  # an element the target cannot unpack: the entries are not all known
                        break
                    env[names[0]], env[names[1]] = first, second
                else:
                    env[names[0]] = element
                bound = Context(ctx.scope, env, ctx.depth + 1)
                value = self.infer(value_node, bound)
                key = self.infer(key_node, bound) if is_dict else None
                entries.append((key.value if isinstance(key, Const) else None, value))
            # a table of constants keeps its entries but not a stated length (see _dict_literal)
            counted = not isinstance(source, Container) or source.length is not None
            length = len(entries) if not f.ifs and counted else None
        if not entries:
            entries = [(None, self.infer(value_node, sub))]
            length = None
        if not any(_followed(v) for _, v in entries):
            return UNKNOWN
        if not is_dict:
            entries = [(i if length is not None else None, v) for i, (_, v) in enumerate(entries)]
        return Container(entries, length, _shown(expr), "keys" if is_dict else "values", expr,
                         sequence=not is_dict and length is not None)

    def _dict_of_pairs(self, arg: Any, ctx: Context) -> Value:
        """``dict(zip(NAMES, CLIENTS))``, ``dict((k, build(v)) for k, v in ...)``:
        the dict those pairs make (UNKNOWN when the code does not state them)."""
        if isinstance(arg, (cst.GeneratorExp, cst.ListComp)):
            return self._comprehension(arg, ctx, pairs=True)
        if not (isinstance(arg, cst.Call) and self.qualname(arg.func, ctx.scope) == "<builtin>.zip"
                and len(arg.args) == 2 and all(a.keyword is None and not a.star for a in arg.args)):
            return UNKNOWN
        keys, values = (self.infer(a.value, ctx) for a in arg.args)
        if isinstance(values, Container) and values.sequence and values.length is not None:
            items = [v for _, v in values.entries]
        elif isinstance(values, Seq) and values.items is not None and len(values.items) <= MAX_ENTRIES:
            items = [self.infer(item, ctx) for item in values.items]
        else:
            return UNKNOWN
        if not (isinstance(keys, Seq) and keys.items is not None):
            return UNKNOWN
        names = [self.infer(item, ctx) for item in keys.items[:len(items)]]
        entries = [(k.value if isinstance(k, Const) else None, v) for k, v in zip(names, items)]
        if not any(_followed(v) for _, v in entries):
            return UNKNOWN
        return Container(entries, len(entries), "dict(zip(...))", "keys", arg)

    def infer_subscript(self, expr: cst.Subscript, ctx: Context) -> Value:
        sub = ctx  # parts of the expression: no deeper than it
        owner = self.infer(expr.value, sub)
        if isinstance(owner, Frame):
            return owner  # df["col"], df[mask]: still a frame or series
        if not isinstance(owner, Container) or len(expr.slice) != 1 or not isinstance(expr.slice[0].slice, cst.Index):
            return UNKNOWN
        key_node = expr.slice[0].slice.value
        return self.entry(owner, self.infer(key_node, sub), "%s[%s]" % (_shown(expr.value), _shown(key_node)))

    def entry(self, container: "Container", key: Value, shown: str) -> Value:
        """``container[key]`` / ``container.get(key)``: the entry of a constant
        key, else whatever any entry may be (a client in each of their regions)."""
        if isinstance(key, Const):
            got = container.at(key.value)
            if isinstance(got, Client):
                return Client(got.flavor, got.region, "%s (%s)" % (shown, got.how))
            if got is not UNKNOWN or container.length is not None:
                return got
        return container.any_entry(shown)

    def element_of(self, iterable: Value, path: Tuple[int, ...]) -> Value:
        """One element of what a ``for`` iterates over (at ``path`` when the
        target unpacks): an entry of a container, a constant of a literal."""
        if isinstance(iterable, Container):
            if iterable.view == "items" and path[:1] == (1,) and len(path) == 1:
                return iterable.any_entry("an entry of %s" % iterable.name)
            if iterable.view == "values" and not path:
                return iterable.any_entry("an entry of %s" % iterable.name)
            if iterable.view in ("keys", "items") and path in ((), (0,)) and (path == (0,)) == (iterable.view == "items"):
                keys = {repr(k) for k, _ in iterable.entries}
                first = iterable.entries[0][0] if iterable.entries else None
                return Const(first) if len(keys) == 1 and first is not None else UNKNOWN
            return UNKNOWN
        return UNKNOWN

    def stated_elements(self, source: Value, ctx: Context) -> Optional[List[Value]]:
        """Each element of an iterable the code states in full: the items of a
        literal list or tuple, the values, keys or (key, value) pairs (``Pair``)
        of a stated container (``_stated``); None when it does not say them all,
        or there are more than MAX_ENTRIES.  What a ``for`` target or a
        comprehension's takes in turn."""
        if isinstance(source, Seq) and source.items is not None and len(source.items) <= MAX_ENTRIES:
            return [self.infer(item, ctx) for item in source.items]
        if isinstance(source, Seq) and source.items is not None and len(source.items) <= MAX_TABLE:
            # a long list of few values (a region per site): each value once
            distinct: Dict[Any, Value] = {}
            for item in source.items:
                value = self.infer(item, ctx)
                distinct.setdefault(value.key(), value)
                if len(distinct) > MAX_ENTRIES:
                    return None
            return list(distinct.values())
        if isinstance(source, Container) and _stated(source):
            if source.view == "values":
                return [v for _, v in source.entries]
            keys = [Const(k) if k is not None else UNKNOWN for k, _ in source.entries]
            if source.view == "keys":
                return keys
            if source.view == "items":
                return [Pair(k, v) for k, (_, v) in zip(keys, source.entries)]
        return None

    def element_choices(self, element: Element, ctx: Context) -> Optional[List[Value]]:
        """Each value a ``for`` target takes when the loop runs over a
        collection the code states in full (``for r in ("cn-north-4", ...)``,
        ``for site, region in SITES.items()`` with ``SITES`` a dict literal,
        ``for name, region in [("bj", "cn-north-4"), ...]``): None when it does not."""
        elements = self.stated_elements(self.infer(element.iterable, ctx), ctx)
        if elements is None:
            return None
        out: List[Value] = []
        for value in elements:
            part: Optional[Value] = value
            for i in element.path:  # the part of the element this target unpacks
                part = self._part(part, i, ctx) if part is not None else None
            if part is None:
                return None
            out.append(part)
        return out

    def _part(self, value: Value, i: int, ctx: Context) -> Optional[Value]:
        """Part ``i`` of an element a target unpacks: of a (key, value) pair, of a
        literal tuple or list; None when the code does not say."""
        if isinstance(value, Pair):
            return (value.first, value.second)[i] if i < 2 else None
        if isinstance(value, Seq) and value.items is not None:
            return self.infer(value.items[i], ctx) if i < len(value.items) else None
        if isinstance(value, Container) and value.sequence and value.length is not None:
            return value.entries[i][1] if i < len(value.entries) else None
        return None

    def _container_call(self, owner: "Container", meth: str, call: cst.Call, ctx: Context) -> Value:
        if meth == "get":
            arg = arg_value(call, 0, "key")
            return self.entry(owner, self.infer(arg, ctx) if arg is not None else UNKNOWN,
                              "%s.get(%s)" % (owner.name, _shown(arg)))
        if meth in ("values", "items", "keys") and not owner.sequence:
            return Container(owner.entries, owner.length, owner.name, meth, owner.node)
        if meth == "copy":
            return owner
        return UNKNOWN

    # -- names -----------------------------------------------------------------
    def infer_name(self, name: str, ctx: Context, node: Any = None) -> Value:
        if name in ctx.env:
            return ctx.env[name]
        scope = ctx.scope
        first = True
        while scope is not None:
            if scope.kind == "class" and not first:
                scope = scope.parent  # class bodies do not enclose their methods
                continue
            if name in scope.globals:
                while scope.parent is not None:  # the module of this scope (maybe another module's)
                    scope = scope.parent
                continue
            if name in scope.params and first:
                passed = self.infer_param(scope, name, ctx)
                if name in scope.assigns and (passed is UNKNOWN or _regionless(passed) or (
                        isinstance(passed, Const) and passed.value is None)):
                    # ``if client is None: client = build_client()``: the factory's client, with its region
                    key = ("name", id(scope), name, env_key(ctx.env))
                    built = self._memoised(key, ctx.depth, self._infer_assigned, scope, name, ctx)
                    if isinstance(built, Client) and not _regionless(built):
                        return built
                    if built is not UNKNOWN and not isinstance(passed, Client):
                        # ``service = service or Service()``: the object the body makes when none is passed
                        return built
                return passed
            if name in scope.params:
                return self.infer_param(scope, name, Context(scope, depth=ctx.depth + 1))
            if name in scope.imports or (self.linker is not None and name in scope.rel_imports):
                qn = scope.imports[name] if name in scope.imports else cast("Linker", self.linker).relative(
                    scope, scope.rel_imports[name])
                imported = self.imported(qn, ctx.depth) if qn is not None else UNKNOWN
                # a module importing a name from itself (or round a cycle) that it
                # also defines: the definition is what the name is when called
                if not ((name in scope.assigns or name in scope.classes) and self._unresolved_in_project(imported, qn)):
                    return imported
            if name in scope.assigns or name in scope.annotations:
                sub = ctx if first else Context(scope, depth=ctx.depth + 1)
                # once per name, not once per use: a name assigned n times from
                # one assigned n times ... costs n per name, not n**2
                key = ("name", id(scope), name, env_key(sub.env) if first else ())
                return self._memoised(key, sub.depth, self._infer_assigned, scope, name, sub)
            if name in scope.classes:
                return ClassRef(scope.classes[name])
            if scope.parent is None and self.linker is not None:
                got = self.linker.star(scope, name, self, ctx.depth)  # from a project module's *
                if got is not None:
                    return got
            scope = scope.parent
            first = False
        if name in ("None", "True", "False"):
            return UNKNOWN  # not a name a star import brings
        qn = self.qualname(cst.Name(name), self.index.root) if (self.sdk_star or self.core_star) else None
        return Symbol(qn) if qn else UNKNOWN

    def _unresolved_in_project(self, got: Value, qn: Optional[str]) -> bool:
        """Whether an import gave nothing although it names a project module's name."""
        if qn is None:
            return True
        return isinstance(got, Symbol) and got.qn == qn and self.linker is not None and self.linker.in_project(qn)

    def imported(self, qn: str, depth: int) -> Value:
        """An imported name: what the project module defining it makes it
        (through the linker), else the symbol (a library's, or unresolved)."""
        if self.linker is not None:
            got = self.linker.symbol(qn, self, depth)
            if got is not None:
                return got
        return Symbol(qn)

    def _infer_assigned(self, scope: Scope, name: str, ctx: Context) -> Value:
        """A client or other object if any assignment makes the name one; a
        constant or literal sequence only if every assignment agrees."""
        best: Value = UNKNOWN
        literals: List[Optional[Value]] = []
        got: Value
        for v in scope.assigns.get(name, []):
            if v is None:
                literals.append(None)
                continue
            if isinstance(v, cst.FunctionDef):
                fs = self.scope_of.get(id(v))
                got = FuncRef(fs) if fs is not None else UNKNOWN
            else:
                got = self.infer(v, Context(ctx.scope, ctx.env, ctx.depth + 1))
            if isinstance(got, Client):
                return got
            if isinstance(got, (Const, Seq)) or got is UNKNOWN:
                literals.append(got if got is not UNKNOWN else None)
            elif best is UNKNOWN:
                best = got
        index = self.index_of(scope)  # the module's that assigns it (maybe another one)
        if name in index.item_sets:
            filled = self._filled_container(scope, name, best, ctx)
            if filled is not None:
                return filled
        if isinstance(best, Container) and (best.name != name or name in index.mutated_names):
            # SITES.update(...) somewhere: the entries stated are not all it holds
            length = None if name in index.mutated_names else best.length
            best = Container(best.entries, length, name, best.view, best.node, best.sequence)
        if best is not UNKNOWN:
            return best
        # every assignment a constant or literal sequence (None: something else)
        stated = [c for c in literals if isinstance(c, (Const, Seq))]
        if literals and len(stated) == len(literals) and name not in index.mutated_names:
            first = stated[0]
            same = all(c.value == first.value if isinstance(c, Const) and isinstance(first, Const)
                       else isinstance(c, Seq) and isinstance(first, Seq) and c.length == first.length
                       for c in stated)
            if same:
                return first
            return UNKNOWN
        ann = scope.annotations.get(name)
        if ann is not None:
            return self.from_annotation(ann, scope)
        return UNKNOWN

    def _filled_container(self, scope: Scope, name: str, built: Value, ctx: Context) -> "Optional[Container]":
        """The container ``name`` holds with the entries the code adds to it
        (``CLIENTS["sg"] = build(SINGAPORE)`` in an ``init()``, ``.append``)."""
        entries = list(built.entries) if isinstance(built, Container) else []
        keyed = isinstance(built, Container) and not built.sequence
        added = False
        for key_node, value_node, where in self._item_sets_of(scope, name):
            sub = Context(where, ctx.env if where is scope else None, ctx.depth + 1)
            value = self.infer(value_node, sub) if value_node is not None else UNKNOWN
            keyed = keyed or key_node is not None
            if value is UNKNOWN and type(value_node) is cst.Name and value_node.value in where.params:
                # HANDLERS[kind] = fn in a decorator: the table holds the functions it decorates
                registered = self.decorated_with(where, value_node.value)
                entries.extend((None, f) for f in registered)
                added = added or bool(registered)
                continue
            key = self.infer(key_node, sub) if key_node is not None else UNKNOWN
            entries.append((key.value if isinstance(key, Const) else None, value))
            added = added or _followed(value)
        if not added and not isinstance(built, Container):
            return None
        return Container(entries, None, name, "keys" if keyed else "values", None)  # entries added at run time

    def decorated_with(self, decorator: Scope, param: str) -> List["FuncRef"]:
        """The functions ``decorator`` is applied to when ``param`` is its
        first parameter: those written under ``@decorator``, or under
        ``@factory(...)`` when ``decorator`` is defined in ``factory`` (``@on("room.closed")``),
        in its module and in the project modules this analysis has loaded."""
        key = (id(decorator), param)
        held = self._registered.get(key)
        if held is not None:
            return held
        found: List[FuncRef] = []
        self._registered[key] = found  # a decorator that registers itself: no loop
        order = decorator.param_order
        if decorator.kind == "function" and order and order[0] == param:
            indexes = [self.index_of(decorator)]
            if self.linker is not None:
                indexes += [m.index for m in list(self.linker.loaded.values()) if m.index is not indexes[0]]
            for index in indexes:
                for fn in index.functions:
                    for d in fn.decorators:
                        callee = d.func if type(d) is cst.Call else d
                        got = self.infer(callee, Context(fn.parent or fn))
                        if isinstance(got, FuncRef) and (got.scope is decorator or (
                                type(d) is cst.Call and decorator.parent is got.scope)):
                            found.append(FuncRef(fn))
                            break
        return found

    def index_of(self, scope: Scope) -> ModuleIndex:
        """The index of the module ``scope`` belongs to: this one's, or a project module's."""
        if self.linker is None:
            return self.index
        owner = self.linker.owner(scope)
        return owner.index if owner is not None else self.index

    def _item_sets_of(self, scope: Scope, name: str) -> Tuple[tuple, ...]:
        """The entries the module adds to ``name`` that are ``scope``'s
        variable: those added in ``scope``, and where no other variable of
        that name is bound; picked once per scope, not at each inference (a
        long module adds to ``out`` in hundreds of functions)."""
        index = self.index_of(scope)
        groups = self._item_groups.get((id(index), name))
        if groups is None:
            # (position, entry), grouped once per name: by the scope that binds
            # the name itself, or free (the name is a variable of an enclosing scope)
            own: Dict[int, list] = {}
            free: list = []
            for i, entry in enumerate(index.item_sets.get(name, ())):
                where = entry[2]
                if name in where.assigns or name in where.params:
                    own.setdefault(id(where), []).append((i, entry))
                else:
                    free.append((i, entry))
            groups = self._item_groups[(id(index), name)] = (own, free)
        held = self._item_picks.get((name, id(scope)))
        if held is not None and held[0] is scope:
            return held[1]
        own_entries = groups[0].get(id(scope), ())
        picked = tuple(entry for _, entry in sorted(list(own_entries) + groups[1], key=lambda p: p[0])) \
            if own_entries else tuple(entry for _, entry in groups[1])
        self._item_picks[(name, id(scope))] = (scope, picked)  # the scope held: its id() is not reused
        return picked

    def infer_param(self, scope: Scope, name: str, ctx: Context) -> Value:
        param = scope.params[name]
        if param.annotation is not None:
            v = self.from_annotation(param.annotation.annotation, scope)
            if isinstance(v, Client) and v.region is None and param.default is not None:
                # ``client: MetaStudioClient = Depends(get_client)``: the provider knows the region
                injected = self.infer(param.default, Context(scope.parent or scope, depth=ctx.depth + 1))
                if isinstance(injected, Client):
                    return injected
            if isinstance(v, Instance) and _is_enum(v.info) and param.default is not None:
                # region: Region = Region.SHANGHAI: the member the default names
                member = self.infer(param.default, Context(scope.parent or scope, depth=ctx.depth + 1))
                if member is not UNKNOWN:
                    return member
            if v is not UNKNOWN:
                return v
        if scope.method_of is not None and scope.param_order and scope.param_order[0] == name:
            decos = {dotted_name(d) for d in scope.decorators}
            if "staticmethod" not in decos:
                return Instance(scope.method_of) if "classmethod" not in decos else ClassRef(scope.method_of)
        if param.default is not None:
            v = self.infer(param.default, Context(scope.parent or scope, depth=ctx.depth + 1))
            if v is not UNKNOWN:
                return v
        return UNKNOWN

    @staticmethod
    def _plain_self(scope: Scope) -> bool:
        """The first parameter of an ordinary method, unannotated."""
        first = scope.params.get(scope.param_order[0]) if scope.param_order else None
        decos = {dotted_name(d) for d in scope.decorators}
        return first is not None and first.annotation is None and not decos & {"staticmethod", "classmethod"}

    def _type_alias(self, name: str, scope: Scope, aliases: int) -> Value:
        """What an annotation names through a type alias of the module (a name
        assigned once, to a type expression); UNKNOWN otherwise."""
        if aliases >= MAX_ALIASES:
            return UNKNOWN
        where: Optional[Scope] = scope
        while where is not None and name not in where.assigns:
            where = where.parent
        values = where.assigns.get(name) if where is not None else None
        if not values or len(values) != 1 or type(values[0]) not in _TYPE_EXPRESSIONS:
            return UNKNOWN
        return self.from_annotation(values[0], where, aliases + 1)  # type: ignore[arg-type]

    def _string_annotation(self, text: Optional[str]) -> Optional[cst.BaseExpression]:
        """The expression a string annotation holds, parsed once per text; None
        when Python cannot compile it or LibCST could not take its nesting
        (guard.py: 2,000 nested ``Optional[`` crash LibCST's parser)."""
        if not text or len(text) > MAX_ANNOTATION:
            return None
        if text in self._annotations:
            return self._annotations[text]
        from flake8_metastudio import guard

        parsed: Optional[cst.BaseExpression] = None
        try:
            tree = compile(text.strip(), "<annotation>", "eval", ast.PyCF_ONLY_AST, dont_inherit=True)
            if guard.too_deep(tree, source=text) is None:
                parsed = cst.parse_expression(text.strip())
        except Exception:  # SyntaxError (too many nested parentheses too), ValueError, RecursionError
            parsed = None
        self._annotations[text] = parsed
        return parsed

    def from_annotation(self, ann: Any, scope: Scope, aliases: int = 0) -> Value:
        """A client or request class named by an annotation (also Optional[...],
        X | None, Union[...], string annotations, and a name the module binds to
        one of those: ``SvcAlias: TypeAlias = Optional[Svc]``; ``aliases``: how
        many such names were followed to get here)."""
        if isinstance(ann, (cst.SimpleString, cst.ConcatenatedString)):
            parsed = self._string_annotation(string_value(ann))
            if parsed is None:
                return UNKNOWN
            ann = parsed
        if isinstance(ann, cst.Subscript):
            for el in ann.slice:
                if isinstance(el.slice, cst.Index):
                    v = self.from_annotation(el.slice.value, scope, aliases)
                    if v is not UNKNOWN:
                        return v
            return UNKNOWN
        if isinstance(ann, cst.BinaryOperation) and isinstance(ann.operator, cst.BitOr):
            v = self.from_annotation(ann.left, scope, aliases)
            return v if v is not UNKNOWN else self.from_annotation(ann.right, scope, aliases)
        local = dotted_name(ann)
        if local is not None and "." not in local:
            info = self.index.lookup_class(local, scope)
            if info is not None:
                return Instance(info, "annotated %s" % local)
            aliased = self._type_alias(local, scope, aliases)
            if aliased is not UNKNOWN:
                return aliased
        qn = self.qualname(ann, scope)
        if qn is None:
            name = dotted_name(ann)
            # a bare name in a string annotation that was only imported under TYPE_CHECKING
            qn = (SDK_ROOT + "." + name) if name and name.split(".")[-1] in CLIENT_CLASSES else None
        if qn is None:
            return UNKNOWN
        if self.linker is not None and not qn.startswith(SDK_ROOT):
            # a class of another project module (``svc: VideoService`` imported from services/)
            linked = self.linker.symbol(qn, self, 0)
            if isinstance(linked, ClassRef):
                return Instance(linked.info, "annotated %s" % K.leaf(qn))
        leaf = K.leaf(qn)
        if qn.startswith(SDK_ROOT) and leaf in CLIENT_CLASSES:
            return Client(CLIENT_CLASSES[leaf], None, "parameter annotated %s" % leaf)
        if qn in HTTP_CLIENTS:
            return HttpClient(*HTTP_CLIENTS[qn])
        if qn.startswith(SDK_ROOT):
            method = self.catalog.for_request(leaf)
            if method is not None:
                return Request(method, ann)
        return UNKNOWN

    # -- attributes ----------------------------------------------------------
    def infer_attribute(self, expr: cst.Attribute, ctx: Context) -> Value:
        # Region.SHANGHAI.value: the member is its constant, whose .value member() answers
        owner = self.infer(expr.value, Context(ctx.scope, ctx.env, ctx.depth + 1))
        return self.member(owner, expr.attr.value, expr, ctx)

    def member(self, owner: Value, attr: str, node: Any, ctx: Context) -> Value:
        """``owner.attr``, also reached as ``getattr(owner, "attr")``: the one
        place that says what an attribute of a receiver is.  A class the code
        defines answers with its own method or attribute, whatever its name
        (a wrapper named like the SDK method it wraps); only a client (or a
        class deriving from the SDK's client) answers with an SDK method."""
        if isinstance(owner, Symbol):
            qn = owner.qn + "." + attr
            if self.linker is not None:  # module.name of a project module
                linked = self.linker.symbol(qn, self, ctx.depth)
                if linked is not None:
                    return linked
            if owner.qn.endswith("MetaStudioRegion") and owner.qn.startswith(SDK_ROOT) and attr.isupper():
                return RegionRef(attr.lower().replace("_", "-"), node, "MetaStudioRegion.%s" % attr)
            if owner.qn.endswith("Duration") and attr in DURATIONS:
                return Const(DURATIONS[attr], node)
            return Symbol(qn)
        if isinstance(owner, (Instance, ClassRef)):
            got = self.class_attribute(owner.info, attr, ctx, owner)
            if got is UNKNOWN and isinstance(owner, Instance):
                client = self.client_base(owner.info)
                if client is not None:
                    owner = client
        if isinstance(owner, Client):
            method, suffix = self.catalog.split(attr)
            if method is not None:
                return SdkMethodRef(owner, method, suffix, node)
            return UNKNOWN
        if isinstance(owner, (Instance, ClassRef)):
            return got
        if isinstance(owner, Frame):
            return owner  # df.column, df.loc: still a frame
        if isinstance(owner, Const) and attr == "value" and id(owner.node) in self._enum_members:
            return owner  # region.value, region a parameter defaulting to Region.SHANGHAI
        return UNKNOWN

    def base_qualnames(self, info: ClassInfo) -> Iterator[str]:
        """The qualified names of the bases of a class of the code and of its
        ancestors the code defines (``requests.Session``, ``threading.Thread``,
        the SDK's client class): what it derives from outside the code."""
        for cls in self.mro(info):
            for base in cls.bases:
                qn = self.qualname(base, cls.scope.parent or cls.scope)
                if qn:
                    yield qn

    def client_base(self, info: ClassInfo) -> Optional[Client]:
        """A client when the class derives from the SDK's client class."""
        for qn in self.base_qualnames(info):
            if qn.startswith(SDK_ROOT) and K.leaf(qn) in CLIENT_CLASSES:
                return Client(CLIENT_CLASSES[K.leaf(qn)], None, "%s (derives from %s)" % (info.name, K.leaf(qn)))
        return None

    def is_user_class(self, v: Value) -> bool:
        """An instance (or class) of a class the code defines that is not a client."""
        return isinstance(v, (Instance, ClassRef)) and not (isinstance(v, Instance)
                                                           and self.client_base(v.info) is not None)

    def class_attribute(self, info: ClassInfo, attr: str, ctx: Context, owner: Optional[Value] = None) -> Value:
        for cls in self.mro(info):
            if attr in cls.methods:
                method = cls.methods[attr]
                decos = {dotted_name(d) for d in method.decorators}
                if "property" in decos or "cached_property" in decos or "functools.cached_property" in decos:
                    this = owner if isinstance(owner, Instance) and owner.info is info else Instance(info)
                    return self.function_result(method, {method.param_order[0]: this}
                                                if method.param_order else {}, ctx.depth + 1)
                receiver = owner if isinstance(owner, Instance) and owner.made is not None \
                    and owner.info is info else None
                return FuncRef(method, bound_self=info, receiver=receiver)
            entries = cls.attrs.get(attr)
            if not entries:
                continue
            best = by_type = UNKNOWN
            for value, where, ann in entries:
                got = UNKNOWN
                if value is not None:
                    got = self.infer(value, Context(where, depth=ctx.depth + 1))
                    if (got is UNKNOWN or isinstance(got, Client)) and where.name == "__init__" \
                            and where.method_of is cls:
                        # built in __init__ from its parameters: with what each constructor call passes
                        built = self._client_per_instantiation(info, cls, where, value, ctx.depth + 1,
                                                               _made(owner))
                        if built is not UNKNOWN:
                            got = built
                    if where.kind == "function" and (got is UNKNOWN or _regionless(got) or _interface(got)
                                                     or _hostless(got)):
                        # self.client = client: what the constructor calls pass (with its region); for a
                        # parameter typed with a Protocol or ABC, the implementation they pass
                        passed = self._from_instantiation(cls, where, value, ctx.depth + 1, _made(owner))
                        if passed is not UNKNOWN and not (_regionless(passed) and got is not UNKNOWN):
                            got = passed
                if where.kind == "class" and ann is not None and (got is UNKNOWN or not isinstance(got, Client)):
                    # a dataclass field: what the constructor is given for it
                    passed = self._field_argument(cls, attr, ctx.depth + 1, _made(owner))
                    if passed is not UNKNOWN:
                        got = passed
                if got is UNKNOWN and ann is not None:
                    # only the type: what another method assigns says more (self._session: ClientSession
                    # | None = None in __init__, the session with its base_url made in __aenter__)
                    typed = self.from_annotation(ann, where)
                    if typed is not UNKNOWN and by_type is UNKNOWN:
                        by_type = typed
                    continue
                if isinstance(got, Const) and where.kind == "class" and _is_enum(cls):
                    self._enum_members.add(id(got.node))  # region.value of this member: the same constant
                if isinstance(got, Client):
                    return got
                if got is not UNKNOWN and best is UNKNOWN:
                    best = got
            if best is UNKNOWN:
                best = by_type
            if best is not UNKNOWN:
                return best
        # a proxy: def __getattr__(self, name): return getattr(self._client, name)
        for cls in self.mro(info):
            hook = cls.methods.get("__getattr__")
            if hook is not None and len(hook.param_order) == 2:
                env = {hook.param_order[0]: owner if isinstance(owner, Instance) else Instance(info),
                       hook.param_order[1]: Const(attr)}
                return self.function_result(hook, env, ctx.depth + 1)
        return UNKNOWN

    def _field_argument(self, cls: ClassInfo, attr: str, depth: int,
                        made: "Optional[Tuple[cst.Call, Context]]" = None) -> Value:
        """The argument a dataclass-style constructor call passes for field ``attr``
        (``made``: the call that made the instance at hand, else the first that says)."""
        if depth > MAX_DEPTH or not (cls.instantiations or made) or "__init__" in cls.methods:
            return UNKNOWN
        fields = [name for name, entries in cls.attrs.items()
                  if any(where is cls.scope and ann is not None for _, where, ann in entries)]
        if attr not in fields:
            return UNKNOWN
        pos = fields.index(attr)
        if made is not None:
            arg = arg_value(made[0], pos, attr)
            return self.infer(arg, Context(made[1].scope, made[1].env, depth + 1)) if arg is not None else UNKNOWN
        for call, scope in cls.instantiations:
            arg = arg_value(call, pos, attr)
            if arg is not None:
                got = self.infer(arg, Context(scope, depth=depth + 1))
                if got is not UNKNOWN:
                    return got
        return UNKNOWN

    def mro(self, info: ClassInfo) -> List[ClassInfo]:
        seen, out, todo = set(), [], [info]
        while todo:
            cls = todo.pop(0)
            if id(cls) in seen:
                continue
            seen.add(id(cls))
            out.append(cls)
            for base in cls.bases:
                b = self.index.lookup_class(base.value, cls.scope.parent) if isinstance(base, cst.Name) else None
                if b is None and self.linker is not None:  # a base class imported from another module
                    got = self.infer(base, Context(cls.scope.parent or cls.scope))
                    b = got.info if isinstance(got, ClassRef) else None
                if b is not None:
                    todo.append(b)
        return out

    def _client_per_instantiation(self, info: ClassInfo, cls: ClassInfo, init: Scope, value: Any,
                                  depth: int, made: "Optional[Tuple[cst.Call, Context]]" = None) -> Value:
        """The client ``value`` (written in ``init``) makes for the arguments of
        each constructor call (``Service(region="cn-east-3")``): one client, or
        one that may be in each of their regions; UNKNOWN when no call says.
        ``made``: the call that made the instance at hand, the only one that counts."""
        if len(init.param_order) < 2 or depth > MAX_DEPTH:
            return UNKNOWN
        # the constructor calls of the class and of the subclass, in every module the analysis reads
        linker = self.linker
        sites = (lambda c: c.instantiations) if linker is None else (lambda c: linker.instantiations(c, self))
        if made is not None:
            sites = lambda c: [(made[0], made[1].scope)] if c is info else []  # noqa: E731
        calls = [(call, Context(scope, depth=depth))
                 for call, scope in sites(cls) + (sites(info) if info is not cls else [])]
        overriding = next((c for c in self.mro(info) if c is not cls and "__init__" in c.methods), None) \
            if info is not cls else None
        if overriding is not None and cls in self.mro(overriding):
            # class SiteService(SiteBound): def __init__(self, site): super().__init__(site): the super
            # call runs this __init__, with what each constructor call of the subclass passes
            sub_init = overriding.methods["__init__"]
            outer = [self.bind_args(FuncRef(sub_init, bound_self=overriding), call, Context(scope, depth=depth))
                     for call, scope in sites(info)[:MAX_INSTANTIATIONS]] or [{}]
            calls = [(sup, Context(sub_init, env, depth + 1)) for sup in _super_init_calls(sub_init.node)
                     for env in outer]
        clients: List[Client] = []
        for call, call_ctx in calls[:MAX_INSTANTIATIONS]:
            if not call.args:
                continue
            env = self.bind_args(FuncRef(init, bound_self=cls), call, call_ctx)
            if not env:
                continue
            got = self.infer(value, Context(init, env, depth + 1))
            if isinstance(got, Client) and not _regionless(got):
                clients.append(got)
        if not clients:
            return UNKNOWN
        if all(c.key() == clients[0].key() for c in clients):
            return clients[0]
        return merge_clients(clients, "%s.%s" % (cls.name, _shown(value) if not isinstance(value, cst.Call) else "client"))

    def _from_instantiation(self, cls: ClassInfo, method: Scope, value: Any, depth: int,
                            made: "Optional[Tuple[cst.Call, Context]]" = None) -> Value:
        """``self.client = client`` in ``__init__``: what the module passes for it
        (``made``: what the call that made the instance at hand passes)."""
        if method.name != "__init__":
            return UNKNOWN
        names = [value] if isinstance(value, cst.Name) else []
        if isinstance(value, cst.BooleanOperation):
            names = [v for v in (value.left, value.right) if isinstance(v, cst.Name)]
        for n in names:
            pname = n.value
            if pname not in method.params or pname not in method.param_order:
                continue
            pos = method.param_order.index(pname) - 1  # minus self
            if made is not None and made[0].args:
                arg = arg_value(made[0], pos, pname)
                if arg is not None:
                    got = self.infer(arg, Context(made[1].scope, made[1].env, depth + 1))
                    if got is not UNKNOWN:
                        return got
            sites = cls.instantiations if self.linker is None else self.linker.instantiations(cls, self)
            for call, scope in sites:
                arg = arg_value(call, pos, pname)
                if arg is not None:
                    got = self.infer(arg, Context(scope, depth=depth + 1))
                    if got is not UNKNOWN:
                        return got
        if names or not any(type(n) is cst.Name and n.value in method.params for n in walk(value)):
            return UNKNOWN
        # self.base_url = base_url.rstrip("/") + "/": the expression with the parameters the
        # instance was made with (or, for an instance the code does not say, one of the module's)
        made_with = [made] if made is not None else [
            (call, Context(scope, depth=depth)) for call, scope in
            (cls.instantiations if self.linker is None else self.linker.instantiations(cls, self))[:MAX_INSTANTIATIONS]]
        for call, call_ctx in made_with:
            env = self.bind_args(FuncRef(method, bound_self=cls), call, call_ctx)
            got = self.infer(value, Context(method, env, depth + 1)) if env else UNKNOWN
            if got is not UNKNOWN:
                return got
        return UNKNOWN

    # -- calls -------------------------------------------------------------------
    def callee(self, call: cst.Call, ctx: Context) -> Value:
        return self.infer(call.func, Context(ctx.scope, ctx.env, ctx.depth + 1))

    def infer_call(self, call: cst.Call, ctx: Context) -> Value:
        func = call.func
        sub = Context(ctx.scope, ctx.env, ctx.depth + 1)
        # builder chains: X.new_builder().with_...().build(); each link is a part of the
        # expression, no deeper than it (a chain of five links is not five calls deep)
        if isinstance(func, cst.Attribute):
            meth = func.attr.value
            if meth == "new_builder":
                owner = self.infer(func.value, ctx)
                if isinstance(owner, Symbol) and owner.qn.startswith(SDK_ROOT):
                    leaf = K.leaf(owner.qn)
                    if leaf in CLIENT_CLASSES:
                        return Builder(CLIENT_CLASSES[leaf], None)
                return UNKNOWN
            if meth.startswith("with_") or meth == "build":
                owner = self.infer(func.value, ctx)
                if isinstance(owner, Builder):
                    if meth == "build":
                        return Client(owner.flavor, owner.region, "built with new_builder()")
                    if meth == "with_region":
                        arg = arg_value(call, 0, "region")
                        reg = self.infer(arg, sub)
                        region = reg if isinstance(reg, RegionRef) else RegionRef(None, arg, "with_region(...)")
                        return Builder(owner.flavor, region)
                    if meth in ("with_endpoint", "with_endpoints"):
                        arg = arg_value(call, 0, meth[5:])
                        found = self._endpoint_region(arg, sub)
                        return Builder(owner.flavor, found or owner.region)
                    return owner
        if isinstance(func, cst.Attribute) and func.attr.value in ("format", "get", "values", "items", "keys", "copy",
                                                                  "strip", "rstrip", "lstrip"):
            owner = self.infer(func.value, sub)
            if func.attr.value == "format" and isinstance(owner, Const) and isinstance(owner.value, str):
                return self._format(owner.value, call, sub)
            if func.attr.value.endswith("strip") and isinstance(owner, (Const, Url)):
                # base_url.rstrip("/"): the same host (of a URL whose parts are known, the same parts)
                chars = self.infer(call.args[0].value, sub) if len(call.args) == 1 else Const(None)
                if not (isinstance(chars, Const) and (chars.value is None or isinstance(chars.value, str))):
                    return UNKNOWN
                if isinstance(owner, Url):
                    return owner
                if isinstance(owner.value, str):
                    return Const(getattr(owner.value, func.attr.value)(chars.value), call)
            if isinstance(owner, Container):
                return self._container_call(owner, func.attr.value, call, sub)
        if type(func) is cst.Name and func.value in _BUILTINS_READ \
                and self.qualname(func, ctx.scope) == "<builtin>." + func.value:
            return self._symbol_call("<builtin>." + func.value, call, sub)
        target = self.callee(call, ctx)
        if isinstance(target, Frame):
            return target  # df.dropna(), df["a"].astype(str): a frame again
        if isinstance(target, Symbol):
            return self._symbol_call(target.qn, call, sub)
        if isinstance(target, FuncRef):
            env = self.bind_args(target, call, ctx)
            return self.function_result(target.scope, env, ctx.depth + 1)
        if isinstance(target, ClassRef):
            return Instance(target.info, "%s(...)" % target.info.name, made=(call, ctx) if call.args else None)
        name = last_name(func)
        if name and K.is_limiter_class(name):
            return Limiter(None, name)
        return UNKNOWN

    def _endpoint_region(self, arg: Any, ctx: Context) -> Optional[RegionRef]:
        v = self.infer(arg, ctx)
        if isinstance(v, Seq) and v.items:
            v = self.infer(v.items[0], ctx)
        if isinstance(v, Const) and isinstance(v.value, str):
            rid = region_from_endpoint(v.value)
            if rid:
                return RegionRef(rid, v.node, "endpoint %s" % v.value)
            return None
        return RegionRef(None, arg, "endpoint")

    def getattr_name(self, call: cst.Call, ctx: Context) -> Optional[str]:
        """NAME of ``getattr(obj, NAME[, default])`` when it is (or resolves to) a string constant."""
        if len(call.args) not in (2, 3) or any(a.star or a.keyword is not None for a in call.args):
            return None
        v = self.infer(call.args[1].value, ctx)
        return v.value if isinstance(v, Const) and isinstance(v.value, str) and v.value.isidentifier() else None

    def _symbol_call(self, qn: str, call: cst.Call, ctx: Context) -> Value:
        leaf = K.leaf(qn)
        if qn in K.DEPENDENCY_MARKERS:  # Depends(get_client): what the framework passes is the provider's result
            provider = self.infer(arg_value(call, K.DEPENDENCY_MARKERS[qn][1], K.DEPENDENCY_MARKERS[qn][0]), ctx)
            if isinstance(provider, FuncRef):
                return self.function_result(provider.scope, {}, ctx.depth + 1)
            return UNKNOWN
        if qn == "<builtin>.dict" and len(call.args) == 1 and call.args[0].keyword is None and not call.args[0].star:
            return self._dict_of_pairs(call.args[0].value, ctx)
        if qn == "<builtin>.dict" and call.args and all(a.keyword is not None for a in call.args):
            # dict(sg=build(SINGAPORE), sh=...): a dict literal by keywords
            entries = [(cast(cst.Name, a.keyword).value, self.infer(a.value, ctx)) for a in call.args]
            if len(entries) <= MAX_ENTRIES and any(_followed(v) for _, v in entries):
                return Container(entries, len(entries), "dict(...)", "keys", call)
            return UNKNOWN
        if qn in _NUMERIC_BUILTINS and call.args and all(a.keyword is None and not a.star for a in call.args):
            # time.sleep(max(0.01, delay)), min(5, BACKOFF), float("0.5"): worked out when the arguments are stated
            args = [self.infer(a.value, ctx) for a in call.args]
            consts = [a for a in args if isinstance(a, Const) and type(a.value) in (int, float, str)]
            if len(consts) == len(args):
                try:
                    got = _NUMERIC_BUILTINS[qn](*[a.value for a in consts])
                except (TypeError, ValueError, OverflowError):
                    return UNKNOWN
                if type(got) in (int, float) and not (isinstance(got, float) and got != got):
                    return Const(got, call)
            return UNKNOWN
        if qn == "<builtin>.getattr":
            name = self.getattr_name(call, ctx)
            if name is None:
                return UNKNOWN
            return self.member(self.infer(call.args[0].value, ctx), name, call, ctx)
        if qn in K.ENVIRONMENT_DEFAULTS:  # the default is what the code says; the variable may override it
            default = arg_value(call, *K.ENVIRONMENT_DEFAULTS[qn])
            stated = self.infer(default, ctx) if default is not None else UNKNOWN
            # ``os.environ.get("MS_PROJECT_ID", "")``: an empty default says "not set", not a value
            return UNKNOWN if isinstance(stated, Const) and stated.value in ("", None) else stated
        if qn in K.DATACLASS_FIELDS:
            default = keyword_arg(call, "default")
            if default is not None:
                return self.infer(default, ctx)
            factory = keyword_arg(call, "default_factory") or keyword_arg(call, "factory")
            made = self.infer(factory, ctx) if factory is not None else UNKNOWN
            if isinstance(made, ClassRef):
                return Instance(made.info, "%s() made by the field's default_factory" % made.info.name)
            if isinstance(made, FuncRef):
                return self.function_result(made.scope, {}, ctx.depth + 1)
            return UNKNOWN
        if qn.startswith(K.DATAFRAME_LIBRARIES):
            return FRAME
        if qn in K.CELERY_APPS:
            return TaskApp()
        if qn.startswith(SDK_ROOT):
            if leaf == "value_of" and "MetaStudioRegion" in qn:
                arg = arg_value(call, 0, "region_id")
                v = self.infer(arg, ctx)
                if isinstance(v, Const) and isinstance(v.value, str):
                    return RegionRef(v.value, v.node, "MetaStudioRegion.value_of(%r)" % v.value)
                return RegionRef(None, arg, "MetaStudioRegion.value_of(...)")
            method = self.catalog.for_request(leaf)
            if method is not None:
                return Request(method, call)
            return UNKNOWN
        if qn.startswith(CORE_ROOT) and leaf == "Region":
            arg = arg_value(call, 0, "id")
            v = self.infer(arg, ctx)
            if isinstance(v, Const) and isinstance(v.value, str):
                return RegionRef(v.value, v.node, "Region(%r, ...)" % v.value)
            endpoints = keyword_arg(call, "endpoints") or arg_value(call, 1, "endpoint")
            return self._endpoint_region(endpoints, ctx) or RegionRef(None, arg, "Region(...)")
        if qn in HTTP_CLIENTS:
            lib, is_async = HTTP_CLIENTS[qn]
            base = keyword_arg(call, "base_url")
            return HttpClient(lib, is_async, self.url_parts(base, ctx) if base is not None else None)
        if qn in ("urllib.parse.urljoin", "urlparse.urljoin", "posixpath.join"):
            parts: List[Optional[str]] = []
            for a in positional_args(call):
                got = self.url_parts(a.value, ctx)
                parts.extend(got if got is not None else [None])
            return Url(parts, call)
        kind = K.pool(qn)
        if kind is not None:
            return self._pool(kind, call, ctx)
        if K.is_semaphore(qn):
            arg = arg_value(call, 0, K.SEMAPHORES[qn])
            n = self.const_number(arg, ctx) if arg is not None else 1
            return Semaphore(_bound(n), "%s(%s)" % (leaf, n))
        if qn.startswith(K.AIOLIMITER) and leaf == "AsyncLimiter":
            rate = self.const_number(arg_value(call, 0, "max_rate"), ctx)
            period_node = arg_value(call, 1, "time_period")
            period = self.const_number(period_node, ctx) if period_node is not None else 60.0
            cap = rate / period if rate and period else None
            return Limiter(cap, "AsyncLimiter(%s, %s)" % (_fmt(rate), _fmt(period)))
        if qn.startswith(K.PYRATE_LIMITER) and leaf == "Limiter":
            return Limiter(self._pyrate_cap(call, ctx), "pyrate_limiter.Limiter")
        if qn in ("functools.partial",):
            first = arg_value(call, 0)
            inner = self.infer(first, ctx)
            if isinstance(inner, FuncRef):
                return FuncRef(inner.scope, inner.bound_self,
                               tuple(a.value for a in positional_args(call)[1:]),
                               {a.keyword.value: a.value for a in call.args if a.keyword is not None},
                               receiver=inner.receiver)
            return inner
        if K.is_limiter_class(leaf):
            return Limiter(None, leaf)
        return UNKNOWN

    def _pool(self, kind: K.Pool, call: cst.Call, ctx: Context) -> "Executor":
        """An executor/pool/task group, with the bound its constructor states."""
        workers = None
        literal = None
        if kind.size_keyword is not None:
            arg = arg_value(call, kind.size_position, kind.size_keyword)
            n = self.const_number(arg, ctx) if arg is not None else None
            if arg is None or (isinstance(arg, cst.Name) and arg.value == "None"):
                n = kind.default_size
            workers = _bound(n)
            if workers:
                shown = "%s(%s=%s)" % (kind.label, kind.size_keyword, _fmt(workers))
            elif arg is not None and n is not None and n < 0:  # joblib's n_jobs=-1
                shown = "%s(%s=%s: every core)" % (kind.label, kind.size_keyword, _fmt(n))
            else:
                shown = "%s()" % kind.label
            literal = arg if isinstance(arg, cst.Integer) else None
        else:
            shown = kind.label
        return Executor(workers, shown, kind, literal)

    def _pyrate_cap(self, call: cst.Call, ctx: Context) -> Optional[float]:
        caps = []
        for a in call.args:
            v = a.value
            items = v.elements if isinstance(v, (cst.List, cst.Tuple)) else [v]
            for item in items:
                node = getattr(item, "value", item)
                if isinstance(node, cst.Call):
                    qn = self.qualname(node.func, ctx.scope) or ""
                    leaf = K.leaf(qn)
                    if leaf in ("Rate", "RequestRate"):
                        limit = self.const_number(arg_value(node, 0, "limit"), ctx)
                        interval = self.const_number(arg_value(node, 1, "interval"), ctx)
                        if not limit or not interval:
                            continue
                        dur = arg_value(node, 1, "interval")
                        symbolic = isinstance(dur, cst.Attribute) and dur.attr.value in DURATIONS
                        # pyrate_limiter 3 counts plain intervals in milliseconds, 2 in seconds
                        seconds = interval if (symbolic or leaf == "RequestRate") else interval / 1000.0
                        caps.append(limit / seconds)
        return min(caps) if caps else None

    def const_number(self, expr: Any, ctx: Context) -> Optional[float]:
        """A number the code states; beyond 1e18 it is infinite for our purposes
        (``sleep(10**400)`` must not overflow anything)."""
        if expr is None:
            return None
        v = self.infer(expr, ctx)
        if isinstance(v, Const) and isinstance(v.value, (int, float)) and not isinstance(v.value, bool):
            n = v.value
            if isinstance(n, int) and abs(n) > 10 ** 18:
                return math.inf if n > 0 else -math.inf
            return n
        return None

    # -- functions -------------------------------------------------------------------
    def bind_args(self, ref: FuncRef, call: Optional[cst.Call], ctx: Context,
                  extra_args: Sequence[Any] = ()) -> Dict[str, Value]:
        """Values of the callee's parameters that matter (clients, requests,
        functions, executors...) from the call's arguments."""
        scope = ref.scope
        order = list(scope.param_order)
        env: Dict[str, Value] = dict(ref.closure)
        decos = {dotted_name(d) for d in scope.decorators} if ref.bound_self is not None else set()
        if "staticmethod" in decos:
            pass  # no self: the arguments bind from the first parameter
        elif ref.bound_self is not None and order and scope.method_of is not None:
            if "classmethod" in decos:
                env[order[0]] = ClassRef(ref.bound_self)  # cls(...) makes an instance
            elif ref.receiver is not None:
                env[order[0]] = ref.receiver  # the instance the method was read from: what it was made with
            elif not (ref.bound_self is scope.method_of and self._plain_self(scope)):
                env[order[0]] = Instance(ref.bound_self)
            # else: what the method's own ``self`` is anyway (infer_param), and
            # binding it would evaluate the method twice (as entry and as called)
            order = order[1:]
        args = list(ref.partial_args) + list(extra_args)
        if call is not None:
            args += [a.value for a in positional_args(call)]
        sub = Context(ctx.scope, ctx.env, ctx.depth + 1)
        for name, node in zip(order, args):
            v = self.infer(node, sub) if isinstance(node, cst.CSTNode) else node
            if v is not UNKNOWN:
                env[name] = v
        kwargs = dict(ref.partial_kwargs)
        if call is not None:
            kwargs.update({a.keyword.value: a.value for a in call.args if a.keyword is not None})
        for name, node in kwargs.items():
            if name in scope.params:
                v = self.infer(node, sub)
                if v is not UNKNOWN:
                    env[name] = v
        return env

    def function_result(self, scope: Scope, env: Optional[Dict[str, Value]], depth: int) -> Value:
        if scope is None:
            return UNKNOWN
        if depth > MAX_DEPTH:
            self._cut = True
            return UNKNOWN
        # once per function and bindings, however many places call it
        return self._memoised(("result", id(scope), env_key(env)), depth, self._function_result, scope, env, depth)

    def _function_result(self, scope: Scope, env, depth) -> Value:
        if scope.node is not None and isinstance(scope.node, cst.FunctionDef) and scope.node.returns is not None:
            v = self.from_annotation(scope.node.returns.annotation, scope)
            if isinstance(v, Client):
                v = Client(v.flavor, None, "returned by %s()" % scope.name)
            # keep looking at the body: it may know the region
            annotated = v
        else:
            annotated = UNKNOWN
        ctx = Context(scope, env, depth + 1)
        best = UNKNOWN
        for value in scope.returns:
            if value is None:
                continue
            got = self.infer(value, ctx)
            if isinstance(got, FuncRef) and got.scope is not None and got.scope.parent is scope and env:
                # a nested function returned (a decorator's wrapper): it keeps this call's bindings
                got = FuncRef(got.scope, got.bound_self, got.partial_args, got.partial_kwargs,
                              closure=dict(env), receiver=got.receiver)
            if isinstance(got, Client):
                return got
            if isinstance(got, Instance):
                got = Instance(got.info, "%s returned by %s()" % (got.how, scope.name), got.made)
            if got is not UNKNOWN and best is UNKNOWN:
                best = got
        return best if best is not UNKNOWN else annotated


def _number(text: Any, convert: Any) -> Any:
    """``float("0.5")``/``int("2")`` as Python reads them, but only of plain
    decimals (no ``"1_0"``, no 400-digit strings) and of numbers."""
    if isinstance(text, str):
        if len(text) > 40 or not re.fullmatch(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*", text):
            raise ValueError(text)
    return convert(text)


def _compare_numbers(pick: Any) -> Any:
    def picked(*values: Any) -> Any:
        if any(type(v) not in (int, float) for v in values) or len(values) < 2:
            raise TypeError("numbers only")
        return pick(values)
    return picked


_NUMERIC_BUILTINS = {"<builtin>.max": _compare_numbers(max), "<builtin>.min": _compare_numbers(min),
                     "<builtin>.float": lambda v: _number(v, float), "<builtin>.int": lambda v: _number(v, int),
                     "<builtin>.abs": lambda v: abs(v) if type(v) in (int, float) else _number("x", float)}


_BUILTINS_READ = frozenset({"getattr", "dict"} | {qn.split(".", 1)[1] for qn in _NUMERIC_BUILTINS})


def _hostless(v: Value) -> bool:
    """A URL whose start the code does not say (``base_url.rstrip("/") + "/"`` of a parameter)."""
    return isinstance(v, Url) and (not v.parts or v.parts[0] is None)


def _as_parts(v: Any) -> List[Optional[str]]:
    if isinstance(v, Const) and isinstance(v.value, str):
        return [v.value]
    if isinstance(v, Url):
        return list(v.parts)
    return [None]


def _percent_parts(template: str) -> List[Optional[str]]:
    parts = []
    for piece in re.split(r"(%[-#0 +]*\d*(?:\.\d+)?[sdrif])", template):
        parts.append(None if re.match(r"%[-#0 +]*\d*(?:\.\d+)?[sdrif]$", piece or "x") else piece)
    return parts


def _bounded(n: Any) -> Any:
    """Integers past 1e18 become infinities: no arithmetic on huge numbers."""
    if isinstance(n, int) and abs(n) > 10 ** 18:
        return math.inf if n > 0 else -math.inf
    return n


def _value_key(v: Any) -> tuple:
    return v.key() if isinstance(v, Value) else (type(v).__name__,)


def _bound(n: Optional[float]) -> Optional[int]:
    """A concurrency bound the code states (workers, permits), or None when it
    states none usable (missing, below 1, infinite)."""
    return int(n) if n is not None and 1 <= n < math.inf else None


def _fmt(x: Optional[float]) -> str:
    if x is None:
        return "?"
    if abs(x) >= 1e9:
        return "%.3g" % x  # 1e+100 workers, not a hundred digits
    return str(int(x)) if float(x).is_integer() else str(x)


MAX_ENTRIES = 64  # entries of a literal container followed one by one
# a literal table (a dict of handlers, a list of regions) read entry by entry up to
# this size; the distinct values of a longer stated list still count when few
MAX_TABLE = 4096
MAX_ALIASES = 8  # type aliases followed one into another
_TYPE_EXPRESSIONS = (cst.Name, cst.Attribute, cst.Subscript, cst.BinaryOperation, cst.SimpleString)
MAX_ANNOTATION = 10000  # characters of a string annotation read (a type longer than that is no client's)
MAX_INSTANTIATIONS = 8  # constructor calls read for what a class's __init__ builds


def _super_init_calls(func: Any) -> List[cst.Call]:
    """The ``super().__init__(...)`` calls written in a function (not in functions nested in it)."""
    out: List[cst.Call] = []
    stack = list(children(func.body)) if isinstance(func, cst.FunctionDef) else []
    while stack:
        node = stack.pop()
        if isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
            continue
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "__init__" \
                and isinstance(node.func.value, cst.Call) and isinstance(node.func.value.func, cst.Name) \
                and node.func.value.func.value == "super":
            out.append(node)
        stack.extend(children(node))
    return out


_FOLLOWED = (Client, Instance, ClassRef, FuncRef, SdkMethodRef, HttpClient, Executor, Container, RegionRef)


def _either(first: Value, second: Value) -> Value:
    """What ``a or b`` / ``a if c else b`` may be, when ``first`` says little
    (unknown, a constant such as a parameter's ``None`` default, or a client of
    an annotation, with no region): ``client or build_client()`` is the
    factory's client, with its region."""
    if second is UNKNOWN:
        return first
    if first is UNKNOWN and _empty(second):
        return UNKNOWN  # page.assets or []: the list when there is one, of a length the code does not state
    if first is UNKNOWN or isinstance(first, Const) or (_regionless(first) and isinstance(second, Client)):
        return second
    return first


def _empty(v: Value) -> bool:
    """A falsy literal (``[]``, ``()``, ``{}``, ``""``, ``0``): a fallback that says nothing of the other case."""
    if isinstance(v, Seq):
        return v.length == 0
    if isinstance(v, Container):
        return not v.entries and v.length == 0
    return isinstance(v, Const) and not v.value


_ENUM_BASES = frozenset({"Enum", "StrEnum", "IntEnum"})


def _base_named(info: ClassInfo, names: "frozenset") -> bool:
    """A base of the class is named one of ``names`` (``Enum``, ``enum.Enum``...)."""
    return any((dotted_name(b) or "").rpartition(".")[2] in names for b in info.bases)


def _is_enum(info: ClassInfo) -> bool:
    """``class Region(str, Enum)``: its members' values are what the class body assigns them."""
    return _base_named(info, _ENUM_BASES)


_INTERFACE_BASES = frozenset({"Protocol", "ABC"})
# bases, by their last name, that give a class no method of an SDK or a wrapper
ADDS_NO_METHODS = _INTERFACE_BASES | {"object"}


def _interface(v: Value) -> bool:
    """An instance of an interface class (``class Backend(Protocol)``, ``(ABC)``,
    ``metaclass=ABCMeta``), as an annotation gives it: what the code passes implements it."""
    if not isinstance(v, Instance):
        return False
    node = v.info.node
    if _base_named(v.info, _INTERFACE_BASES):
        return True
    return any(k.keyword is not None and k.keyword.value == "metaclass"
               and (dotted_name(k.value) or "").endswith("ABCMeta") for k in getattr(node, "keywords", ()))


def _regionless(v: Value) -> bool:
    """A client whose region the code has not said (yet): an annotation's."""
    return isinstance(v, Client) and (v.region is None or (v.region.region_id is None and not v.region.choices))


def _made(owner: Optional[Value]) -> "Optional[Tuple[cst.Call, Context]]":
    """The constructor call that made an instance, when known."""
    return owner.made if isinstance(owner, Instance) else None


def _hashable(k: Any) -> Any:
    """A dict key the code states, as a key of a Python dict (a list key is no key of either)."""
    try:
        hash(k)
        return (type(k), k)
    except TypeError:
        return (type(k), repr(k))


def _stated(source: "Container") -> bool:
    """Whether a container's entries are all the code says it holds, each
    under a key it states (a literal list, a dict literal of clients or of
    constants), few enough to follow one by one."""
    return (source.length is not None or all(k is not None for k, _ in source.entries)) \
        and len(source.entries) <= MAX_ENTRIES


def _followed(v: Value) -> bool:
    """An object worth keeping per entry of a container (not a constant)."""
    return isinstance(v, _FOLLOWED)


def _shown(node: Any) -> str:
    """Short source text of an expression, for messages."""
    if node is None:
        return "?"
    name = dotted_name(node)
    if name is not None:
        return name
    if isinstance(node, cst.SimpleString):
        return node.value if len(node.value) <= 40 else node.value[:37] + "..."
    if isinstance(node, (cst.Integer, cst.Float)):
        return node.value
    text = cst.Module([]).code_for_node(node).replace("\n", " ")
    return text if len(text) <= 40 else text[:37] + "..."


def _target_names(target: Any) -> Optional[List[str]]:
    """``x`` -> ["x"]; ``k, v`` -> ["k", "v"]; None for other targets."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, (cst.Tuple, cst.List)) and all(isinstance(e.value, cst.Name) and not isinstance(e, cst.StarredElement)
                                                         for e in target.elements):
        return [cast(cst.Name, e.value).value for e in target.elements]
    return None


class Pair(Value):
    """A (key, value) of a dict's items, bound to a comprehension's ``k, v``."""
    __slots__ = ("first", "second")
    kind = "pair"

    def __init__(self, first: Value, second: Value) -> None:
        self.first = first
        self.second = second

    def key(self) -> tuple:
        return ("pair", self.first.key(), self.second.key())


_ENV_KEYS: Dict[int, Any] = {}  # id(env) -> (env, key): the same bindings are keyed again and again


def forget_env_keys() -> None:
    _ENV_KEYS.clear()


def env_key(env: Optional[Dict[str, Value]]) -> tuple:
    if not env:
        return ()
    held = _ENV_KEYS.get(id(env))
    if held is not None and held[0] is env and held[2] == len(env):
        return held[1]
    key = tuple(sorted((k, _value_key(v)) for k, v in env.items()))
    if len(_ENV_KEYS) > 100_000:
        _ENV_KEYS.clear()  # (holding env keeps its id from being reused while listed)
    _ENV_KEYS[id(env)] = (env, key, len(env))
    return key


_BUILTINS = {"print", "len", "range", "getattr", "setattr", "list", "dict", "set", "tuple", "map", "zip",
             "enumerate", "sorted", "reversed", "filter", "iter", "next", "open", "isinstance", "str",
             "int", "float", "min", "max", "sum", "any", "all"}
