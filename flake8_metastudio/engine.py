"""The engine: the one entry point of the analysis.

source text -> cheap pre-filter -> LibCST module -> facts (built once:
clients, regions, repeated contexts, estimates) -> every registered rule ->
findings with positions.

``plugin``, ``cli``, ``explain``, the benchmark and tools/golden.py call this
module and nothing below it.  It sits above ``rules`` and ``analysis``;
neither imports it.  LibCST and the analysis are imported only once a file
passes the pre-filter, so files that never mention MetaStudio cost nothing.
"""
import contextlib
import gc
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterator, List, Optional, Tuple

from flake8_metastudio.analysis.deep import deep_retry
from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import PRECEDENCE
from flake8_metastudio.prefilter import mentions_metastudio

if TYPE_CHECKING:  # pragma: no cover - imports for annotations only
    import ast

    import libcst as cst

    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.fixes.apply import Outcome
    from flake8_metastudio.options import Settings

__all__ = ["ParseFailure", "parse", "parse_compiled", "analyze", "analyze_module", "lint_source", "mentions_metastudio",
           "planned", "plan_fixes", "fix_source"]


def __getattr__(name: str) -> Any:
    # RateEstimate, NoEstimate, concurrency: what explain reads of an
    # estimate, without importing the analysis (and LibCST) before a file
    # needs it
    if name in ("RateEstimate", "NoEstimate", "concurrency"):
        from flake8_metastudio.analysis import rates

        return getattr(rates, name)
    raise AttributeError(name)


class ParseFailure(Exception):
    """LibCST does not parse a file that Python compiles (the cause is LibCST's error)."""


def parse(source: str) -> "Optional[cst.Module]":
    """A LibCST module, or None when the file does not parse (flake8 reports E999)."""
    import libcst as cst

    try:
        return _parse_deep(cst, source)
    except Exception:  # ParserSyntaxError, and whatever a hostile file provokes
        return None


def parse_compiled(source: str) -> "cst.Module":
    """The LibCST module of a file Python compiles; ParseFailure if LibCST
    does not take it (not a silent nothing: the file would go unchecked)."""
    import libcst as cst

    try:
        return _parse_deep(cst, source)
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise ParseFailure("LibCST does not parse what Python compiles (%s: %s)"
                           % (type(exc).__name__, first[:100])) from exc


@deep_retry
def _parse_deep(cst: Any, source: str) -> "cst.Module":
    from flake8_metastudio import cstparse

    return cstparse.parse_module(source)  # libcst.parse_module, without node validation where checked


@deep_retry
def analyze_module(module: "cst.Module", settings: "Settings", source: Optional[str] = None,
                   tree: "Optional[ast.AST]" = None) -> "Tuple[Facts, List[Finding]]":
    """The facts and the findings (with positions, sorted) of a parsed module."""
    from flake8_metastudio import catalog
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.rules import registry

    facts = Facts(module, settings, catalog.load(), source, tree)
    best: Dict[Tuple[int, str], Finding] = {}
    for rule in registry():
        for f in rule.check(facts):
            # rate rules share one slot per call site; other rules have their own
            key = (id(f.node), "rate" if f.code in PRECEDENCE else f.code)
            held = best.get(key)
            if held is None or (f.code in PRECEDENCE and PRECEDENCE.index(f.code) < PRECEDENCE.index(held.code)):
                best[key] = f
    findings = list(best.values())
    for f in findings:
        f.line, f.col = facts.position(f.node)
    findings.sort(key=lambda f: (f.line, f.col, f.code))
    return facts, findings


def analyze(source: str, settings: "Settings",
            tree: "Optional[ast.AST]" = None) -> "Optional[Tuple[Facts, List[Finding]]]":
    """Facts and findings of one file's text (for ``explain``); None when it
    does not parse.  Unlike ``lint_source`` it does not pre-filter."""
    module = parse(source)
    if module is None:
        return None
    return analyze_module(module, settings, source=source, tree=tree)


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    # The CST and the facts are freed by reference counting once released
    # (Facts.release cuts their only cycles); the cyclic collector would only
    # rescan them again and again as they grow.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc_was_enabled:
            gc.enable()


def planned(source: str, settings: "Settings") -> Optional[List[Finding]]:
    """Findings of one file's text, each with its fix or why there is none
    (``fixes``); None when the text does not parse.  Only the ``fix``
    command and the JSON/SARIF reports ask for this: linting never plans."""
    if not mentions_metastudio(source):
        return []
    from flake8_metastudio.fixes import planner

    with _no_cyclic_gc():
        result = analyze(source, settings)
        if result is None:
            return None
        facts, findings = result
        planner.plan(facts, findings)
        facts.release()
    return findings


def plan_fixes(facts: "Facts", findings: List[Finding]) -> None:
    """Plan (not verify) each finding's fix on facts already computed, for
    ``explain``: ``fix`` or ``no_fix`` set on every finding."""
    from flake8_metastudio.fixes import planner

    planner.plan(facts, findings)


def fix_source(source: str, settings: "Settings", wanted: "Callable[[Finding, int], bool]",
               rounds: Optional[int] = None) -> "Outcome":
    """``source`` with the fixes ``wanted`` keeps applied, each verified
    (``fixes.apply``): the new text, what was fixed, what failed and why."""
    from flake8_metastudio.fixes import apply

    findings = planned(source, settings)
    if findings is None:
        return apply.Outcome(source)
    return apply.fix_text(source, findings, lambda text: planned(text, settings), wanted,
                          rounds if rounds is not None else apply.MAX_ROUNDS)


def lint_source(source: str, settings: "Settings", tree: Any = None) -> List[Finding]:
    """Findings for one file's text; [] for files that do not use MetaStudio
    or do not parse.  ``tree`` is flake8's ``ast`` tree when there is one
    (it speeds up positions)."""
    if not mentions_metastudio(source):
        return []
    with _no_cyclic_gc():
        if tree is not None:  # Python compiled it: LibCST must parse it too, or say why not
            result = analyze_module(parse_compiled(source), settings, source=source, tree=tree)
        else:
            found = analyze(source, settings, tree)
            if found is None:
                return []
            result = found
        facts, findings = result
        facts.release()
        return findings
