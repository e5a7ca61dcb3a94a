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
from typing import Optional, Tuple

MAX_DEPTH = 1000
_HEAVY = (ast.Subscript,)  # nodes that count two levels


def too_deep(tree: ast.AST, limit: int = MAX_DEPTH) -> Optional[Tuple[int, int, int]]:
    """(line, column, depth) of the first node deeper than ``limit``, else None.
    Iterative, so it cannot itself run out of stack."""
    stack = [(tree, 1, 1, 0)]
    while stack:
        node, depth, line, col = stack.pop()
        # contexts (Load, Store) have no position: they are where their parent is
        line, col = getattr(node, "lineno", line), getattr(node, "col_offset", col)
        if depth > limit:
            return line, col, depth
        if isinstance(node, ast.stmt) and _short(node, limit - depth):
            continue
        step = 2 if isinstance(node, _HEAVY) else 1
        stack.extend((child, depth + step, line, col) for child in ast.iter_child_nodes(node))
    return None


def _short(stmt: ast.stmt, room: int) -> bool:
    """Whether ``stmt`` is too short to nest ``room`` more levels: every level
    takes at least one character (``-x``, ``a.b``), and at most two levels per
    character are counted, so a statement on one line shorter than ``room / 2``
    characters, or spanning fewer lines than that with no long line, cannot.
    This keeps the walk to the few statements that could be deep."""
    end_line, end_col = stmt.end_lineno, stmt.end_col_offset
    if end_line is None or end_col is None:
        return False
    if end_line == stmt.lineno:
        return (end_col - stmt.col_offset) * 2 < room
    return False
