"""Line and column of reported LibCST nodes, without LibCST's position
metadata (which re-generates the whole module and costs more than parsing).

Calls and string literals are numbered in source order while the module is
indexed; the same numbering over the stdlib ``ast`` tree (which flake8 has
already built) gives their positions.  If the two trees disagree on the
count, fall back to LibCST's PositionProvider.
"""
import ast
from typing import Dict, List, Optional, Tuple


def _ast_calls_and_strings(tree) -> Tuple[List[ast.AST], List[ast.AST]]:
    calls, strings = [], []
    inner = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for v in node.values:
                inner.add(id(v))
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            inner.add(id(node.format_spec))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            calls.append(node)
        elif isinstance(node, ast.JoinedStr) or (
                isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes))):
            if id(node) not in inner:
                strings.append(node)
    key = lambda n: (n.lineno, n.col_offset, -(n.end_lineno or 0), -(n.end_col_offset or 0))  # noqa: E731
    calls.sort(key=key)
    strings.sort(key=key)
    return calls, strings


class Positions:
    def __init__(self, module, index, source: str, tree: Optional[ast.AST] = None):
        self.module = module
        self.index = index
        self.source = source
        self.tree = tree
        self._ast: Optional[Tuple[List, List]] = None
        self._fallback: Optional[Dict] = None

    def _ast_lists(self):
        if self._ast is None:
            tree = self.tree
            if tree is None:
                try:
                    tree = ast.parse(self.source)
                except (SyntaxError, ValueError, MemoryError, RecursionError):
                    tree = None
            self._ast = _ast_calls_and_strings(tree) if tree is not None else ([], [])
        return self._ast

    def of(self, node) -> Tuple[int, int]:
        calls, strings = self._ast_lists()
        ordinal = self.index.call_ordinal.get(id(node))
        if ordinal is not None and len(calls) == self.index.calls_count:
            n = calls[ordinal]
            return n.lineno, n.col_offset
        ordinal = self.index.string_ordinal.get(id(node))
        if ordinal is not None and len(strings) == self.index.strings_count:
            n = strings[ordinal]
            return n.lineno, n.col_offset
        return self._slow(node)

    def _slow(self, node) -> Tuple[int, int]:
        if self._fallback is None:
            from libcst.metadata import MetadataWrapper, PositionProvider

            wrapper = MetadataWrapper(self.module, unsafe_skip_copy=True)
            self._fallback = wrapper.resolve(PositionProvider)
        pos = self._fallback.get(node)
        if pos is None:
            return 1, 0
        return pos.start.line, pos.start.column
