"""Where a reported expression ends, for report formats that show a span
(SARIF regions, code scanning's highlighting).

Findings carry the start of the call or literal they report; the end is that
of the outermost ``ast`` expression starting there (the whole call
``client.create_product(req)`` rather than the name ``client``).  Columns
are counted in characters, as the start column is.
"""
import ast
from typing import Dict, Iterable, List, Optional, Tuple

Pos = Tuple[int, int]


def _chars(lines: List[str], line: int, byte_col: int) -> int:
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if text.isascii():
        return byte_col
    return len(text.encode("utf-8", "surrogatepass")[:byte_col].decode("utf-8", "replace"))


def ends(tree: Optional[ast.AST], lines: List[str], starts: Iterable[Pos]) -> Dict[Pos, Pos]:
    """{(line, column) start: (end line, end column)} for the given starts."""
    wanted = set(starts)
    if tree is None or not wanted:
        return {}
    rows = {line for line, _ in wanted}
    found: Dict[Pos, Pos] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.expr) or node.lineno not in rows or node.end_lineno is None:
            continue
        start = (node.lineno, _chars(lines, node.lineno, node.col_offset))
        if start not in wanted:
            continue
        end = (node.end_lineno, _chars(lines, node.end_lineno, node.end_col_offset or 0))
        if end > found.get(start, (0, 0)):
            found[start] = end
    return found
