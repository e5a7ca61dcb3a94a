"""Facts about a module gathered in one traversal: scopes (module, classes,
functions, lambdas), what each name is assigned, imports, ``self.x``
attributes, class instantiation sites, and the source-order ordinal of every
call and string literal (used to place findings without LibCST's costly
position metadata)."""
import itertools
from itertools import repeat
from typing import Any, Dict, List, Optional, Set, Tuple, cast

import libcst as cst

from flake8_metastudio import knowledge as K
from flake8_metastudio.analysis.syntax import EXACT_CHILDREN, children, generic_children

_LEAVES = frozenset({cst.Name, cst.Integer, cst.Float, cst.Imaginary, cst.Ellipsis, cst.Pass, cst.Break,
                     cst.Continue})
# statements and expressions that bind names, handled by _record
_BINDING = frozenset({cst.Assign, cst.AnnAssign, cst.AugAssign, cst.For, cst.CompFor, cst.WithItem, cst.NamedExpr,
                      cst.Global, cst.Nonlocal, cst.Return, cst.ExceptHandler})
STRING_NODES = (cst.SimpleString, cst.FormattedString, cst.ConcatenatedString)
# node type -> what _walk does with it: _LEAF (nothing), _RECORDED (a branch
# of _walk records something); a type not listed only has its children walked
_LEAF, _RECORDED, _SPAN_END = 0, 1, 2
# calls that run their first argument once per element: builtin map, executors' and pools' map
_MAPS = frozenset({"map", "imap", "imap_unordered", "starmap", "istarmap", "map_async", "starmap_async"})
MAX_MAPPED_PARAMS = 8  # starmap's tuples: the first parameters bound to their entries
_COMPREHENSIONS = (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)


class _SpanEnd:
    """Pushed below a loop's children: popped once they are all walked, it
    closes the loop's span of call ordinals."""
    __slots__ = ("span",)

    def __init__(self, span: List[int]) -> None:
        self.span = span


_KINDS: Dict[type, int] = dict.fromkeys(_LEAVES, _LEAF)
_KINDS.update(dict.fromkeys((cst.Call, *STRING_NODES, cst.Dict, cst.Expr, cst.Attribute, cst.Import,
                             cst.ImportFrom, cst.FunctionDef, cst.ClassDef, cst.Lambda, *_BINDING,
                             *_COMPREHENSIONS), _RECORDED))
_KINDS[_SpanEnd] = _SPAN_END


class Element:
    """What a ``for`` target is bound to: an element of ``iterable`` (at
    ``path`` inside it when the target unpacks: ``for k, v in d.items()``
    binds ``v`` to path (1,)).  Stored among a scope's assignments like an
    expression; the inference reads it (values.Inferrer).  ``span``: the
    ordinals [first, end) of the calls inside the loop or comprehension that
    binds it, to tell which of several loops binding one name holds a call."""
    __slots__ = ("iterable", "path", "span")

    def __init__(self, iterable: cst.BaseExpression, path: Tuple[int, ...],
                 span: Optional[List[int]] = None) -> None:
        self.iterable = iterable
        self.path = path
        self.span = span

    def holds(self, ordinal: Optional[int]) -> bool:
        """Whether the call of this ordinal is inside the binding loop."""
        span = self.span
        return span is not None and ordinal is not None and span[0] <= ordinal < span[1]


class Scoped:
    """An assignment written in another scope than the one it binds in
    (``global x`` then ``x = ...`` in a function): its value is read where
    it is written."""
    __slots__ = ("value", "scope")

    def __init__(self, value: cst.BaseExpression, scope: "Scope") -> None:
        self.value = value
        self.scope = scope


class ClassInfo:
    __slots__ = ("name", "node", "scope", "methods", "attrs", "bases", "instantiations")

    def __init__(self, name: Optional[str], node: Any, scope: "Scope") -> None:
        self.name = name
        self.node = node
        self.scope = scope  # the class body scope
        self.methods: Dict[str, "Scope"] = {}
        # attribute -> [(value expression or None, scope where assigned, annotation)]
        self.attrs: Dict[str, list] = {}
        self.bases: List[cst.CSTNode] = [a.value for a in node.bases]
        self.instantiations: List[tuple] = []  # (Call, Scope)


_CREATED = itertools.count()


class Scope:
    __slots__ = ("kind", "node", "name", "parent", "cls", "assigns", "params", "param_order",
                 "functions", "classes", "imports", "star_imports", "rel_imports", "globals", "returns",
                 "is_async", "decorators", "annotations", "method_of", "order", "calls")

    def __init__(self, kind: str, node: Any, name: Optional[str], parent: Any) -> None:
        self.kind = kind  # module | class | function | lambda
        self.node = node
        self.name = name
        self.parent = parent
        self.cls: Optional[ClassInfo] = None  # for class scopes: the class
        self.method_of: Optional[ClassInfo] = None  # for methods: their class
        # name -> values: expressions, index.Element, index.Scoped, FunctionDef, None (unknown)
        self.assigns: Dict[str, List[Any]] = {}
        self.annotations: Dict[str, cst.CSTNode] = {}
        self.params: Dict[str, cst.Param] = {}
        self.param_order: List[str] = []
        self.functions: Dict[str, "Scope"] = {}
        self.classes: Dict[str, ClassInfo] = {}
        self.imports: Dict[str, str] = {}
        self.star_imports: List[str] = []
        # ``from .m import x``: local name -> (level, "m", "x"); "*" for star imports.  Only a
        # project model resolves them (values.Inferrer.linker); single-file analysis ignores them
        self.rel_imports: Dict[str, Tuple[int, str, str]] = {}
        self.globals: Set[str] = set()
        self.returns: List[Optional[cst.CSTNode]] = []
        self.calls: List[cst.Call] = []  # the calls written directly in this scope, in source order
        self.is_async = False
        self.decorators: List[cst.CSTNode] = []
        self.order = next(_CREATED)  # scopes are created in source order: a stable order to take them in

    def __repr__(self) -> str:
        return "<Scope %s %s>" % (self.kind, self.name)


class ModuleIndex:
    def __init__(self, module: cst.Module) -> None:
        self.module = module
        self.root = Scope("module", module, "<module>", None)
        self.scope_of: Dict[int, Scope] = {}  # id(FunctionDef/Lambda/ClassDef node) -> scope
        self.call_ordinal: Dict[int, int] = {}
        self.string_ordinal: Dict[int, int] = {}
        self.calls_count = 0
        self.strings_count = 0
        self.functions: List[Scope] = []
        self.classes: List[ClassInfo] = []
        self.calls: List[tuple] = []  # (Call, Scope) in source order
        self.dicts: List[tuple] = []  # (Dict, Scope)
        self.mutated_names: Set[str] = set()  # names whose value is changed in place somewhere
        # NAME[key] = value and NAME.append(value): entries added to a container
        # after it is built -> [(key expression or None, value, scope)]
        self.item_sets: Dict[str, List[tuple]] = {}
        self._first_call: List[int] = []  # ordinal of the first call of each top-level statement
        self._first_string: List[int] = []
        self._first_const: List[int] = []
        self.const_ordinal: Dict[int, int] = {}
        self._current_top = 0
        self._spans: Dict[int, List[int]] = {}  # id(For/CompFor) -> its span, until it is recorded
        # id(Lambda) -> its parameters bound to elements of what a map() runs it over:
        # pool.map(lambda r: make_client(r).list_assets(...), REGIONS) binds r as a loop would
        self.mapped: Dict[int, List[Tuple[str, Element]]] = {}
        # pool.map(count, REGIONS): (the map call, its scope, the function expression,
        # [(position of the parameter, the element it takes)])
        self.mapped_functions: List[Tuple[cst.Call, "Scope", cst.BaseExpression, List[Tuple[int, Element]]]] = []
        self.strings: List = []  # string literals outside docstrings
        self.docstrings: Set[int] = set()  # ids of docstring nodes
        self.constant_attributes: List[tuple] = []  # (X.UPPER_CASE, scope)
        self._build()

    # -- traversal ---------------------------------------------------------
    def _build(self) -> None:
        root = self.root
        # statement by statement, so each call and string knows which
        # top-level statement holds it (positions.py looks only there)
        for i, stmt in enumerate(self.module.body):
            self._current_top = i
            self._first_call.append(self.calls_count)
            self._first_string.append(self.strings_count)
            self._first_const.append(len(self.constant_attributes))
            self._walk(stmt, root)
        self._first_call.append(self.calls_count)
        self._first_string.append(self.strings_count)
        self._first_const.append(len(self.constant_attributes))
        for call, scope in self.calls:
            func = call.func
            if type(func) is cst.Name:  # exact: LibCST's node classes are final
                info = self.lookup_class(func.value, scope)
                if info is None and scope.method_of is not None and scope.param_order \
                        and func.value == scope.param_order[0] \
                        and any(_dotted(d) == "classmethod" for d in scope.decorators):
                    info = scope.method_of  # cls(...) in a classmethod: an instance of its class
                if info is not None:
                    info.instantiations.append((call, scope))

    def locate(self, node: Any) -> Optional[Tuple[str, int, int, int]]:
        """(kind, top-level statement index, ordinal within that statement) of
        a call, string literal or ``X.UPPER_CASE`` attribute; None otherwise.
        positions.py finds the same node in the ast tree by these numbers."""
        import bisect

        for kind, ordinals, firsts in (("call", self.call_ordinal, self._first_call),
                                       ("string", self.string_ordinal, self._first_string),
                                       ("const", self.const_ordinal, self._first_const)):
            ordinal = ordinals.get(id(node))
            if ordinal is not None:
                i = bisect.bisect_right(firsts, ordinal) - 1
                return kind, i, ordinal - firsts[i], firsts[i + 1] - firsts[i]
        return None

    def _walk(self, start: Any, root: "Scope") -> None:
        stack = [(start, root)]
        nested_strings = set()
        call_ord = self.call_ordinal
        str_ord = self.string_ordinal
        calls = self.calls
        kinds = _KINDS
        exact_children = EXACT_CHILDREN
        while stack:
            node, scope = stack.pop()
            tp = type(node)
            kind = kinds.get(tp)
            if kind is None:  # most nodes (arguments, elements, blocks...): nothing to record, only children
                exact = exact_children.get(tp)
                kids = exact(node) if exact is not None else generic_children(node)
                if kids:
                    kids.reverse()
                    stack.extend(zip(kids, repeat(scope)))
                continue
            if kind is _LEAF:
                continue  # names and numbers: nothing to record, nothing below
            if kind is _SPAN_END:
                node.span[1] = self.calls_count
                continue
            # imports are recorded, not walked below (see the branch)
            kids = children(node) if tp is not cst.Import and tp is not cst.ImportFrom else []
            kid_scope = scope
            if tp is cst.Call:
                call_ord[id(node)] = self.calls_count
                self.calls_count += 1
                calls.append((node, scope))
                scope.calls.append(node)
                func = node.func
                if type(func) is cst.Attribute and func.attr.value in K.MUTATING_METHODS and type(func.value) is cst.Name:
                    # a literal list that is appended to is no longer of known length
                    self.mutated_names.add(func.value.value)
                    if func.attr.value in ("append", "add", "appendleft", "insert") and node.args:
                        self.item_sets.setdefault(func.value.value, []).append(
                            (None, node.args[-1].value, scope))
                if len(node.args) > 1 and (type(func) is cst.Attribute and func.attr.value in _MAPS
                                           or type(func) is cst.Name and func.value == "map"):
                    self._mapped(node, func, scope)
            elif tp in STRING_NODES:
                if id(node) not in nested_strings:
                    str_ord[id(node)] = self.strings_count
                    self.strings_count += 1
                    if id(node) not in self.docstrings:
                        self.strings.append(node)
                if tp is cst.ConcatenatedString:
                    nested_strings.add(id(node.left))
                    nested_strings.add(id(node.right))
            elif tp is cst.Dict:
                self.dicts.append((node, scope))
            elif tp is cst.Expr and type(node.value) in STRING_NODES:
                self.docstrings.add(id(node.value))  # documentation, not client code
            elif tp is cst.Attribute and node.attr.value.isupper():
                self.const_ordinal[id(node)] = len(self.constant_attributes)
                self.constant_attributes.append((node, scope))
            elif tp is cst.Import or tp is cst.ImportFrom:
                self._record(node, tp, scope)
                continue  # names in imports are not expressions (ast has no nodes for them)
            elif tp is cst.FunctionDef or tp is cst.ClassDef:
                kid_scope = self._function(node, scope) if tp is cst.FunctionDef else self._class(node, scope)
                # decorators run in the enclosing scope, the rest in the new one
                pairs = [(k, scope if type(k) is cst.Decorator else kid_scope) for k in kids]
                pairs.reverse()
                stack.extend(pairs)
                continue
            elif tp is cst.Lambda:
                kid_scope = Scope("lambda", node, "<lambda>", scope)
                self.scope_of[id(node)] = kid_scope
                self._params(kid_scope, node.params)
                kid_scope.returns.append(node.body)
            elif tp in _COMPREHENSIONS:
                span = [self.calls_count, self.calls_count]
                stack.append((_SpanEnd(span), scope))
                loop = node.for_in
                while loop is not None:  # [f(a, b) for a in A for b in B]: one span for both
                    self._spans[id(loop)] = span
                    loop = loop.inner_for_in
            elif tp in _BINDING:
                if tp is cst.For:
                    span = [self.calls_count, self.calls_count]
                    stack.append((_SpanEnd(span), scope))
                    self._spans[id(node)] = span
                self._record(node, tp, scope)
            if kids:
                kids.reverse()
                stack.extend(zip(kids, repeat(kid_scope)))

    def _mapped(self, call: cst.Call, func: Any, scope: "Scope") -> None:
        """``map(lambda a, b: ..., A, B)``, ``pool.map(count, R)``,
        ``pool.starmap(lambda a, b: ..., PAIRS)``: each parameter of the
        function run with the element it takes (positional iterables only;
        an executor's ``map(f, A, B)`` is read as ``f(a)``, since a pool's
        second argument is its chunk size)."""
        name = func.value if type(func) is cst.Name else func.attr.value  # map, or one of _MAPS (see _walk)
        if call.args[0].keyword is not None:
            return
        iterables = [a.value for a in call.args[1:] if a.keyword is None and not a.star]
        if not iterables:
            return
        if name in ("starmap", "istarmap", "starmap_async"):
            bound = [(i, Element(iterables[0], (i,))) for i in range(MAX_MAPPED_PARAMS)]
        elif name == "map" and type(func) is cst.Name:
            bound = [(i, Element(it, ())) for i, it in enumerate(iterables)]  # map(f, A, B): f(a, b)
        else:
            bound = [(0, Element(iterables[0], ()))]
        fn = call.args[0].value
        if type(fn) is cst.Lambda:
            params = [p.name.value for p in fn.params.params]
            if not fn.params.posonly_params:
                self.mapped[id(fn)] = [(params[i], e) for i, e in bound if i < len(params)]
        elif type(fn) in (cst.Name, cst.Attribute):
            self.mapped_functions.append((call, scope, fn, bound))

    def _function(self, node: cst.FunctionDef, parent: Scope) -> Scope:
        scope = Scope("function", node, node.name.value, parent)
        scope.is_async = node.asynchronous is not None
        scope.decorators = [d.decorator for d in node.decorators]
        self.scope_of[id(node)] = scope
        self._params(scope, node.params)
        self.functions.append(scope)
        if parent.kind == "class":
            cast(ClassInfo, parent.cls).methods.setdefault(node.name.value, scope)
            scope.method_of = parent.cls
        else:
            parent.functions[node.name.value] = scope
            parent.assigns.setdefault(node.name.value, []).append(node)
        return scope

    def _class(self, node: cst.ClassDef, parent: Scope) -> Scope:
        scope = Scope("class", node, node.name.value, parent)
        info = ClassInfo(node.name.value, node, scope)
        scope.cls = info
        self.scope_of[id(node)] = scope
        parent.classes[node.name.value] = info
        self.classes.append(info)
        return scope

    @staticmethod
    def _params(scope: Scope, params: cst.Parameters) -> None:
        for group in (params.posonly_params, params.params, params.kwonly_params):
            for p in group:
                scope.params[p.name.value] = p
                scope.param_order.append(p.name.value)
        for star in (params.star_arg, params.star_kwarg):
            if type(star) is cst.Param:
                scope.params[star.name.value] = star

    # -- statements that bind names ---------------------------------------
    def _bind(self, scope: Scope, target: cst.BaseExpression, value: Any) -> None:
        if isinstance(target, cst.Name):
            if target.value in scope.globals and scope is not self.root:
                # ``global client`` then ``client = ...`` in init(): the module's name
                self.root.assigns.setdefault(target.value, []).append(
                    Scoped(value, scope) if value is not None else None)
                return
            scope.assigns.setdefault(target.value, []).append(value)
        elif isinstance(target, (cst.Tuple, cst.List)):
            elems = [e.value for e in target.elements]
            vals = None
            if isinstance(value, (cst.Tuple, cst.List)) and len(value.elements) == len(elems) \
                    and not any(isinstance(e, cst.StarredElement) for e in value.elements):
                vals = [e.value for e in value.elements]
            for i, elem in enumerate(elems):
                self._bind(scope, elem, vals[i] if vals else None)
        elif isinstance(target, cst.StarredElement):
            self._bind(scope, target.value, None)
        elif isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name):
            # CLIENTS["sg"] = build(SINGAPORE): one more entry of the container
            name = target.value.value  # (a list's length stays: not a mutated name)
            index = target.slice[0].slice if len(target.slice) == 1 else None
            key = index.value if isinstance(index, cst.Index) else None
            self.item_sets.setdefault(name, []).append((key, value, scope))
        elif isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name):
            owner = target.value.value
            method = scope if scope.kind == "function" else None
            if method is not None and method.method_of is not None and owner in ("self", "cls") \
                    and method.param_order and method.param_order[0] == owner:
                method.method_of.attrs.setdefault(target.attr.value, []).append((value, method, None))

    def _bind_element(self, scope: Scope, target: cst.BaseExpression, iterable: cst.BaseExpression,
                      path: Tuple[int, ...], span: Optional[List[int]] = None) -> None:
        if isinstance(target, (cst.Tuple, cst.List)):
            for i, e in enumerate(target.elements):
                if isinstance(e, cst.StarredElement):
                    self._bind(scope, e.value, None)
                else:
                    self._bind_element(scope, e.value, iterable, path + (i,), span)
        elif isinstance(target, cst.Name):
            self._bind(scope, target, Element(iterable, path, span))
        else:
            self._bind(scope, target, None)

    def _record(self, node: Any, tp: type, scope: Scope) -> None:
        if tp is cst.Assign:
            for t in node.targets:
                self._bind(scope, t.target, node.value)
            if scope.kind == "class":
                for t in node.targets:
                    if isinstance(t.target, cst.Name):
                        cast(ClassInfo, scope.cls).attrs.setdefault(t.target.value, []).append(
                            (node.value, scope, None))
        elif tp is cst.AnnAssign:
            target = node.target
            if isinstance(target, cst.Name):
                scope.annotations[target.value] = node.annotation.annotation
                if node.value is not None:
                    scope.assigns.setdefault(target.value, []).append(node.value)
                if scope.kind == "class":
                    cast(ClassInfo, scope.cls).attrs.setdefault(target.value, []).append(
                        (node.value, scope, node.annotation.annotation))
            elif isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) \
                    and scope.method_of is not None and target.value.value == "self":
                scope.method_of.attrs.setdefault(target.attr.value, []).append(
                    (node.value, scope, node.annotation.annotation))
        elif tp is cst.AugAssign:
            if isinstance(node.target, cst.Name):
                scope.assigns.setdefault(node.target.value, []).append(None)
        elif tp is cst.For or tp is cst.CompFor:
            self._bind_element(scope, node.target, node.iter, (), self._spans.pop(id(node), None))
        elif tp is cst.WithItem:
            if node.asname is not None:
                self._bind(scope, node.asname.name, node.item)
        elif tp is cst.NamedExpr:
            self._bind(scope, node.target, node.value)
        elif tp is cst.Import:
            for alias in node.names:
                full = _dotted(alias.name)
                if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                    scope.imports[alias.asname.name.value] = full
                else:
                    head = full.split(".")[0]
                    scope.imports[head] = head
        elif tp is cst.ImportFrom:
            if node.relative:
                self._relative(node, scope)
                return
            if node.module is None:
                return
            base = _dotted(node.module)
            if type(node.names) is cst.ImportStar:
                scope.star_imports.append(base)
                return
            for alias in node.names:
                name = _dotted(alias.name)
                local = alias.asname.name.value if alias.asname is not None else name
                scope.imports[local] = base + "." + name
        elif tp is cst.Global or tp is cst.Nonlocal:
            for item in node.names:
                scope.globals.add(item.name.value)
        elif tp is cst.Return:
            owner = scope
            if owner.kind == "function":
                owner.returns.append(node.value)
        elif tp is cst.ExceptHandler and node.name is not None:
            self._bind(scope, node.name.name, None)

    @staticmethod
    def _relative(node: cst.ImportFrom, scope: Scope) -> None:
        level = len(node.relative)
        base = _dotted(node.module) if node.module is not None else ""
        if isinstance(node.names, cst.ImportStar):
            scope.rel_imports["*%d" % len(scope.rel_imports)] = (level, base, "*")
            return
        for alias in node.names:
            name = _dotted(alias.name)
            asname = alias.asname.name if alias.asname is not None else None
            local = asname.value if isinstance(asname, cst.Name) else name
            scope.rel_imports[local] = (level, base, name)

    def release(self) -> None:
        """Cut the scope tree's back links (a scope's parent, a class and its
        body, a method and its class) once the analysis is done with them.
        They are reference cycles, and the root scope holds the module: left
        alone, a file's whole CST and facts would wait in memory for the
        cyclic collector, which lint_source keeps off while it works; cut, they
        are freed by reference counting the moment the last user lets go."""
        for scope in [self.root, *self.scope_of.values()]:
            scope.parent = None
            scope.cls = None
            scope.method_of = None
            scope.functions.clear()
            scope.classes.clear()
        for info in self.classes:
            info.methods.clear()
            info.scope = None  # type: ignore[assignment]

    # -- lookups -----------------------------------------------------------
    def lookup_class(self, name: str, scope: Scope) -> Optional[ClassInfo]:
        s = scope
        while s is not None:
            if name in s.classes:
                return s.classes[name]
            s = s.parent
        return None


def _dotted(node: Any) -> str:
    tp = type(node)
    if tp is cst.Name:
        return node.value
    if tp is cst.Attribute:
        return _dotted(node.value) + "." + node.attr.value
    return ""
