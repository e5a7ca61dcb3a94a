"""Start and end positions of nodes for placing fixes, one top-level
statement at a time.

LibCST's PositionProvider regenerates the code of the whole module to
number it, which costs several parses; a fix needs the positions of a few
nodes in a few statements.  So each top-level statement is numbered on its
own (a module of that one statement, the same node objects) and moved to
where it starts in the file, which the stdlib ``ast`` tree says (LibCST's
statement starts at its first token, as ``ast``'s ``lineno`` does: the
``def`` line of a decorated function, the first of ``a; b``).  When the two
trees do not line up statement for statement, the whole module is numbered
as before.
"""
import ast
from typing import Any, Dict, List, Optional, Tuple

import libcst as cst

from flake8_metastudio.analysis.syntax import children

Range = Tuple[Tuple[int, int], Tuple[int, int]]
MAX_DEPTH = 150  # syntax-tree levels: past this LibCST's position metadata gets slow and fragile


class TooDeep(Exception):
    """The statement holding the node is nested too deeply to number."""


class Ranges:
    def __init__(self, module: cst.Module, source: str, tree: Optional[ast.AST] = None) -> None:
        self.module = module
        self.source = source
        self.tree = tree
        self._top: Optional[Dict[int, int]] = None  # id(node) -> index of its top-level statement
        self._first_lines: Optional[List[int]] = None  # where each top-level statement starts, by ast
        self._numbered: Dict[int, Dict[Any, Range]] = {}  # statement index -> its nodes' ranges

    def of(self, node: cst.CSTNode) -> Optional[Range]:
        """The node's ((line, column), (end line, end column)), None when it is
        not in the module; TooDeep when its statement cannot be numbered."""
        top = self.top_of(node)
        if top is None:
            return None
        if top not in self._numbered:
            self._numbered[top] = self._number(top)
        return self._numbered[top].get(node)

    def top_of(self, node: cst.CSTNode) -> Optional[int]:
        return self._tops().get(id(node))

    def _tops(self) -> Dict[int, int]:
        if self._top is None:
            top: Dict[int, int] = {}
            for i, stmt in enumerate(self.module.body):
                stack: List[cst.CSTNode] = [stmt]
                while stack:  # iteratively: deep code cannot overflow the stack here
                    node = stack.pop()
                    top[id(node)] = i
                    stack.extend(children(node))
            self._top = top
        return self._top

    def _number(self, index: int) -> Dict[Any, Range]:
        stmt = self.module.body[index]
        if _depth(stmt) > MAX_DEPTH:
            raise TooDeep()
        first = self._first_line(index)
        try:
            if first is None:  # the trees do not line up: number the whole module, every statement at once
                tops = self._tops()
                for i in range(len(self.module.body)):
                    self._numbered.setdefault(i, {})
                for n, r in _positions(self.module).items():
                    top = tops.get(id(n))
                    if top is not None:
                        self._numbered[top][n] = _range(r, 0)
                return self._numbered[index]
            found = _positions(self.module.with_changes(body=[stmt], header=(), footer=()))
        except RecursionError:
            raise TooDeep() from None
        shift = first - found[stmt].start.line
        return {n: _range(r, shift) for n, r in found.items()}

    def _first_line(self, index: int) -> Optional[int]:
        if self._first_lines is None:
            self._first_lines = _first_lines(self.module, self.tree, self.source)
        lines = self._first_lines
        return lines[index] if lines and index < len(lines) else None


def _first_lines(module: cst.Module, tree: Optional[ast.AST], source: str) -> List[int]:
    """The line each top-level statement of ``module`` starts on, from the
    ``ast`` tree of the same text; [] when the two do not line up."""
    if tree is None:
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return []
    body = getattr(tree, "body", None)
    if not isinstance(body, list):
        return []
    lines, at = [], 0
    for stmt in module.body:
        if at >= len(body):
            return []
        lines.append(body[at].lineno)
        at += len(stmt.body) if isinstance(stmt, cst.SimpleStatementLine) else 1
    return lines if at == len(body) else []


def _range(r: Any, shift: int) -> Range:
    return (r.start.line + shift, r.start.column), (r.end.line + shift, r.end.column)


def _depth(root: cst.CSTNode) -> int:
    """How deep the syntax tree goes below ``root`` (iteratively)."""
    deepest = 0
    stack: List[Tuple[cst.CSTNode, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest > MAX_DEPTH:
                break
        stack.extend((child, depth + 1) for child in children(node))
    return deepest


def _positions(module: cst.Module) -> Any:
    from libcst.metadata import MetadataWrapper, PositionProvider

    # the same node objects the analysis holds (no copy), so findings' nodes are keys
    return MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
