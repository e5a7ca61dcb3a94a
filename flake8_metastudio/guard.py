"""The nesting LibCST is never handed.

Python's own parser accepts code nested far deeper than LibCST's native
parser and the analysis can take.  Measured with libcst 1.9 on CPython 3.11
(``tools/measure_nesting.py``, a subprocess per shape and size, 8 MB main
stack), ``libcst.parse_module`` is quadratic or worse in the nesting depth
and fails outright beyond it:

=============================  ======================  =======================
shape                          fine at                 fails (ast still parses)
=============================  ======================  =======================
``elif`` chain                 2,000 (0.2 s)           16,000: SIGSEGV
``a.b.c...`` attributes        2,000 (1.2 s)           8,000: over 40 s
``f()()()...`` calls           2,000 (1.9 s)           4,000: 10 s
``a.b().b()...`` methods       1,000 (1.8 s)           2,000: 9 s
``a[0][0]...`` subscripts      1,000 (0.8 s)           2,000: 4.8 s
``1 + 1 + ...``                1,000 (0.2 s)           2,000: 0.8 s, 9,000: SIGSEGV
``lambda: lambda: ...``        1,000 (0.3 s)           2,000: 2 s
``x if c else x if c ...``     1,000 (0.3 s)           2,000: 1.1 s, 4,000: 11 s
``not not ...``, ``- - ...``   2,000 (0.4 s)           8,000: SIGABRT
``a or a or ...`` (and, mixed) 7,000 (operands)        7,062: SIGSEGV
``"a" "a" ...`` implicit       3,000 (parts)           3,015: ParserSyntaxError
concatenation (also f-strings,
bytes, over many lines)
=============================  ======================  =======================

Comparison chains, tuples, call arguments, ``;``-separated statements,
decorators and ``with`` items are flat lists in LibCST: 50,000 of each parse
in 1-3 s.

So the guard measures each file's nesting as LibCST will see it, on the
``ast`` tree (which flake8 has already built, and ``metastudio-lint`` builds
first, as flake8 does), and refuses it beyond ``MAX_DEPTH`` levels with one
finding that says why, before LibCST sees it:

* a node inside another counts one level; a subscript two (it costs about
  four times as much per level as the others);
* ``ast`` flattens ``a or b or c`` into one node and implicitly concatenated
  strings into one constant, where LibCST nests one level per operand: a
  boolean operation counts ``OPERAND_WEIGHT`` levels per operand and a
  string ``OPERAND_WEIGHT`` per part, so 2,500 operands or parts (well under
  the 3,000 and 7,000 where LibCST fails, leaving room for the nesting
  around them and for smaller stacks) reach the bound.
"""
import ast
import io
import re
import tokenize
from itertools import accumulate
from typing import List, Optional, Tuple

MAX_DEPTH = 1000
# lines of one file LibCST is given: its tree takes some 9 KB a line even for `x = 1`
# (400,000 such lines need 3.6 GB, and the process aborts under a 4 GB cap)
MAX_LINES = 100_000
OPERAND_WEIGHT = 0.4  # levels per operand of a boolean operation, or part of a concatenated string
_HEAVY = (ast.Subscript,)  # nodes that count two levels
_STRINGS = (ast.Constant, ast.JoinedStr)
_NEWLINE = re.compile(r"\r\n|\r|\n")


def too_deep(tree: ast.AST, limit: int = MAX_DEPTH, source: Optional[str] = None) -> Optional[Tuple[int, int, str]]:
    """(line, column, what) of the first place nested deeper than ``limit``
    levels as LibCST nests it, else None.  ``source`` is the file's text,
    needed to count the parts of long concatenated strings; with it,
    statements over several lines too short to be that deep are skipped too
    (the common case: whole functions).  Iterative, so it cannot itself run
    out of stack."""
    if source is not None and source.count("\n") >= MAX_LINES:
        count = source.count("\n") + (not source.endswith("\n"))
        return 1, 0, "%d lines, more than the parser takes (%d)" % (count, MAX_LINES)
    lines = _Lines(source) if source is not None else None
    stack: List[Tuple[ast.AST, float, int, int]] = [(tree, 1.0, 1, 0)]
    while stack:
        node, depth, line, col = stack.pop()
        # contexts (Load, Store) have no position: they are where their parent is
        line, col = getattr(node, "lineno", line), getattr(node, "col_offset", col)
        if isinstance(node, _STRINGS) and lines is not None:
            parts = lines.string_parts(node, (limit - depth) / OPERAND_WEIGHT)
            if parts and depth + parts * OPERAND_WEIGHT > limit:
                return line, col, "%d implicitly concatenated strings at line %d" % (parts, line)
        if depth > limit:
            return line, col, "more than %d levels at line %d" % (limit, line)
        if isinstance(node, ast.stmt) and _short(node, limit - depth, lines):
            continue
        if isinstance(node, ast.BoolOp):
            step = max(1.0, (len(node.values) - 1) * OPERAND_WEIGHT)
            if depth + step > limit:
                return line, col, "%d operands of %s at line %d" % (
                    len(node.values), "or" if isinstance(node.op, ast.Or) else "and", line)
        else:
            step = 2.0 if isinstance(node, _HEAVY) else 1.0
        stack.extend((child, depth + step, line, col) for child in ast.iter_child_nodes(node))
    return None


def _short(stmt: ast.stmt, room: float, lines: "Optional[_Lines]" = None) -> bool:
    """Whether ``stmt`` is too short to nest ``room`` more levels: every level
    takes at least one character (``-x``, ``a.b``), and at most two levels per
    character are counted, so a statement shorter than ``room / 2`` characters
    cannot: on one line, its columns say so; over several lines, the
    characters of those lines (``lines``), which is at least its length.
    This keeps the walk to the few statements that could be deep."""
    end_line, end_col = stmt.end_lineno, stmt.end_col_offset
    if end_line is None or end_col is None:
        return False
    if end_line == stmt.lineno:
        return (end_col - stmt.col_offset) * 2 < room
    if lines is None:
        return False
    chars = lines.span(stmt.lineno, end_line)
    return chars is not None and chars * 2 < room


class _Lines:
    """The source's lines, split as ``ast`` counts them, to read the text of
    the few string constants long enough to hold many parts, and the length
    of statements over several lines."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._starts: Optional[List[int]] = None

    def starts(self) -> List[int]:
        """Character offset where each line starts (``starts()[n - 1]``: line n)."""
        if self._starts is None:
            if "\r" in self.source:
                self._starts = [0] + [m.end() for m in _NEWLINE.finditer(self.source)]
            else:  # the same offsets, from the lengths of the lines: no match object per line
                self._starts = [0, *accumulate(len(line) + 1 for line in self.source.split("\n")[:-1])]
        return self._starts

    def span(self, line: int, end_line: int) -> Optional[int]:
        """Characters of lines ``line`` to ``end_line`` (newlines included), at
        least the length of whatever starts and ends on them; None past the end."""
        starts = self.starts()
        if not 0 < line <= end_line <= len(starts):
            return None
        end = starts[end_line] if end_line < len(starts) else len(self.source)
        return end - starts[line - 1]

    def string_parts(self, node: ast.AST, many: float) -> int:
        """How many string literals make up this constant (implicit
        concatenation), counted only when its text is long enough to hold
        ``many`` of them; 0 otherwise."""
        if isinstance(node, ast.Constant) and not isinstance(node.value, (str, bytes)):
            return 0
        end_line, end_col = getattr(node, "end_lineno", None), getattr(node, "end_col_offset", None)
        if end_line is None or end_col is None:
            return 0
        line, col = getattr(node, "lineno", 0), getattr(node, "col_offset", 0)
        # every part takes at least two characters ('', ""): shorter text cannot hold many
        min_chars = 2 * many
        if end_line == line and end_col - col < min_chars:
            return 0
        text = self.segment(line, col, end_line, end_col)
        if len(text) < min_chars:
            return 0
        # every part opens and closes with a quote: too few quotes cannot make many parts (a
        # 10 MB literal was tokenised whole, at 38 times the parse of its file)
        if text.count("'") + text.count('"') < min_chars:
            return 0
        return _count_string_tokens(text)

    def segment(self, line: int, col: int, end_line: int, end_col: int) -> str:
        starts = self.starts()
        if line > len(starts) or end_line > len(starts):
            return ""
        start = starts[line - 1] + _chars(self.source, starts[line - 1], col)
        end = starts[end_line - 1] + _chars(self.source, starts[end_line - 1], end_col)
        return self.source[start:end]


def _chars(source: str, line_start: int, byte_col: int) -> int:
    """The character offset, in the line starting at ``line_start``, of
    ``ast``'s column (counted in UTF-8 bytes)."""
    # str.find, not a regex search: a line of 10 MB is scanned at C speed
    ends = [i for i in (source.find("\n", line_start), source.find("\r", line_start)) if i >= 0]
    text = source[line_start:min(ends) if ends else len(source)]
    if text.isascii():
        return min(byte_col, len(text))  # a byte is a character
    return len(text.encode("utf-8", "surrogatepass")[:byte_col].decode("utf-8", "ignore"))


def _count_string_tokens(text: str) -> int:
    kinds = {tokenize.STRING} | ({getattr(tokenize, "FSTRING_START")} if hasattr(tokenize, "FSTRING_START") else set())
    count = 0
    try:
        for tok in tokenize.generate_tokens(io.StringIO("(" + text + ")").readline):
            if tok.type in kinds:
                count += 1
    except (tokenize.TokenError, SyntaxError):
        return count
    return count
