"""Where a fix's edits go in one file: node positions (LibCST's position
metadata, one top-level statement at a time and only when a fix is planned:
ranges.py), the
indentation and line endings the file uses, statements added at the top of
a block (a one-line body becomes an indented block), and names from the
standard library or a library made available in the file's own import style
(``import time`` -> ``time.sleep``; ``from time import monotonic`` gains
``sleep``; else a new ``import`` after the file's imports)."""
import math
import re
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

import libcst as cst

from flake8_metastudio.analysis.syntax import dotted_name
from flake8_metastudio.fixes.model import Edit
from flake8_metastudio.fixes.ranges import Ranges, TooDeep

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.analysis.index import Scope

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


class NoFix(Exception):
    """A fix cannot be placed correctly here; the message says why."""


def seconds_text(x: float) -> str:
    """A delay rounded *up* to the millisecond (rounding down could leave the
    rate a hair above the limit), written short: ``0.25``, ``1``."""
    x = math.ceil(x * 1000 - 1e-9) / 1000
    text = ("%.3f" % x).rstrip("0").rstrip(".")
    return text or "0"


class Source:
    def __init__(self, facts: "Facts") -> None:
        self.facts = facts
        self.module = facts.module
        self.text = facts.source
        self.lines = [m for m in _LINE.findall(self.text)]
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.newline = self.module.default_newline
        self.indent_unit = self.module.default_indent
        self._ranges: Optional[Ranges] = None
        self._scope_of_call: Optional[Dict[int, "Scope"]] = None
        self._estimates_at: Optional[Dict[int, List[Any]]] = None

    # -- positions ------------------------------------------------------------
    def _positions(self) -> Ranges:
        if self._ranges is None:
            self._ranges = Ranges(self.module, self.text, self.facts.tree)
        return self._ranges

    def range(self, node: cst.CSTNode) -> Tuple[Tuple[int, int], Tuple[int, int]]:
        try:
            got = self._positions().of(node)
        except TooDeep:
            # LibCST's position metadata recurses once per level: code nested past the
            # interpreter's stack gets no fix rather than a slow deep-stack retry
            raise NoFix("the code is nested too deeply to place a fix") from None
        if got is None:
            raise NoFix("the code is nested too deeply to place a fix")
        return got

    def top_level_statement(self, node: cst.CSTNode) -> Optional[int]:
        """The index of the module statement holding ``node``."""
        return self._positions().top_of(node)

    def start(self, node: cst.CSTNode) -> Tuple[int, int]:
        if isinstance(node, (cst.FunctionDef, cst.ClassDef)) and node.decorators:
            return self.range(node.decorators[0])[0]
        return self.range(node)[0]

    def indentation_at(self, line: int) -> str:
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        return text[:len(text) - len(text.lstrip(" \t"))]

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)

    # -- scopes ---------------------------------------------------------------
    def scope_of_call(self, call: cst.CSTNode) -> "Optional[Scope]":
        if self._scope_of_call is None:
            self._scope_of_call = {id(c): s for c, s in self.facts.index.calls}
        return self._scope_of_call.get(id(call))

    def estimates_at(self, node: cst.CSTNode) -> List[Any]:
        """Every rate estimate above the limit reported at ``node``: one per way
        the call is reached (a helper analysed with its arguments and without),
        of which the report shows one."""
        if self._estimates_at is None:
            self._estimates_at = {}
            for occ in self.facts.occs:
                est = self.facts.estimate(occ)
                if est is not None:
                    self._estimates_at.setdefault(id(est.level.report), []).append(est)
        return self._estimates_at.get(id(node), [])

    def enclosing_function(self, node: cst.CSTNode) -> "Optional[Scope]":
        """The innermost function (def, async def) whose text holds ``node``."""
        at = self.range(node)[0]
        top = self.top_level_statement(node)
        best = None
        for scope in self.facts.index.functions:
            if scope.kind != "function" or self.top_level_statement(scope.node) != top:
                continue  # (only the functions of its statement are numbered)
            start, end = self.range(scope.node)
            if start <= at <= end and (best is None or start > self.range(best.node)[0]):
                best = scope
        return best

    def name_taken(self, name: str) -> bool:
        """Whether ``name`` is bound to something other than an import anywhere
        in the module (a variable, a parameter, a def or class)."""
        scopes = [self.facts.index.root] + list(self.facts.index.functions) + [
            c.scope for c in self.facts.index.classes]
        for scope in scopes:
            if name in scope.assigns or name in scope.params or name in scope.functions or name in scope.classes:
                return True
        return False

    # -- statements -----------------------------------------------------------
    def insert_statements(self, owner: cst.CSTNode, statements: List[str], where: str = "top") -> List[Edit]:
        """Edits adding ``statements`` (one line each, a comment line counts)
        to the block of ``owner`` (a loop, a handler, an if, a function):
        at the top, or before a last ``continue`` / at the end (``where``
        "retry")."""
        body = owner.body  # type: ignore[attr-defined]
        nl = self.newline
        if isinstance(body, cst.SimpleStatementSuite):
            # `for x in xs: call(x)`: the body moves to an indented block of its own
            first = self.range(body.body[0])[0]
            ws = len(body.leading_whitespace.value)
            indent = self.indentation_at(self.start(owner)[0]) + self.indent_unit
            content = nl + "".join(indent + s + nl for s in statements) + indent
            return [Edit((first[0], first[1] - ws), first, content)]
        if not isinstance(body, cst.IndentedBlock) or not body.body:
            raise NoFix("the block has no statements to place the fix beside")
        stmts = list(body.body)
        index = 0
        if where == "retry":
            last = stmts[-1]
            smalls = last.body if isinstance(last, cst.SimpleStatementLine) else []
            tail = smalls[-1] if smalls else None
            if isinstance(tail, cst.Continue):
                index = len(stmts) - 1
            elif isinstance(tail, (cst.Raise, cst.Return, cst.Break)):
                index = 0
            else:
                index = len(stmts)
        if index < len(stmts):
            line, col = self.start(stmts[index])
            indent = self.lines[line - 1][:col]
            if indent.strip():
                raise NoFix("the statement does not start its line")
            return [Edit((line, 0), (line, 0), "".join(indent + s + nl for s in statements))]
        line, col = self.start(stmts[-1])
        indent = self.lines[line - 1][:col]
        end_line = self.range(stmts[-1])[1][0]
        return [self.insert_line_after(end_line, "".join(indent + s + nl for s in statements))]

    def insert_line_after(self, line: int, content: str) -> Edit:
        """An insertion at the start of the line after ``line`` (at the end of a
        file that does not end with a newline, the newline comes first)."""
        if line < len(self.lines):
            return Edit((line + 1, 0), (line + 1, 0), content)
        last = self.lines[-1] if self.lines else ""
        stripped = last.rstrip("\r\n")
        if stripped != last:
            return Edit((len(self.lines) + 1, 0), (len(self.lines) + 1, 0), content)
        return Edit((len(self.lines), len(stripped)), (len(self.lines), len(stripped)),
                    self.newline + content[:-len(self.newline)] if content.endswith(self.newline) else content)

    # -- imports --------------------------------------------------------------
    def name_for(self, module: str, name: str) -> Tuple[str, List[Edit]]:
        """How to spell ``module.name`` in this file, and the edits that
        import it when the file does not yet: its ``import module`` (any
        alias), its ``from module import name``, a name added to its
        ``from module import ...`` line, else a new ``import module``."""
        root = self.facts.index.root
        for bound, qualname in root.imports.items():
            if qualname == module + "." + name:
                return bound, []
        for bound, qualname in root.imports.items():
            if qualname == module and not self.name_taken(bound):
                return "%s.%s" % (bound, name), []
        from_line = self._from_import(module)
        if from_line is not None and not self.name_taken(name) and name not in root.imports:
            last = from_line.names[-1]  # type: ignore[index]
            end = self.range(last)[1]
            return name, [Edit(end, end, ", " + name)]
        if self.name_taken(module) or module in root.imports:
            raise NoFix("the name %r is bound to something else in this module" % module)
        return "%s.%s" % (module, name), [self._new_import("import %s" % module)]

    def from_name_for(self, module: str, name: str) -> Tuple[str, List[Edit]]:
        """``name`` from ``module`` as the file imports from it: the bound name,
        else added to its ``from module import`` line, else a new one."""
        root = self.facts.index.root
        for bound, qualname in root.imports.items():
            if qualname == module + "." + name:
                return bound, []
        if self.name_taken(name) or name in root.imports:
            raise NoFix("the name %r is bound to something else in this module" % name)
        from_line = self._from_import(module)
        if from_line is not None:
            end = self.range(from_line.names[-1])[1]  # type: ignore[index]
            return name, [Edit(end, end, ", " + name)]
        return name, [self._new_import("from %s import %s" % (module, name))]

    def _top_imports(self) -> List[Tuple[cst.SimpleStatementLine, cst.CSTNode]]:
        out: List[Tuple[cst.SimpleStatementLine, cst.CSTNode]] = []
        for stmt in self.module.body:
            if isinstance(stmt, (cst.FunctionDef, cst.ClassDef)):
                break  # imports below the first definition are not the file's import block
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if isinstance(small, (cst.Import, cst.ImportFrom)):
                        out.append((stmt, small))
        return out

    def _from_import(self, module: str) -> Optional[cst.ImportFrom]:
        for stmt, small in self._top_imports():
            if isinstance(small, cst.ImportFrom) and not small.relative and small.module is not None \
                    and dotted_name(small.module) == module and not isinstance(small.names, cst.ImportStar) \
                    and small.lpar is None and len(stmt.body) == 1 and small.names \
                    and not isinstance(small.names[-1].comma, cst.Comma):
                return small
        return None

    def _new_import(self, statement: str) -> Edit:
        line_text = statement + self.newline
        imports = [(s, small) for s, small in self._top_imports() if not _is_future(small)]
        if imports and statement.startswith("import "):
            # a standard-library module: among the file's plain imports in alphabetical order
            # (isort's place for it), else before its first import
            module = statement.split()[1]
            group = [imports[0]]  # the first group of imports (up to a blank line): the standard library's
            for item in imports[1:]:
                if item[0] is not group[-1][0] and item[0].leading_lines:
                    break
                group.append(item)
            before = [s for s, small in group if isinstance(small, cst.Import)
                      and (dotted_name(small.names[0].name) or "") < module]
            if before:
                return self.insert_line_after(self.range(before[-1])[1][0], line_text)
            line = self.start(imports[0][0])[0]
            return Edit((line, 0), (line, 0), line_text)
        if imports:
            return self.insert_line_after(self.range(imports[-1][0])[1][0], line_text)
        body = list(self.module.body)
        index = 0
        while index < len(body) and _is_docstring_or_future(body[index], index):
            index += 1
        if index < len(body):
            line = self.start(body[index])[0]
            return Edit((line, 0), (line, 0), line_text)
        end = self.range(body[-1])[1][0] if body else 0
        return self.insert_line_after(end, line_text) if body else Edit((1, 0), (1, 0), line_text)


def _is_future(small: cst.CSTNode) -> bool:
    return isinstance(small, cst.ImportFrom) and small.module is not None and dotted_name(small.module) == "__future__"


def _is_docstring_or_future(stmt: cst.CSTNode, index: int) -> bool:
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return False
    small = stmt.body[0]
    if index == 0 and isinstance(small, cst.Expr) and isinstance(small.value, (cst.SimpleString,
                                                                                 cst.ConcatenatedString)):
        return True
    return _is_future(small)
