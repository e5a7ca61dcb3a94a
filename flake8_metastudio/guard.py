"""The nesting LibCST is never handed.

Python's own parser accepts code nested far deeper than LibCST's native
parser and the analysis can take: measured with libcst 1.9 on CPython 3.11
(tools/measure_nesting.py), ``libcst.parse_module`` is quadratic or worse in
the nesting depth and fails outright beyond it — 2,000 chained methods
(ast depth 4,000) take 12 s, 9,000 ``1 + 1 + ...`` terms crash the process
with SIGSEGV, 16,000 ``elif`` branches likewise, and parenthesised
conditional expressions cost 1.5 s at only 200 levels.  At an ast depth of
1,000 a conditional-expression chain parses in 1.2 s and most other shapes
well under 1 s, so deeper files are refused with one finding that says why,
before LibCST sees them.  Subscripts cost about four times as much per level
(``a[0][0]...``: 1.4 s at 500, 6.8 s at 1,000), so each counts as two.

The depth is that of the ``ast`` tree (which flake8 has already built, and
``metastudio-lint`` builds first, as flake8 does): an ``elif`` chain, an
attribute or method chain, a long ``+`` chain and nested expressions all
show up as depth there.
"""
import ast
import re
from typing import List, Optional, Tuple

MAX_DEPTH = 1000
_NEWLINE = re.compile(r"\r\n|\r|\n")  # what ends a line for Python (not \f, \v or U+2028)
_HEAVY = (ast.Subscript,)  # nodes that count two levels


def too_deep(tree: ast.AST, limit: int = MAX_DEPTH,
             source: Optional[str] = None) -> Optional[Tuple[int, int, int]]:
    """(line, column, depth) of the first node deeper than ``limit``, else None.
    Iterative, so it cannot itself run out of stack.  With the ``source`` the
    tree was parsed from, statements over several lines that are too short
    to be that deep are skipped too (the common case: whole functions)."""
    ends = _line_ends(source) if source is not None else None
    stack = [(tree, 1, 1, 0)]
    while stack:
        node, depth, line, col = stack.pop()
        # contexts (Load, Store) have no position: they are where their parent is
        line, col = getattr(node, "lineno", line), getattr(node, "col_offset", col)
        if depth > limit:
            return line, col, depth
        if isinstance(node, ast.stmt) and _short(node, limit - depth, ends):
            continue
        step = 2 if isinstance(node, _HEAVY) else 1
        stack.extend((child, depth + step, line, col) for child in ast.iter_child_nodes(node))
    return None


def _line_ends(source: str) -> List[int]:
    """Character offset of the end of each line (1-based: ``ends[n]`` ends
    line n), lines split where Python's tokenizer splits them."""
    return [0, *(m.end() for m in _NEWLINE.finditer(source)), len(source)]


def _short(stmt: ast.stmt, room: int, ends: Optional[List[int]] = None) -> bool:
    """Whether ``stmt`` is too short to nest ``room`` more levels: every level
    takes at least one character (``-x``, ``a.b``), and at most two levels per
    character are counted, so a statement shorter than ``room / 2`` characters
    cannot: on one line, its columns say so; over several lines, the
    characters of those lines (``ends``), which is at least its length.
    This keeps the walk to the few statements that could be deep."""
    end_line, end_col = stmt.end_lineno, stmt.end_col_offset
    if end_line is None or end_col is None:
        return False
    if end_line == stmt.lineno:
        return (end_col - stmt.col_offset) * 2 < room
    if ends is None or not 0 < stmt.lineno <= end_line < len(ends):
        return False
    return (ends[end_line] - ends[stmt.lineno - 1]) * 2 < room
