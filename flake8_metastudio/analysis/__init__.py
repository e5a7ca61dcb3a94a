"""The pipeline: source text -> cheap pre-filter -> LibCST module -> facts
(clients, regions, repeated contexts, throttles) -> rules -> findings."""
import gc
from typing import List

from flake8_metastudio.analysis.deep import deep_retry
from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import PRECEDENCE
from flake8_metastudio.prefilter import mentions_metastudio


def parse(source: str):
    """A LibCST module, or None when the file does not parse (flake8 reports E999)."""
    import libcst as cst

    try:
        return _parse_deep(cst, source)
    except Exception:  # ParserSyntaxError, and whatever a hostile file provokes
        return None


@deep_retry
def _parse_deep(cst, source):
    return cst.parse_module(source)


@deep_retry
def analyze_module(module, settings, catalog=None, source=None, tree=None):
    """Facts and findings (with positions) for a parsed module."""
    from flake8_metastudio import catalog as catalog_mod
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.rules import RULES

    facts = Facts(module, settings, catalog or catalog_mod.load(), source, tree)
    best = {}
    for rule in RULES:
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


def analyze_source(source: str, settings, tree=None) -> List[Finding]:
    """Findings for one file's text; [] for files that do not use MetaStudio
    or do not parse."""
    if not mentions_metastudio(source):
        return []
    # The CST and the facts are acyclic and freed by reference counting; the
    # cyclic collector would only rescan them again and again as they grow.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        module = parse(source)
        if module is None:
            return []
        return analyze_module(module, settings, source=source, tree=tree)[1]
    finally:
        if gc_was_enabled:
            gc.enable()
