"""The engine: the one entry point of the analysis.

source text -> cheap pre-filter -> LibCST module -> facts (built once:
clients, regions, repeated contexts, estimates) -> every registered rule ->
findings with positions.

Whole-project analysis (``lint_file``, ``analyze`` given a path): names
imported from the project's own modules are resolved through
``analysis/linking.py``, with modules found by ``project/layout.py``, parsed
at most once per process (``_project_module``), files that never mention
MetaStudio analysed only when their import closure reaches one that does
(``project/closure.py``), and results kept in the on-disk cache
(``project/cache.py``).  A finding is reported in the file analysed only:
one about another module's code is that module's.

``plugin``, ``cli``, ``explain``, the benchmark and tools/golden.py call this
module and nothing below it.  It sits above ``rules`` and ``analysis``;
neither imports it.  LibCST and the analysis are imported only once a file
passes the pre-filter, so files that never mention MetaStudio cost nothing.
"""
import contextlib
import gc
import os
import stat
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterator, List, Optional, Set, Tuple

from flake8_metastudio.analysis.deep import deep_retry
from flake8_metastudio.analysis.effects import ASSUMED_REGION  # noqa: F401 - explain reads it here
from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import PRECEDENCE
from flake8_metastudio.prefilter import mentions_metastudio

if TYPE_CHECKING:  # pragma: no cover - imports for annotations only
    import ast

    import libcst as cst

    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.analysis.index import ModuleIndex
    from flake8_metastudio.analysis.linking import Linker, Loaded
    from flake8_metastudio.fixes.apply import Outcome
    from flake8_metastudio.options import Settings

__all__ = ["ParseFailure", "parse", "parse_compiled", "analyze", "analyze_module", "lint_source", "lint_file", "forget_project_state",
           "wants", "mentions_metastudio", "planned", "plan_fixes", "fix_source"]


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
                   tree: "Optional[ast.AST]" = None, index: "Optional[ModuleIndex]" = None,
                   link: "Optional[Callable[[ModuleIndex], Linker]]" = None) -> "Tuple[Facts, List[Finding]]":
    """The facts and the findings (with positions, sorted) of a parsed module
    (``link``: resolve imports of the project's modules, see ``lint_file``)."""
    from flake8_metastudio import catalog
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.rules import registry

    facts = Facts(module, settings, catalog.load(), source, tree, index=index, link=link)
    best: Dict[Tuple[int, str], Finding] = {}
    for rule in registry():
        for f in rule.check(facts):
            # rate rules share one slot per call site; other rules have their own
            key = (id(f.node), "rate" if f.code in PRECEDENCE else f.code)
            held = best.get(key)
            if held is None or _beats(f, held):
                best[key] = f
    findings = list(best.values())
    if facts.linker is not None:
        findings = _placed(facts.linker, findings)
    for f in findings:
        f.line, f.col = facts.position(f.node)
    findings.sort(key=lambda f: (f.line, f.col, f.code))
    return facts, findings


def analyze(source: str, settings: "Settings", tree: "Optional[ast.AST]" = None,
            path: Optional[str] = None) -> "Optional[Tuple[Facts, List[Finding]]]":
    """Facts and findings of one file's text (for ``explain``); None when it
    does not parse.  Unlike ``lint_source`` it does not pre-filter.  With
    ``path``, the file is analysed as part of its project."""
    if path is not None:
        return _analyze_in_project(source, settings, os.path.abspath(path), tree)
    module = parse(source)
    if module is None:
        return None
    return analyze_module(module, settings, source=source, tree=tree)


# -- whole-project analysis ----------------------------------------------------------
# path -> ((size, mtime), text hash, module or None when it cannot be read or parsed)
_MODULES: "Dict[str, Tuple[Tuple[int, int], str, Optional[Loaded]]]" = {}
_MAX_MODULE_BYTES = 4 << 20  # larger imported modules are not analysed (their names stay unresolved)
_MAX_KEPT = 2000  # parsed modules kept per process (a LibCST tree takes some 50 times its text)
_MAX_KEPT_TEXT = 16 << 20  # and their text, in characters: the trees of a large project stay near 1 GB
_KEPT_TEXT = [0, 0]  # characters of the modules kept, of those let go since the collector last looked
_LET_GO_TEXT = 1 << 20  # at least this much let go before a collection is worth it


def _project_module(path: str, extra: Tuple[str, ...], checked: Optional[str] = None) -> "Optional[Loaded]":
    """A module of the project, read and parsed at most once per process
    (again only when the file changes).  ``checked``: a text the caller has
    compiled and guarded already (the file being linted), not checked again."""
    from flake8_metastudio.project import cache, layout

    try:
        st = os.stat(path)
    except OSError as exc:
        return _not_loaded(path, "cannot be read (%s)" % (exc.strerror or type(exc).__name__))
    if not stat.S_ISREG(st.st_mode):  # a FIFO named like a module must not block the run
        return _not_loaded(path, "not a regular file")
    stamp = (st.st_size, st.st_mtime_ns)
    held = _MODULES.get(path)
    if held is not None and held[0] == stamp:
        return held[2]
    from flake8_metastudio.project.files import read_source

    loaded = None
    digest = ""
    text = read_source(path, _MAX_MODULE_BYTES)  # as Python reads it: its coding cookie, else UTF-8
    if text is None:
        why = ("larger than %d MB" % (_MAX_MODULE_BYTES >> 20) if st.st_size > _MAX_MODULE_BYTES
               else "cannot be read or decoded")
    else:
        digest = cache.text_hash(text)
        named = layout.module_name(path, extra)
        # what Python cannot compile is not imported (LibCST takes some of it:
        # 1,000 nested brackets): its names stay unresolved, never guessed;
        # nor is LibCST handed a nesting it cannot take (guard.py: it crashes)
        module = parse(text) if named is not None and (text == checked or _parses_safely(text, path)) else None
        why = "not under a source root" if named is None else "does not compile, or is nested deeper than " \
            "the analysis takes"
        if module is not None and named is not None:
            from flake8_metastudio.analysis.index import ModuleIndex
            from flake8_metastudio.analysis.linking import Loaded

            loaded = Loaded(path, named[0], named[1], text, module, ModuleIndex(module))
    _let_go(path)
    while _MODULES and (len(_MODULES) >= _MAX_KEPT or _KEPT_TEXT[0] + len(text or "") > _MAX_KEPT_TEXT):
        _let_go(next(iter(_MODULES)))  # a bound on memory: the oldest is parsed again if needed
    _MODULES[path] = (stamp, digest, loaded)
    _KEPT_TEXT[0] += len(loaded.source) if loaded is not None else 0
    return loaded if loaded is not None else _not_loaded(path, why)


def _let_go(path: str) -> None:
    held = _MODULES.pop(path, None)
    if held is not None and held[2] is not None:
        _KEPT_TEXT[0] -= len(held[2].source)
        _KEPT_TEXT[1] += len(held[2].source)


def _collect_let_go() -> None:
    """Free the modules let go of.  Each analysis ends by freezing what it
    leaves (gc.freeze), kept modules and its own garbage alike: the collector
    never looks at those again, and a module let go of later stays in memory
    through the reference cycles of its index (scopes and their parents).  Once
    as much text has been let go of as is kept, one full collection frees it:
    its cost is proportional to what it frees, and a project within the bounds
    never pays it."""
    if _KEPT_TEXT[1] <= max(_KEPT_TEXT[0], _LET_GO_TEXT):
        return
    from flake8_metastudio.analysis import values

    values.forget_env_keys()  # they hold values, and the values the trees
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    _KEPT_TEXT[1] = 0


# path -> why _project_module gave no module (for explain: the names it defines stay unresolved)
_NOT_LOADED: Dict[str, str] = {}


def _not_loaded(path: str, why: str) -> "Optional[Loaded]":
    """No module for ``path``: noted with the reason, for explain."""
    if len(_NOT_LOADED) >= _MAX_KEPT:  # a bound on memory, as for _MODULES
        _NOT_LOADED.clear()
    _NOT_LOADED[path] = why
    return None


def not_followed(facts: "Facts") -> List[Tuple[str, str]]:
    """The project modules the analysis of ``facts`` asked for and could not
    analyse, with the reason: what they define is unknown to it, never guessed."""
    linker = facts.linker
    if linker is None:
        return []
    return [(path, _NOT_LOADED.get(path, "could not be analysed")) for path in linker.not_loaded]


def _parses_safely(text: str, path: str) -> bool:
    """Whether Python compiles an imported module and LibCST can take its nesting."""
    import ast

    from flake8_metastudio import guard

    try:
        tree = compile(text, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        return guard.too_deep(tree, source=text) is None
    except Exception:  # SyntaxError, ValueError (a NUL byte), RecursionError, MemoryError
        return False


_WANTS: Dict[Tuple[str, int, int], bool] = {}


def wants(source: str, settings: "Settings", path: Optional[str]) -> bool:
    """Whether a file needs the analysis: it mentions MetaStudio, or (given
    its path) a project module its imports reach does."""
    if path is None or path in ("-", "stdin", "(none)"):
        return mentions_metastudio(source)
    from flake8_metastudio.project import layout

    key = (layout.absolute(path), len(source), hash(source))  # asked by checking.py, then by lint_file
    held = _WANTS.get(key)
    if held is None:
        from flake8_metastudio.project import closure
        from flake8_metastudio.project.cache import Cache

        store = Cache(settings.cache_dir) if settings.cache_dir else None
        held = mentions_metastudio(source) or closure.reaches_metastudio(key[0], source, settings.source_roots,
                                                                         store)
        _WANTS[key] = held
    return held


def _analyze_in_project(source: str, settings: "Settings", path: str,
                        tree: "Optional[ast.AST]") -> "Optional[Tuple[Facts, List[Finding]]]":
    from flake8_metastudio.analysis.linking import Linker, Loaded
    from flake8_metastudio.project import layout

    extra = settings.source_roots
    roots = layout.roots_of(path, extra)
    loaded = _project_module(path, extra, source if tree is not None else None)  # tree: compiled and guarded
    if loaded is None or loaded.source != source:  # not the text on disk (stdin, an editor's buffer)
        # Python compiled it (tree): LibCST must parse it too, or say why not (ParseFailure: MST900)
        module = parse_compiled(source) if tree is not None else parse(source)
        if module is None:
            return None
        from flake8_metastudio.analysis.index import ModuleIndex

        named = layout.module_name(path, extra) or (os.path.splitext(os.path.basename(path))[0], False)
        loaded = Loaded(path, named[0], named[1], source, module, ModuleIndex(module))
    this = loaded

    def link(index: "ModuleIndex") -> "Linker":
        from flake8_metastudio.project import closure

        return Linker(this, lambda dotted: layout.find_module(dotted, roots),
                      lambda p: _project_module(p, extra),
                      lambda mod: closure.dependencies(mod.path, mod.source, extra),
                      lambda: closure.project_files(path, extra),
                      lambda: layout.top_packages(roots))

    return analyze_module(this.module, settings, source=source, tree=tree, index=this.index, link=link)


def _placed(linker: "Linker", findings: List[Finding]) -> List[Finding]:
    """The findings that belong to the module analysed; those about another
    module's code (its SDK call, its literal, its loop) are set aside in
    ``linker.exported`` for that module.  A finding reached through another
    module names the way there."""
    out = []
    for f in findings:
        if f.node is not None and linker.is_foreign(f.node):
            linker.export(f)
            continue
        if f.sdk_node is not None and linker.is_foreign(f.sdk_node):
            linker.describe(f)
        out.append(f)
    return out


def lint_file(source: str, settings: "Settings", path: str, tree: Any = None) -> List[Finding]:
    """Findings for one file of a project (flake8 and ``metastudio-lint``
    lint every file this way): what it imports from the project's modules
    counts as if defined in it, and what the project's MetaStudio code that
    imports it finds about its code (a region literal of a settings module,
    say) is reported in it.  Results come from the on-disk cache when
    nothing they depend on changed."""
    from flake8_metastudio.project import closure

    from flake8_metastudio.project import layout
    from flake8_metastudio.project.cache import Cache

    path = layout.absolute(path)
    own = _result(source, settings, path, tree)
    found = [_from_json(d) for d in own["findings"]] if own is not None else []
    store = Cache(settings.cache_dir) if settings.cache_dir else None
    judged: Set[Tuple[int, int]] = set()  # call sites here whose rate an importer judged in a region the code states
    for importer in closure.importers(path, settings.source_roots, store):
        if importer == path:
            continue
        theirs = _result_of_file(importer, settings)
        if theirs is not None:
            found.extend(_from_json(d) for d in theirs["exported"].get(path, []))
            judged.update((int(line), int(col)) for line, col in theirs["judged"].get(path, []))
    # a rate judged here in --metastudio-region for want of a region gives way to the importers'
    # judgement with the region they build the client in (a finding of theirs, or none: within it)
    found = [f for f in found if not (f.code in PRECEDENCE and f.extra.get("region_assumed")
                                      and (f.line, f.col) in judged)]
    return _one_per_slot(found)


def importer_analyses(path: str, settings: "Settings") -> "Iterator[Tuple[Facts, List[Finding]]]":
    """The analyses of the project files whose analysis ``lint_file`` asks about
    ``path`` (those importing it): ``explain`` shows what they find there."""
    from flake8_metastudio.project import closure
    from flake8_metastudio.project.files import read_source

    for importer in closure.importers(path, settings.source_roots):
        if importer == path:
            continue
        text = read_source(importer)  # as lint_file's _result_of_file reads it (coding cookie, regular files)
        if text is None:
            continue
        held = _IMPORTER_ANALYSES.get(importer)
        if held is not None and held[0] is settings and held[1] == text:
            analysed = held[2]  # explain of a folder asks again for each file the importer reaches
        else:
            try:
                analysed = analyze(text, settings, path=importer)
            except Exception:  # as in lint_file: that file's own lint reports its failure (MST900/MST901)
                if os.environ.get("FLAKE8_METASTUDIO_DEBUG"):
                    raise
                continue
            if len(_IMPORTER_ANALYSES) >= _MAX_KEPT:
                _IMPORTER_ANALYSES.clear()
            _IMPORTER_ANALYSES[importer] = (settings, text, analysed)
        if analysed is not None:
            yield analysed


# importer path -> (settings, text, analysis): explain's importer_analyses, for this process
_IMPORTER_ANALYSES: Dict[str, Tuple[Any, str, Any]] = {}


def forget_project_state() -> None:
    """Drop what this process has kept of the project (parsed modules, results,
    the scan, what was seen of the file system), as a fresh process starts:
    the benchmark's repeats and tests that edit files in place need it."""
    from flake8_metastudio.project import closure, layout

    _MODULES.clear()
    _KEPT_TEXT[:] = [0, 0]
    _NOT_LOADED.clear()
    _WANTS.clear()
    _RESULTS.clear()
    _IMPORTER_ANALYSES.clear()
    closure.forget()
    layout.clear()


def _beats(f: Finding, held: Finding) -> bool:
    """Of two findings for one slot, whether ``f`` is the one to report: a
    rate rule before another later in precedence, and of one rule the higher
    rate (a call site reached by a pool of 3 threads and by an unbounded fan-out,
    or by a function's own loop and by the tasks that run it, is reported at
    the rate of the worst); else the first found."""
    if f.code not in PRECEDENCE or held.code not in PRECEDENCE:
        return False
    if f.code != held.code:
        return PRECEDENCE.index(f.code) < PRECEDENCE.index(held.code)
    return f.rate is not None and (held.rate is None or f.rate > held.rate)


def _one_per_slot(findings: List[Finding]) -> List[Finding]:
    """At most one rate finding per call site (by precedence) and one of each
    other code: the first found (the file's own analysis before its importers'),
    except that a finding judged in a region the code states beats one judged in
    ``--metastudio-region`` for want of it (a wrapper module cannot tell the
    region its importer's client is built in)."""
    best: Dict[Tuple[int, int, str], Finding] = {}
    for f in findings:
        key = (f.line, f.col, "rate" if f.code in PRECEDENCE else f.code)
        held = best.get(key)
        if held is None:
            best[key] = f
            continue
        assumed, held_assumed = bool(f.extra.get("region_assumed")), bool(held.extra.get("region_assumed"))
        if assumed != held_assumed:
            if held_assumed:
                best[key] = f
        elif _beats(f, held):
            best[key] = f
    return sorted(best.values(), key=lambda f: (f.line, f.col, f.code))


def _result_of_file(path: str, settings: "Settings") -> Optional[Dict[str, Any]]:
    """The result of another file of the project (an importer of the file linted)."""
    from flake8_metastudio.project.files import read_source

    source = read_source(path)
    if source is None or not _parses_safely(source, path):  # its own lint says why (E999, MST901)
        return None
    try:
        return _result(source, settings, path, None)
    except Exception:  # RecursionError too: that file's own lint reports it (MST900/MST901), not this one's
        if os.environ.get("FLAKE8_METASTUDIO_DEBUG"):
            raise
        return None


# entry key -> result, for this process (the disk cache is the same for later runs)
_RESULTS: Dict[str, Dict[str, Any]] = {}


def _result(source: str, settings: "Settings", path: str, tree: Any) -> Optional[Dict[str, Any]]:
    """One file's own findings and the findings its analysis made about other
    files (``exported``: path -> findings), as stored in the cache; None when
    it does not need the analysis or does not parse."""
    if not wants(source, settings, path):
        return None
    from flake8_metastudio import __version__
    from flake8_metastudio.project import cache as cache_mod, layout

    roots = layout.roots_of(path, settings.source_roots)
    store = cache_mod.Cache(settings.cache_dir) if settings.cache_dir else None
    key = cache_mod.entry_key(__version__, _fingerprint(settings), path, roots, source, store)
    resolve = lambda dotted: layout.find_module(dotted, roots)  # noqa: E731
    from flake8_metastudio.project import closure

    files = lambda: closure.project_files(path, settings.source_roots)  # noqa: E731
    held = _RESULTS.get(key)
    if held is not None and cache_mod.valid(held, resolve, files):
        return held
    if store is not None:
        hit = store.get(key, resolve, files)
        if hit is not None and _readable(hit):
            _RESULTS[key] = hit
            return hit
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        result = _analyze_in_project(source, settings, path, tree)
        # The modules kept parsed for the files still to lint are millions of
        # long-lived objects: out of the collector's sight, or each collection
        # rescans them all (_collect_let_go frees what was let go of since).
        gc.freeze()
        _collect_let_go()
    finally:
        if gc_was_enabled:
            gc.enable()
    if result is None:
        return None
    facts, findings = result
    linker = facts.linker
    assert linker is not None
    entry = cache_mod.entry(
        deps=[(p, _MODULES[p][1] if p in _MODULES else None) for p in linker.loaded if p != path],
        modules=linker.modules_seen(), findings=[_to_json(f) for f in findings],
        exported={p: [_to_json(f) for f in fs] for p, fs in sorted(linker.exported.items())},
        project_files=linker.used_project_files, judged=_judged_elsewhere(facts))
    _RESULTS[key] = entry
    if store is not None:
        store.put(key, entry)
    return entry


def _judged_elsewhere(facts: "Facts") -> Dict[str, List[List[int]]]:
    """Where this analysis judged the rate of a call site in another module
    with a region the code states (path -> [line, column] of the repeated
    context's call, as a rate finding there is placed), whatever the verdict:
    that module's own analysis, which cannot tell the region, defers to it."""
    from flake8_metastudio.analysis.rates import RateEstimate

    linker = facts.linker
    out: Dict[str, List[List[int]]] = {}
    if linker is None:
        return out
    for occ in facts.occs:
        if occ.region_assumed:
            continue
        result = facts.assess(occ)
        if not isinstance(result, RateEstimate) or not linker.is_foreign(result.level.report):
            continue
        place = linker.where(result.level.report)
        if place is not None and [place[1], place[2]] not in out.get(place[0], []):
            out.setdefault(place[0], []).append([place[1], place[2]])
    return out


def _readable(held: Dict[str, Any]) -> bool:
    """Whether a stored entry's findings are findings (a damaged entry is a miss, never an error)."""
    try:
        for d in held["findings"] + [d for fs in held["exported"].values() for d in fs]:
            _from_json(d)
        for places in held["judged"].values():
            for line, col in places:
                int(line), int(col)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return False
    return True


def _fingerprint(settings: "Settings") -> str:
    """The options a result depends on: every field of Settings (a new option
    cannot be forgotten here), the limits file by its text; not where the
    cache lives, and not the loaded table (its file's hash stands for it).
    Worked out once per settings object (again only if a field changes): the
    table was read from the limits file when the settings were made, so the
    file is hashed then too, not again for every file linted."""
    import dataclasses

    names = [f.name for f in dataclasses.fields(settings) if f.name not in ("cache_dir", "table")]
    values = tuple(getattr(settings, name) for name in names)
    held = settings.__dict__.get(_FINGERPRINT_ATTRIBUTE)
    if held is not None and held[0] == values:
        return str(held[1])
    from flake8_metastudio.project.cache import file_hash

    fields = [(name, sorted(value) if isinstance(value, frozenset) else value) for name, value in zip(names, values)]
    limits = file_hash(settings.limits_file) if settings.limits_file else None
    fingerprint = repr((fields, limits))
    settings.__dict__[_FINGERPRINT_ATTRIBUTE] = (values, fingerprint)  # not a field: eq and repr ignore it
    return fingerprint


_FINGERPRINT_ATTRIBUTE = "_metastudio_fingerprint"


_FIELDS = ("code", "message", "line", "col", "method", "api", "region", "rate", "limit", "extra")


def _to_json(f: Finding) -> Dict[str, Any]:
    out = {name: getattr(f, name) for name in _FIELDS}
    out["chain"] = [list(c) for c in f.chain]
    return out


def _from_json(d: Dict[str, Any]) -> Finding:
    """A finding read back from the cache; ValueError/TypeError when the entry
    is not one this code wrote (a damaged entry is a miss: _readable)."""
    if not (type(d["code"]) is str and type(d["message"]) is str and type(d["line"]) is int
            and type(d["col"]) is int and d["line"] >= 0 and d["col"] >= 0 and isinstance(d["extra"], dict)
            and all(d[k] is None or type(d[k]) is str for k in ("method", "api", "region"))
            and all(d[k] is None or (type(d[k]) in (int, float) and d[k] == d[k] and d[k] >= 0)
                    for k in ("rate", "limit"))):  # d[k] == d[k]: not NaN
        raise ValueError("not a finding")
    f = Finding(**{name: d[name] for name in _FIELDS})
    f.chain = [(str(c[0]), int(c[1]), int(c[2]), str(c[3])) for c in d.get("chain", [])]
    return f


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


def planned(source: str, settings: "Settings", path: Optional[str] = None) -> Optional[List[Finding]]:
    """Findings of one file's text, each with its fix or why there is none
    (``fixes``); None when the text does not parse.  Only the ``fix``
    command and the JSON/SARIF reports ask for this: linting never plans.
    With ``path``, the text is analysed as that file of its project, so a
    finding reached through another module gets the fix that applies in
    this file (a sleep in its loop, a bound on its pool)."""
    if not wants(source, settings, path):
        return []
    from flake8_metastudio.fixes import planner

    with _no_cyclic_gc():
        result = analyze(source, settings, path=path)
        if result is None:
            return None
        facts, findings = result
        planner.plan(facts, findings)
        if path is None:  # a project's modules stay parsed for the process (see _project_module)
            facts.release()
    return findings


def plan_fixes(facts: "Facts", findings: List[Finding]) -> None:
    """Plan (not verify) each finding's fix on facts already computed, for
    ``explain``: ``fix`` or ``no_fix`` set on every finding."""
    from flake8_metastudio.fixes import planner

    planner.plan(facts, findings)


def fix_source(source: str, settings: "Settings", wanted: "Callable[[Finding, int], bool]",
               rounds: Optional[int] = None, path: Optional[str] = None,
               shown: "Optional[Callable[[str, List[Finding]], List[Finding]]]" = None) -> "Outcome":
    """``source`` with the fixes ``wanted`` keeps applied, each verified
    (``fixes.apply``): the new text, what was fixed, what failed and why
    (``path``: the file of its project the text is, see ``planned``;
    ``shown(text, findings)``: those of a text's findings the user sees, by
    its own ``# noqa`` comments and the selection, so a suppressed finding is
    neither fixed in a later round nor counted as one a fix makes appear)."""
    from flake8_metastudio.fixes import apply

    def relint(text: str) -> Optional[List[Finding]]:
        found = planned(text, settings, path)
        return shown(text, found) if found is not None and shown is not None else found

    findings = relint(source)
    if findings is None:
        return apply.Outcome(source)
    return apply.fix_text(source, findings, relint, wanted, rounds if rounds is not None else apply.MAX_ROUNDS)


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
