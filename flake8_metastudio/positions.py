"""Line and column of reported LibCST nodes, without LibCST's position
metadata (which re-generates the whole module and costs more than parsing).

Calls and string literals are numbered in source order while the module is
indexed, statement by statement; the same numbering over the stdlib ``ast``
tree (which flake8 has already built) of that one top-level statement gives
their positions.  If the two trees disagree on the count, fall back to
LibCST's PositionProvider.
"""
import ast
import re
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import libcst as cst

from flake8_metastudio.fields import tuple_getter

if TYPE_CHECKING:  # pragma: no cover
    from libcst.metadata import CodeRange


_GETTERS: Dict[type, Callable[[Any], Tuple[Any, ...]]] = {}
_NOT_NODES = frozenset({str, bytes, int, float, complex, bool, type(None), type(...)})
_NO_CODE = frozenset({"ctx", "type_comment", "kind"})  # Load/Store, comments, u"" prefix: never code


def _getter(tp: type) -> Callable[[Any], Tuple[Any, ...]]:
    got = _GETTERS[tp] = tuple_getter([n for n in getattr(tp, "_fields", ()) if n not in _NO_CODE])
    return got


def _numbered(nodes: Sequence[ast.AST]) -> Dict[str, List[ast.AST]]:
    """Calls, string literals and ``X.UPPER_CASE`` attributes under ``nodes``,
    each kind in source order (the order the module index numbers them in)."""
    found: Dict[str, List[ast.AST]] = {"call": [], "string": [], "const": []}
    inner = set()
    stack: List[Any] = list(nodes)
    getters = _GETTERS
    while stack:
        node = stack.pop()
        tp = type(node)
        if tp in _NOT_NODES:
            continue  # a list field's str (global names) or None (a dict's ** entry)
        if tp is ast.Call:
            found["call"].append(node)
        elif tp is ast.Attribute:
            if node.attr.isupper():
                found["const"].append(node)
        elif tp is ast.JoinedStr:
            for v in node.values:
                inner.add(id(v))
            found["string"].append(node)
        elif tp is ast.FormattedValue:
            if node.format_spec is not None:
                inner.add(id(node.format_spec))
        elif tp is ast.Constant:
            if isinstance(node.value, (str, bytes)):
                found["string"].append(node)
            continue
        # the children, as ast.iter_child_nodes gives them, without its two generators per node
        for value in (getters.get(tp) or _getter(tp))(node):
            if type(value) is list:
                stack.extend(value)
            elif value is not None and type(value) not in _NOT_NODES:
                stack.append(value)
    # the literal pieces and format specs of f-strings are not string literals of their own
    found["string"] = [n for n in found["string"] if id(n) not in inner]
    key = lambda n: (n.lineno, n.col_offset, -(n.end_lineno or 0), -(n.end_col_offset or 0))  # noqa: E731
    for nodes_of_kind in found.values():
        nodes_of_kind.sort(key=key)
    return found


class Positions:
    def __init__(self, module: cst.Module, index: Any, source: str, tree: Optional[ast.AST] = None) -> None:
        # index: the analysis's ModuleIndex (not imported: this module sits below the analysis)
        self.module = module
        self.index = index
        self.source = source
        self.tree = tree
        self._ast_start: Optional[List[int]] = None
        self._per_statement: Dict[int, Dict[str, List[ast.AST]]] = {}
        self._fallback: "Optional[Mapping[cst.CSTNode, CodeRange]]" = None
        self._lines: Optional[List[str]] = None
        self._ascii: Optional[bool] = None

    def _statement_nodes(self, i: int) -> Optional[List[ast.stmt]]:
        """The ast statements made from LibCST's top-level statement ``i``
        (``a = 1; b = 2`` is one LibCST line but two ast statements)."""
        if not isinstance(self.tree, ast.Module):
            try:
                self.tree = ast.parse(self.source)
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                return None
        tree = self.tree
        if self._ast_start is None:
            starts, n = [], 0
            for stmt in self.module.body:
                starts.append(n)
                n += len(stmt.body) if isinstance(stmt, cst.SimpleStatementLine) else 1
            starts.append(n)
            if n != len(tree.body):
                return None
            self._ast_start = starts
        return tree.body[self._ast_start[i]:self._ast_start[i + 1]]

    def _numbered(self, i: int) -> Dict[str, List[ast.AST]]:
        got = self._per_statement.get(i)
        if got is None:
            nodes = self._statement_nodes(i)
            got = _numbered(nodes) if nodes is not None else {}
            self._per_statement[i] = got
        return got

    def of(self, node: cst.CSTNode) -> Tuple[int, int]:
        where = self.index.locate(node)
        if where is not None:
            kind, i, local, count = where
            found = self._numbered(i).get(kind)
            if found is not None and len(found) == count:
                n = found[local]
                return n.lineno, self._chars(n.lineno, n.col_offset)
        return self._slow(node)

    def _chars(self, line: int, col: int) -> int:
        """ast counts columns in UTF-8 bytes; editors and flake8 in characters."""
        if self._ascii is None:
            self._ascii = self.source.isascii()  # the common case: bytes are characters, no line needed
        if self._ascii:
            return col
        if self._lines is None:
            self._lines = re.split(r"\r\n|\r|\n", self.source)
        text = self._lines[line - 1] if 0 < line <= len(self._lines) else ""
        if text.isascii():
            return col
        return len(text.encode("utf-8")[:col].decode("utf-8", errors="replace"))

    def _slow(self, node: cst.CSTNode) -> Tuple[int, int]:
        if self._fallback is None:
            from libcst.metadata import MetadataWrapper, PositionProvider

            wrapper = MetadataWrapper(self.module, unsafe_skip_copy=True)
            self._fallback = wrapper.resolve(PositionProvider)
        pos = self._fallback.get(node)
        if pos is None:
            return 1, 0
        return pos.start.line, pos.start.column
