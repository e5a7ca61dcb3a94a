"""Cross-module linking: names imported from the project's own modules are
what those modules define, as if they were defined in the module analysed.

The Inferrer asks the ``Linker`` (``Inferrer.linker``) about every imported
name: ``symbol("services.products.ProductService")`` is the class of that
module (a ``ClassRef`` to its ``ClassInfo``), a function is a ``FuncRef`` to
its scope, a module-level client, region constant, limiter or pool is
inferred in that module, and a re-export (``from .timing import paced`` in
a package's ``__init__``, ``from x import *``) is followed.  The evaluator
then evaluates those functions with the caller's bindings, exactly as it
evaluates the module's own.  ``canonical`` maps a name re-exported by a
project module to the library name it stands for (``utils.retry`` ->
``tenacity.retry``), so the knowledge tables still recognise it.

Modules are found and parsed by functions the engine passes down (``find``,
``load``): this module never reads files.  A name that does not resolve (no
such file, a module that does not parse, an import cycle) is left as it is
today: a symbol of unknown meaning.
"""
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Sequence, Set, Tuple

from flake8_metastudio import knowledge as K
from flake8_metastudio.analysis import values as V
from flake8_metastudio.analysis.index import ClassInfo, ModuleIndex, Scope

if TYPE_CHECKING:  # pragma: no cover - annotations only
    import libcst as cst

MAX_REEXPORTS = 16  # names inferred inside one another (pure re-exports are followed without a bound)


class Loaded:
    """A module of the project: its file, dotted name, text, tree and index."""
    __slots__ = ("path", "name", "is_package", "source", "module", "index")

    def __init__(self, path: str, name: str, is_package: bool, source: str, module: "cst.Module",
                 index: ModuleIndex) -> None:
        self.path = path
        self.name = name
        self.is_package = is_package
        self.source = source
        self.module = module
        self.index = index


class Linker:
    """Resolves imported names for the analysis of one module (``this``).

    ``find(dotted)`` is the file of a project module or None; ``load(path)``
    is that module ``Loaded`` (parsed once per process) or None."""

    def __init__(self, this: Loaded, find: Callable[[str], Optional[str]],
                 load: Callable[[str], Optional[Loaded]],
                 imports: Optional[Callable[[Loaded], List[str]]] = None,
                 project_files: Optional[Callable[[], List[str]]] = None,
                 packages: Optional[Callable[[], Sequence[str]]] = None) -> None:
        self.this = this
        self._packages = packages  # the top-level packages under the source roots (for Django's settings)
        self._django: Optional[str] = None  # the settings module, "" when there is none
        self._find = find
        self._load = load
        self._imports = imports  # the project files a module imports (read from its text)
        self._project_files = project_files  # the project's files that mention MetaStudio
        self.used_project_files: Optional[List[str]] = None  # what project_indexes() read
        self.loaded: Dict[str, Loaded] = {this.path: this}  # path -> module, in the order first used
        self._by_root: Dict[int, Loaded] = {id(this.index.root): this}
        self.scope_of: Dict[int, Scope] = dict(this.index.scope_of)
        self._foreign: Optional[Set[int]] = None
        self._active: Set[str] = set()
        self._canonical: Dict[str, str] = {}
        self._modules: Dict[str, Optional[str]] = {}
        self._splits: Dict[str, Optional[Tuple[Loaded, List[str]]]] = {}  # every imported name is split again and again
        self._sites: Dict[int, Tuple[int, List[tuple]]] = {}
        self._calls_by_name: Dict[str, Tuple[Loaded, Dict[str, List[tuple]]]] = {}  # path -> (module, _calls_named)
        self._positions: Dict[str, Any] = {}
        self._call_scopes: Optional[Dict[int, Scope]] = None
        self._closure_loaded = False  # instantiations() loaded the import closure
        self.inferrer: "Optional[V.Inferrer]" = None  # set by Facts
        self.exported: Dict[str, List[Any]] = {}  # path -> findings about that module's code
        self.not_loaded: Dict[str, None] = {}  # project modules asked for that could not be analysed, in order

    # -- modules --------------------------------------------------------------
    def module_file(self, dotted: str) -> Optional[str]:
        if dotted not in self._modules:
            self._modules[dotted] = self._find(dotted)
        return self._modules[dotted]

    def module(self, path: str) -> Optional[Loaded]:
        held = self.loaded.get(path)
        if held is not None:
            return held
        got = self._load(path)
        if got is None:
            self.not_loaded.setdefault(path, None)  # its names stay unresolved (explain says which and why)
            return None
        self.loaded[path] = got
        self._by_root[id(got.index.root)] = got
        self.scope_of.update(got.index.scope_of)
        self._foreign = None
        return got

    def in_project(self, qn: str) -> bool:
        """Whether ``qn`` is a name in one of the project's modules."""
        return self._split(qn) is not None

    def _split(self, qn: str) -> Optional[Tuple[Loaded, List[str]]]:
        """The project module a dotted name starts with (the longest one) and
        the names after it; None when no project module holds it, or when the
        name is a module itself."""
        if qn in self._splits:
            return self._splits[qn]
        found: Optional[Tuple[Loaded, List[str]]] = None
        parts = qn.split(".")
        if self.module_file(qn) is None:
            for i in range(len(parts) - 1, 0, -1):
                path = self.module_file(".".join(parts[:i]))
                if path is not None:
                    mod = self.module(path)
                    found = (mod, parts[i:]) if mod is not None else None
                    break
        self._splits[qn] = found
        return found

    def closure_indexes(self) -> List[ModuleIndex]:
        """This module's index and those of the project modules its imports
        reach, transitively (those that parse), in a fixed order."""
        out = [self.this.index]
        if self._imports is None:
            return out
        seen = {self.this.path}
        todo = list(self._imports(self.this))
        while todo:
            path = todo.pop(0)
            if path in seen:
                continue
            seen.add(path)
            mod = self.module(path)
            if mod is not None:
                out.append(mod.index)
                todo.extend(self._imports(mod))
        return out

    def project_indexes(self) -> List[ModuleIndex]:
        """``closure_indexes()`` and those of every other project file that
        mentions MetaStudio (what the project configures anywhere)."""
        out = self.closure_indexes()
        if self._project_files is None:
            return out
        self.used_project_files = list(self._project_files())
        for path in self.used_project_files:
            mod = self.module(path)
            if mod is not None and all(mod.index is not ix for ix in out):
                out.append(mod.index)
        return out

    def owner(self, scope: Scope) -> Optional[Loaded]:
        """The module a scope belongs to."""
        while scope.parent is not None:
            scope = scope.parent
        return self._by_root.get(id(scope))

    # -- what the Inferrer asks -------------------------------------------------
    def symbol(self, qn: str, inf: "V.Inferrer", depth: int) -> Optional[V.Value]:
        """What the imported name ``qn`` is, when a project module defines it."""
        if qn.startswith(K.DJANGO_SETTINGS + "."):
            settings = self.django_settings()
            if settings is not None:
                qn = settings + qn[len(K.DJANGO_SETTINGS):]
        defined = self._defined_at(qn)
        if defined is None or defined in self._active or len(self._active) > MAX_REEXPORTS:
            return None  # an import cycle (a imports b imports a): unresolved
        given, qn = qn, defined
        split = self._split(qn)
        if split is None:
            return V.Symbol(qn) if qn != given else None  # a project module re-exports a library's name
        mod, names = split
        self._active.add(qn)
        try:
            ctx = V.Context(mod.index.root, depth=depth + 1)
            value = inf.infer_name(names[0], ctx)
            for attr in names[1:]:
                if isinstance(value, (V.ClassRef, V.Instance)):
                    value = inf.class_attribute(value.info, attr, ctx)
                elif isinstance(value, V.Symbol):
                    value = inf.imported(value.qn + "." + attr, depth)
                else:
                    value = V.UNKNOWN
        finally:
            self._active.discard(qn)
        return None if value is V.UNKNOWN else value

    def django_settings(self) -> Optional[str]:
        """The project's Django settings module: the one ``DJANGO_SETTINGS_MODULE``
        is set to in ``manage.py`` (``wsgi.py``, ``asgi.py``, ``celery.py``, also
        in a top-level package), else the only ``<package>.settings``; None when
        the project does not say.  Both are read through the modules they are
        in, so the cache sees them change."""
        if self._django is None:
            tops = self._packages() if self._packages is not None else []
            self._django = ""
            for entry in list(K.DJANGO_ENTRY_MODULES) + [t + "." + m for t in tops
                                                                for m in K.DJANGO_ENTRY_MODULES]:
                path = self.module_file(entry)
                mod = self.module(path) if path is not None else None
                named = K.DJANGO_SETTINGS_ENV.search(mod.source) if mod is not None else None
                if named is not None and self.module_file(named.group(1)) is not None:
                    self._django = named.group(1)
                    break
            else:
                found = [c for c in ["settings"] + [t + ".settings" for t in tops] if self.module_file(c)]
                if len(found) == 1:
                    self._django = found[0]
        return self._django or None

    def _defined_at(self, qn: str) -> Optional[str]:
        """``qn`` with the project modules that only re-export it (``from .b
        import f`` and nothing else binding ``f``) followed to the one that
        defines it, or to the library name they import; None round a cycle.
        A loop, not recursion: a chain of re-exports may be any length."""
        seen: Set[str] = set()
        while qn not in seen:
            seen.add(qn)
            split = self._split(qn)
            if split is None:
                return qn
            mod, names = split
            root = mod.index.root
            head = names[0]
            if head in root.assigns or head in root.classes or head in root.annotations:
                return qn
            if head in root.imports:
                target: Optional[str] = root.imports[head]
            elif head in root.rel_imports:
                target = self.relative(root, root.rel_imports[head])
            else:
                bases = self._star_bases(root)
                if len(bases) != 1 or head in root.params or head in root.globals:
                    return qn  # several star imports: ``star`` picks among them
                qn = ".".join([bases[0]] + names)  # a chain of ``from .x import *``
                continue
            if target is None:
                return qn
            qn = ".".join([target] + names[1:])
        return None

    def _star_bases(self, root: Scope) -> List[str]:
        """The project modules ``root``'s module star-imports, in order."""
        bases = list(root.star_imports)
        for key, entry in root.rel_imports.items():
            if key.startswith("*"):
                base = self.relative(root, entry)
                if base is not None:
                    bases.append(base)
        return [b for b in bases if self.module_file(b) is not None]

    def canonical(self, qn: str) -> str:
        """``qn`` with re-exports by project modules followed to the name they
        import (a library's, or the module that defines it)."""
        held = self._canonical.get(qn)
        if held is not None:
            return held
        self._canonical[qn] = qn  # while following (cycles end here)
        out = qn
        followed: Set[str] = set()
        while out not in followed:  # any number of hops, each once (cycles end)
            followed.add(out)
            split = self._split(out)
            if split is None:
                break
            mod, names = split
            root = mod.index.root
            head, rest = names[0], names[1:]
            if head in root.imports:
                target: Optional[str] = root.imports[head]
            elif head in root.rel_imports:
                target = self.relative(root, root.rel_imports[head])
            else:
                break
            if target is None:
                break
            out = ".".join([target] + rest)
        self._canonical[qn] = out
        return out

    def relative(self, scope: Scope, entry: Tuple[int, str, str]) -> Optional[str]:
        """The absolute name of ``from <level dots><module> import <name>``
        written in ``scope``'s module."""
        mod = self.owner(scope)
        if mod is None:
            return None
        level, module, name = entry
        package = mod.name.split(".") if mod.is_package else mod.name.split(".")[:-1]
        if level - 1 > len(package):
            return None
        parts = package[:len(package) - (level - 1)] + (module.split(".") if module else [])
        if name != "*":
            parts.append(name)
        return ".".join(parts) if parts else None

    def star(self, root: Scope, name: str, inf: "V.Inferrer", depth: int) -> Optional[V.Value]:
        """``name`` from the project modules ``root``'s module star-imports."""
        for base in self._star_bases(root):
            got = self.symbol(base + "." + name, inf, depth)
            if got is not None:
                return got
        return None

    def instantiations(self, cls: ClassInfo, inf: "V.Inferrer") -> List[tuple]:
        """Where ``cls`` is instantiated, in its module and in every project
        module this analysis has used: (call, scope)."""
        if not self._closure_loaded:
            # the modules this one imports, transitively, all of them: where a class
            # reached through an annotation is built must not depend on what was inferred first
            self._closure_loaded = True
            self.closure_indexes()
        held = self._sites.get(id(cls))
        if held is not None and held[0] == len(self.loaded):
            return held[1]
        sites = list(cls.instantiations)
        known = {id(call) for call, _ in sites}
        name = cls.name
        for mod in list(self.loaded.values()) if name is not None else ():
            for call, scope in self._calls_named(mod).get(name or "", ()):
                if id(call) in known:
                    continue
                got = inf.infer(call.func, V.Context(scope))
                if isinstance(got, V.ClassRef) and got.info is cls:
                    sites.append((call, scope))
                    known.add(id(call))
        self._sites[id(cls)] = (len(self.loaded), sites)
        return sites

    def _calls_named(self, mod: Loaded) -> Dict[str, List[tuple]]:
        """A module's calls by the name they call (``f(...)``, ``x.f(...)``),
        in order: grouped once, not scanned again for each class."""
        held = self._calls_by_name.get(mod.path)
        if held is None or held[0] is not mod:
            by_name: Dict[str, List[tuple]] = {}
            for call, scope in mod.index.calls:
                func = call.func
                leaf = getattr(func, "value", None) if type(func).__name__ == "Name" else \
                    getattr(getattr(func, "attr", None), "value", None)
                if isinstance(leaf, str):
                    by_name.setdefault(leaf, []).append((call, scope))
            held = self._calls_by_name[mod.path] = (mod, by_name)
        return held[1]

    # -- what the engine asks ---------------------------------------------------
    def is_foreign(self, node: Any) -> bool:
        """Whether a reported node (a call, string, constant or dict) belongs to
        another module than the one analysed."""
        if self._foreign is None:
            ids: Set[int] = set()
            for mod in self.loaded.values():
                if mod is self.this:
                    continue
                ix = mod.index
                ids.update(ix.call_ordinal)
                ids.update(ix.string_ordinal)
                ids.update(ix.const_ordinal)
                ids.update(id(d) for d, _ in ix.dicts)
            self._foreign = ids
        return id(node) in self._foreign

    def qualified(self, scope: Scope) -> Optional[str]:
        """``pkg.mod.Class.method`` of a function of another module; None for this module's."""
        mod = self.owner(scope)
        if mod is None or mod is self.this:
            return None
        names = []
        s: Optional[Scope] = scope
        while s is not None and s.parent is not None:
            if s.name and s.kind != "lambda":
                names.append(s.name)
            elif s.kind == "lambda":
                names.append("<lambda>")
            s = s.parent
        return ".".join([mod.name] + list(reversed(names)))

    def modules_seen(self) -> List[Tuple[str, Optional[str]]]:
        """Every dotted name looked up and the file it resolved to (None: not a project module)."""
        return sorted(self._modules.items())

    def _module_of(self, node: Any) -> Optional[Loaded]:
        for mod in self.loaded.values():
            ix = mod.index
            if ix.locate(node) is not None or any(d is node for d, _ in ix.dicts):
                return mod
        return None

    def where(self, node: Any) -> Optional[Tuple[str, int, int]]:
        """(path, line, column) of a call, string, constant or dict of any module used."""
        mod = self._module_of(node)
        if mod is None:
            return None
        positions = self._positions.get(mod.path)
        if positions is None:
            from flake8_metastudio.positions import Positions

            positions = self._positions[mod.path] = Positions(mod.module, mod.index, mod.source)
        line, col = positions.of(node)
        return mod.path, line, col

    def path_to(self, call: Any) -> Optional[str]:
        """``pkg.mod.Class.method`` of the other module's function that the
        call of this module (or the callable it hands to a pool) runs."""
        inf = self.inferrer
        if inf is None:
            return None
        if self._call_scopes is None:
            self._call_scopes = {id(c): s for c, s in self.this.index.calls}
        scope = self._call_scopes.get(id(call))
        if scope is None:
            return None
        ctx = V.Context(scope)
        candidates = [getattr(call, "func", None)] + [a.value for a in getattr(call, "args", ())]
        for expr in candidates:
            if expr is None:
                continue
            got = inf.infer(expr, ctx)
            if isinstance(got, V.FuncRef) and got.scope is not None:
                name = self.qualified(got.scope)
                if name is not None:
                    return name
        return None

    def describe(self, finding: Any) -> None:
        """A finding whose SDK call is in another module: ``[via pkg.mod.f() ->
        sdk_method]`` and the SDK call's place in its ``chain``."""
        name = self.path_to(finding.node) if finding.node is not None else None
        place = self.where(finding.sdk_node)
        method = finding.method or "the SDK call"
        if name is not None and " [via " in finding.message:
            finding.message = finding.message[:finding.message.rindex(" [via ")] + \
                " [via %s() -> %s]" % (name, method)
        if place is not None:
            path, line, col = place
            finding.chain.append((path, line, col, "%s%s" % (name + "() calls " if name else "", method)))

    @property
    def this_file(self) -> str:
        return display(self.this)

    def shown(self, node: Any) -> str:
        """``pkg/mod.py:12`` of a node of another module used (its path from its source root)."""
        mod = self._module_of(node)
        place = self.where(node)
        if mod is None or place is None:
            return "another module"
        return "%s:%d" % (display(mod), place[1])

    def export(self, finding: Any) -> None:
        """Keep a finding about another module's code for that module, placed there."""
        place = self.where(finding.node)
        if place is None:
            return  # not a node the index numbers: it cannot be placed, so it is not claimed
        path, finding.line, finding.col = place
        self.exported.setdefault(path, []).append(finding)


def display(mod: Loaded) -> str:
    """A module's file as its source root sees it: ``pkg/mod.py``, ``pkg/__init__.py``."""
    return mod.name.replace(".", "/") + ("/__init__.py" if mod.is_package else ".py")
