"""Small, fast helpers over LibCST nodes.

LibCST's own visitor machinery rebuilds nodes as it goes and costs more than
parsing; the analysis instead walks the dataclass fields directly, skipping
whitespace, comments and punctuation, and in source order (which the
positions module relies on to pair nodes with the ``ast`` tree).
"""
import dataclasses
from typing import Any, Callable, Dict, Iterator, List, Optional, Set, Tuple

import libcst as cst

from flake8_metastudio.fields import tuple_getter

# fields that never hold code (whitespace, tokens, punctuation)
_SKIP_PREFIXES = ("whitespace", "lpar", "rpar", "lbracket", "rbracket", "lbrace", "rbrace",
                  "leading_lines", "lines_after", "header", "footer", "comma", "semicolon",
                  "colon", "equal", "operator", "dot", "star", "newline", "trailing_whitespace",
                  "first_colon", "second_colon", "asynchronous", "posonly_ind", "leading_whitespace",
                  "lpar", "default_comma", "between", "trailing")
# classes whose field order is not source order
_SOURCE_ORDER: Dict[type, Tuple[str, ...]] = {
    cst.FunctionDef: ("decorators", "name", "type_parameters", "params", "returns", "body"),
    cst.ClassDef: ("decorators", "name", "type_parameters", "bases", "keywords", "body"),
    cst.ExceptHandler: ("type", "name", "body"),
    cst.ExceptStarHandler: ("type", "name", "body"),
    cst.IfExp: ("body", "test", "orelse"),
    cst.Arg: ("keyword", "value"),
    cst.MatchCase: ("pattern", "guard", "body"),
    cst.TypeAlias: ("name", "type_parameters", "value"),
    cst.Parameters: ("posonly_params", "params", "star_arg", "kwonly_params", "star_kwarg"),
}
_FIELDS: Dict[type, Tuple[str, ...]] = {}
# per node class: a function returning its code-bearing fields' values, in source order
_GETTERS: Dict[type, Callable[[Any], Tuple[Any, ...]]] = {}


def _fields_of(tp: type) -> Tuple[str, ...]:
    names = _SOURCE_ORDER.get(tp)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(tp) if not f.name.startswith(_SKIP_PREFIXES))
    else:  # fields this LibCST version has (type_parameters is recent)
        present = {f.name for f in dataclasses.fields(tp)}
        names = tuple(n for n in names if n in present)
    _FIELDS[tp] = names
    return names


def _getter_of(tp: type) -> Callable[[Any], Tuple[Any, ...]]:
    getter = _GETTERS[tp] = tuple_getter(_FIELDS.get(tp) or _fields_of(tp))
    return getter


_NODE_TYPES: Set[type] = set()  # CSTNode subclasses seen (isinstance on LibCST's ABCs is slow)
_OTHER_TYPES = {str, int, float, bool, type(None)}


def _is_node_type(tp: type) -> bool:
    if tp in _NODE_TYPES:
        return True
    if tp in _OTHER_TYPES:
        return False
    if issubclass(tp, cst.CSTNode):
        _NODE_TYPES.add(tp)
        return True
    _OTHER_TYPES.add(tp)
    return False


# The commonest node classes, read directly: exactly what generic_children
# gives (tests/test_children.py checks it on every example program), for a
# fraction of the cost.
_EXACT: Dict[type, Callable[[Any], List[Any]]] = {
    cst.Name: lambda n: [],
    cst.SimpleString: lambda n: [],
    cst.Integer: lambda n: [],
    cst.Attribute: lambda n: [n.value, n.attr],
    cst.Arg: lambda n: [n.value] if n.keyword is None else [n.keyword, n.value],
    cst.Call: lambda n: [n.func, *n.args],
    cst.SimpleStatementLine: lambda n: list(n.body),
    cst.IndentedBlock: lambda n: list(n.body),
    cst.Expr: lambda n: [n.value],
    cst.Assign: lambda n: [*n.targets, n.value],
    cst.AssignTarget: lambda n: [n.target],
    cst.Subscript: lambda n: [n.value, *n.slice],
    cst.SubscriptElement: lambda n: [n.slice],
    cst.Index: lambda n: [n.value],
    cst.Element: lambda n: [n.value],
}


EXACT_CHILDREN = _EXACT  # for traversals that inline ``children``


def children(node: cst.CSTNode) -> List[cst.CSTNode]:
    """Code-bearing children of ``node`` in source order (a new list)."""
    exact = _EXACT.get(type(node))
    return exact(node) if exact is not None else generic_children(node)


def generic_children(node: cst.CSTNode) -> List[cst.CSTNode]:
    """``children`` for any node class, from its dataclass fields."""
    out: List[cst.CSTNode] = []
    tp = type(node)
    nodes = _NODE_TYPES
    for value in (_GETTERS.get(tp) or _getter_of(tp))(node):
        vt = type(value)
        if vt in nodes:
            out.append(value)
        elif vt is list or vt is tuple:
            for item in value:
                if type(item) in nodes or _is_node_type(type(item)):
                    out.append(item)
        elif value is not None and _is_node_type(vt):
            out.append(value)
    return out


def walk(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """Pre-order, source-order traversal (iterative: deep nesting is fine)."""
    stack = [node]
    pop, extend = stack.pop, stack.extend
    while stack:
        cur = pop()
        yield cur
        kids = children(cur)
        if kids:
            kids.reverse()
            extend(kids)


def dotted_name(expr: Optional[cst.CSTNode]) -> Optional[str]:
    """``a.b.c`` -> "a.b.c"; anything else -> None."""
    tp = type(expr)
    if tp is cst.Name:  # the common case first
        return expr.value  # type: ignore[union-attr]
    parts = []
    while tp is cst.Attribute:  # LibCST's node classes are final: exact type checks (tests/test_node_types.py)
        parts.append(expr.attr.value)  # type: ignore[union-attr]
        expr = expr.value  # type: ignore[union-attr]
        tp = type(expr)
    if tp is cst.Name:
        parts.append(expr.value)  # type: ignore[union-attr]
        return ".".join(reversed(parts))
    return None


def last_name(expr: Optional[cst.CSTNode]) -> Optional[str]:
    """The rightmost identifier of a name, attribute or call: ``self._rate_limiter`` -> "_rate_limiter"."""
    if isinstance(expr, cst.Call):
        expr = expr.func
    if isinstance(expr, cst.Attribute):
        return expr.attr.value
    if isinstance(expr, cst.Name):
        return expr.value
    return None


def string_value(node: cst.CSTNode) -> Optional[str]:
    """Value of a plain (non f-) string literal or implicit concatenation of them."""
    if isinstance(node, cst.SimpleString):
        raw = node.value
        prefix = node.prefix.lower()
        if "b" in prefix:
            return None  # bytes are no text (and a 10 MB one is not evaluated to find out)
        if "\\" not in raw:
            # the common case, without compiling anything: strip prefix and quotes
            quote = node.quote
            return raw[len(prefix) + len(quote):-len(quote)]
        try:
            value = node.evaluated_value
        except Exception:  # malformed escapes
            return None
        return value if isinstance(value, str) else None
    if isinstance(node, cst.ConcatenatedString):
        pieces: List[str] = []
        for part in concatenated_parts(node):
            piece = string_value(part)
            if piece is None:
                return None
            pieces.append(piece)
        return "".join(pieces)
    return None


def concatenated_parts(node: cst.CSTNode) -> List[cst.CSTNode]:
    """The strings of an implicit concatenation, in order, without recursion
    (LibCST nests one level per string: a 1,000-line literal is 1,000 deep)."""
    out, stack = [], [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, cst.ConcatenatedString):
            stack.append(cur.right)
            stack.append(cur.left)
        else:
            out.append(cur)
    return out


def positional_args(call: cst.Call) -> List[cst.Arg]:
    return [a for a in call.args if a.keyword is None and not a.star]


def keyword_arg(call: cst.Call, name: str) -> Optional[cst.CSTNode]:
    for a in call.args:
        if a.keyword is not None and a.keyword.value == name:
            return a.value
    return None


def arg_value(call: cst.Call, index: int, name: Optional[str] = None) -> Optional[cst.CSTNode]:
    """Argument by keyword ``name`` or else by position ``index``."""
    if name is not None:
        kw = keyword_arg(call, name)
        if kw is not None:
            return kw
    pos = positional_args(call)
    if index is not None and 0 <= index < len(pos):
        return pos[index].value
    return None


def body_statements(node: cst.CSTNode) -> List[cst.CSTNode]:
    """Statements of a block-bearing node (function, loop, if, try, with,
    handler, else, finally, match case), one-line bodies included."""
    body = getattr(node, "body", None)
    if isinstance(body, (cst.IndentedBlock, cst.SimpleStatementSuite)):
        return flat_statements(body.body if isinstance(body, cst.IndentedBlock) else [body])
    if isinstance(body, (list, tuple)):
        return flat_statements(body)
    return []


def flat_statements(stmts) -> List[cst.CSTNode]:
    """Statements one by one: the small statements of a line (``a = f(); g(a)``)
    or of a one-line body (``for x in y: f(x)``) each count on their own, in
    order, so whatever reads a block sees them as if written on separate lines."""
    out: List[cst.CSTNode] = []
    for stmt in stmts:
        tp = type(stmt)
        if tp is cst.SimpleStatementLine or tp is cst.SimpleStatementSuite:
            out.extend(stmt.body)
        else:
            out.append(stmt)
    return out


def is_constant_true(expr: cst.CSTNode) -> bool:
    if isinstance(expr, cst.Name) and expr.value == "True":
        return True
    if isinstance(expr, cst.Integer):
        try:
            return int(expr.value.replace("_", ""), 0) != 0
        except ValueError:
            return False
    return False
