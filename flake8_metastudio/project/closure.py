"""Which project files a file's imports reach, read with a regular
expression (no parsing): the cheap pre-filter of whole-project analysis.

A file that never mentions MetaStudio is analysed only when its import
closure (project modules only, transitively) reaches one that does: then
what it calls may end in an SDK or REST call.  The scan over-approximates
(an import in a string or a comment counts), which costs an analysis, never
a finding.  Only the file's own closure is walked (lazily, each file read
once); a project whose scanned folder mentions MetaStudio nowhere, and whose
modules all lie in that folder, answers at once.  What each file mentions and
imports is memoised per process and kept in the on-disk cache by path, size
and modification time (also for files outside the scanned folder, reached
through a file's imports), so a new process reads only files that changed;
a stamp read within seconds of its file's writing is not kept (a coarse
clock gives two same-size writes one stamp), so that file is read again.
"""
import atexit
import hashlib
import os
import re
import stat
from typing import TYPE_CHECKING, Dict, List, Optional, Set, Tuple

from flake8_metastudio.prefilter import mentions_metastudio
from flake8_metastudio.project import layout
from flake8_metastudio.project.cache import settled, text_hash

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.project.cache import Cache

_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]*(\([^)]*\)|[^\n#;]*)"
                     r"|import[ \t]+([^\n#;]+))", re.M)
_NAME = re.compile(r"[A-Za-z_][\w.]*")
MAX_BYTES = 4 << 20  # larger files are not read for the pre-filter (counted as reaching nothing)


def imported_modules(text: str, name: Optional[Tuple[str, bool]]) -> List[str]:
    """Dotted names a module's text may import (``from a import b``: ``a``
    and ``a.b``), relative ones made absolute with the module's own name."""
    out: List[str] = []
    for m in _IMPORT.finditer(text):
        source, names, plain = m.group(1), m.group(2), m.group(3)
        if plain is not None:
            for part in plain.split(","):
                words = part.split()
                if words:
                    out.append(words[0])
            continue
        level = len(source) - len(source.lstrip("."))
        base: Optional[str] = source[level:]
        if level:
            base = layout.from_relative(name[0], name[1], level, base or "") if name else None
            if base is None:
                continue
        listed = [n.group(0) for n in _NAME.finditer(names.replace(" as ", " , ")) if n.group(0) != "as"]
        if base:
            out.append(base)
        out.extend((base + "." + n) if base else n for n in listed if "." not in n)
    return out


def dependencies(path: str, text: str, extra: Tuple[str, ...]) -> List[str]:
    """Project files ``text`` (the file at ``path``) imports directly."""
    roots = layout.roots_of(path, extra)
    name = layout.module_name(path, extra)
    found = []
    for dotted in imported_modules(text, name):
        hit = layout.find_module(dotted, roots)
        if hit is not None and hit not in found and layout.absolute(hit) != layout.absolute(path):
            found.append(hit)
    return found


def _stamp(path: str) -> Optional[Tuple[Tuple[int, int], bool]]:
    """A file's (size, modification time), and whether it is settled (may stand for its text later)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns), settled(st)


def _read(path: str) -> Optional[str]:
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:  # a FIFO would block the run
            return None
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except OSError:
        return None


def reaches_metastudio(path: str, text: str, extra: Tuple[str, ...] = (), store: "Optional[Cache]" = None) -> bool:
    """Whether a project module that ``text`` (at ``path``) imports, directly
    or through other project modules, mentions MetaStudio.  What each file
    mentions and imports is read once per process (``ProjectScan``); a
    project where no file mentions MetaStudio answers at once."""
    scan = _scan(path, extra, store)
    path = layout.absolute(path)
    if not scan.mentioning and all(scan.covers(root) for root in layout.roots_of(path, extra)):
        return False  # every module the file can import was scanned, and none mentions MetaStudio
    return scan.reaches(path, scan.dependencies_of(path, text))


# -- the other way round: which MetaStudio code imports a file ---------------------------
MAX_SCAN_FILES = 50000
CALLER_HOPS = 3  # how far a caller that never mentions MetaStudio may be from one that does
SKIPPED_FOLDERS = frozenset({"__pycache__", "node_modules", "site-packages", "dist-packages"})


class ProjectScan:
    """The project's files that mention MetaStudio and the files their
    import closures reach, read once per process.  A finding the analysis
    of such a file makes about another file's code (a region or timbre
    literal in a settings module, the SDK call in a service whose region the
    caller gives, the loop of a retry decorator) belongs to that other file:
    ``importers(path)`` says whose analyses to ask."""

    def __init__(self, top: str, extra: Tuple[str, ...], store: "Optional[Cache]" = None) -> None:
        self.top = top
        self.extra = extra
        self._deps: Dict[str, List[str]] = {}
        self.mentioning: List[str] = []
        # what an earlier run read of each file, by (size, mtime): only changed files are read again
        self._store = store
        self._name = "scan-%s.json" % hashlib.sha1(repr((top, extra)).encode("utf-8", "replace")).hexdigest()[:16]
        held = store.read(self._name) if store is not None else None
        self._known: Dict[str, list] = held if isinstance(held, dict) else {}
        # path -> [stamp, mentions, deps, text hash]: the scan's own files, then those reached lazily
        self._seen: Dict[str, list] = {}
        self._reverse: Optional[Dict[str, List[str]]] = None
        self._all_reverse: Optional[Dict[str, List[str]]] = None  # every file's importers (explain only)
        self._reach: Dict[str, bool] = {}
        self._unsaved = 0  # facts read after the scan since the store was last written
        self._scanning = True
        files, self._complete = _python_files(top)  # not complete: a folder too large to be a project
        self.files = files
        for path in files:
            if self._facts(path, with_imports=False)[0]:
                self.mentioning.append(path)
        self._scanning = False
        if store is not None and any(self._known.get(p) != v for p, v in self._seen.items()):
            self._save(prune=True)

    def _save(self, prune: bool = False) -> None:
        """Keep what was read in the store, for the next process (whole
        documents only): what this process read over what the store held
        (less the files that are gone, when ``prune``)."""
        merged = {p: v for p, v in self._known.items() if p not in self._seen and (not prune or os.path.exists(p))}
        merged.update(self._seen)
        if self._store is not None:
            self._store.write(self._name, merged)
        self._known = merged
        self._unsaved = 0

    def _saved_later(self) -> None:
        """Facts read outside the scanned folder (the closure of a file linted
        in a hidden folder, a source root elsewhere) are kept too: written when
        they have grown by half, and once more when the process ends."""
        self._unsaved += 1
        if self._unsaved == 1:
            _dirty.append(self)
        if self._unsaved >= max(64, len(self._seen) // 2):
            self._save()

    def _facts(self, path: str, with_imports: bool = True) -> Tuple[bool, List[str]]:
        """(mentions MetaStudio, project files it imports) of one file, read
        once.  The scan of the folder asks for the mention only: resolving a
        file's imports costs far more than reading it, and is done for the
        files a closure walks (a package of 10,000 modules, one of them
        imported, resolves the imports of that one) and for those that
        mention MetaStudio, which every closure of importers starts from."""
        held = self._seen.get(path)
        if held is None:
            stamped = _stamp(path)
            stamp = stamped[0] if stamped is not None else None
            known = self._known.get(path)
            if isinstance(known, list) and len(known) == 4 and stamp is not None and known[0] == list(stamp) \
                    and (known[2] is None or isinstance(known[2], list)):  # unless damaged or out of date
                held = self._seen[path] = known
            else:
                text = _read(path)
                mentions = text is not None and mentions_metastudio(text)
                # a file that mentions MetaStudio is always walked (importers() starts from each one):
                # its imports are read now, from the text in hand, not from a second read of the file
                deps = dependencies(path, text, self.extra) if text is not None and (with_imports or mentions) \
                    else None
                if text is None:
                    deps = []
                if stamped is None:
                    return mentions, deps or []
                # a stamp read too soon after the file was written is kept as None: read again next time
                held = self._seen[path] = [list(stamped[0]) if stamped[1] else None, mentions, deps,
                                           text_hash(text) if text is not None else None]
                if not self._scanning:
                    self._saved_later()
        if held[2] is None and with_imports:
            text = _read(path)
            held[2] = dependencies(path, text, self.extra) if text is not None else []
            if held[3] != (text_hash(text) if text is not None else None):
                held[3] = None  # changed since its mention was read: never taken for that text
            self._saved_later()
        return bool(held[1]), [str(p) for p in held[2] or []]

    def covers(self, root: str) -> bool:
        """Whether the scan read every module under the source root ``root``
        (not one outside the project folder, nor in a folder the scan skips)."""
        rel = os.path.relpath(root, self.top)
        if not self._complete:
            return False
        if rel == ".":
            return True
        parts = rel.split(os.sep)
        return parts[0] != ".." and not any(p.startswith(".") or p in SKIPPED_FOLDERS for p in parts)

    def dependencies_of(self, path: str, text: str) -> List[str]:
        """The project files ``text`` imports: what the scan read of the file
        at ``path`` when ``text`` is what it read there (the usual case: the
        linted file is one the scan read), else read from ``text``."""
        digest = text_hash(text)
        held = self._seen.get(path)
        if held is not None and held[2] is None and held[3] == digest:
            # the scan read only the mention of this text: its imports come from the text at hand
            # (the file need not be read again)
            deps = held[2] = dependencies(path, text, self.extra)
            self._saved_later()
            return [str(p) for p in deps]
        deps = self._facts(path)[1]  # read from the file (and kept) unless known by its stamp
        held = self._seen.get(path)
        if held is not None and held[3] == digest:
            return deps
        return dependencies(path, text, self.extra)

    def _direct(self, path: str) -> List[str]:
        held = self._deps.get(path)
        if held is None:
            held = self._deps[path] = self._facts(path)[1]
        return held

    def reaches(self, start: str, deps: List[str]) -> bool:
        """Whether ``deps`` (the files ``start`` imports) lead to a file that mentions MetaStudio."""
        seen: Set[str] = {start}
        todo = list(deps)
        while todo:
            dep = layout.absolute(todo.pop())
            if dep in seen:
                continue
            seen.add(dep)
            known = self._reach.get(dep)
            if known is not None:
                if known:
                    return True
                continue  # its whole closure was walked before and mentions nothing
            mentions, more = self._facts(dep)
            if mentions:
                self._reach[dep] = True
                return True
            todo.extend(more)
        # everything reachable from these files was walked: none of their closures mentions MetaStudio
        for dep in seen - {start}:
            self._reach[dep] = False
        return False

    def _analysed_files(self) -> List[str]:
        """The files whose analysis may find something in another file: those
        that mention MetaStudio, and those that import one of them, directly
        or through at most CALLER_HOPS - 1 other modules (a ``main.py`` passing
        a service into a module's loop, ``jobs.py`` building a subclass with its
        region).  A file is only resolved when its text names a module of the
        previous hop in an import statement (or imports relatively, or a star), so a package of 10,000 modules resolves
        the few that can import one; and the hops are bounded because every
        such analysis walks the code it calls again (a ring of 200 modules
        would otherwise be analysed 200 times over)."""
        targets = set(self.mentioning)
        starts = set(targets)
        words: Dict[str, frozenset] = {}  # each file read once for all the hops
        for _ in range(CALLER_HOPS):
            if not targets:
                break
            names = {_module_name(t) for t in targets} | {".", "*"}
            found = set()
            for f in self.files:
                if f in starts:
                    continue
                held = words.get(f)
                if held is None:
                    text = _read(f)
                    held = words[f] = _import_words(text) if text is not None else frozenset()
                if held.isdisjoint(names):
                    continue
                if any(layout.absolute(d) in targets for d in self._direct(f)):
                    found.add(f)
            starts |= found
            targets = found
        return [f for f in self.files if f in starts]

    def importers(self, path: str) -> List[str]:
        if self._reverse is None:
            # the analysed files: those that mention MetaStudio and those whose imports reach one
            # (jobs.py builds RobotFleet("ap-southeast-3"): the MST201 of the mixin's SDK call is its finding)
            self._reverse = self._reverse_closures(self._analysed_files())
        return self._reverse.get(layout.absolute(path), [])

    def distant_importers(self, path: str) -> List[str]:
        """Files of the project that import ``path`` (directly or through other
        modules) but are further than CALLER_HOPS import hops from MetaStudio
        code, so their analysis is not asked about it: explain names them.
        The reverse closure of every file is built once per scan."""
        if self._all_reverse is None:
            self._all_reverse = self._reverse_closures(self.files)
        asked = set(self.importers(path))
        target = layout.absolute(path)
        return [f for f in self._all_reverse.get(target, []) if f not in asked and f != target]

    def _reverse_closures(self, starts: List[str]) -> Dict[str, List[str]]:
        """Each file -> the files of ``starts`` whose import closure holds it (in ``starts``' order)."""
        reverse: Dict[str, List[str]] = {}
        for start in starts:
            seen = {start}
            todo = list(self._direct(start))
            while todo:
                dep = layout.absolute(todo.pop())
                if dep in seen:
                    continue
                seen.add(dep)
                reverse.setdefault(dep, []).append(start)
                todo.extend(self._direct(dep))
        return reverse


def _python_files(top: str) -> Tuple[List[str], bool]:
    """The ``.py`` files below ``top`` in path order, without hidden folders,
    caches and virtual environments (a folder holding ``pyvenv.cfg``); at most
    MAX_SCAN_FILES files looked at (beyond that it is not a project but a home
    folder or a disk, and importers stay unknown); and whether all were."""
    out: List[str] = []
    todo = [top]
    count = 0
    while todo and count <= MAX_SCAN_FILES:
        folder = todo.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            continue
        names = [e.name for e in entries]
        if "pyvenv.cfg" in names and folder != top:
            continue
        count += len(entries)
        subs = []
        for e in entries:
            try:
                if e.is_dir(follow_symlinks=False):
                    if not e.name.startswith(".") and e.name not in SKIPPED_FOLDERS:
                        subs.append(e.path)
                elif e.name.endswith(".py") and e.is_file():  # no FIFO, socket or broken link: never read
                    out.append(e.path)
            except OSError:
                continue
        todo.extend(sorted(subs, reverse=True))
    return sorted(out), not todo


_scans: Dict[Tuple[str, Tuple[str, ...]], ProjectScan] = {}
_dirty: List[ProjectScan] = []  # scans holding facts not yet in the store


@atexit.register
def _save_dirty() -> None:
    # a flake8 -j worker may end without it: its facts are read again by the next process, never wrong
    for scan in _dirty:
        if scan._unsaved:
            scan._save()
    del _dirty[:]


def forget() -> None:
    """Forget the scans made by this process (what they read that is not in the store yet is written)."""
    _save_dirty()
    _scans.clear()


def importers(path: str, extra: Tuple[str, ...] = (), store: "Optional[Cache]" = None) -> List[str]:
    """Files of ``path``'s project that the analysis reads (they mention
    MetaStudio, or import project modules that do) and import it, directly
    or through other project modules (in path order).  With
    ``store``, what the scan read is kept there for the next process."""
    return _scan(path, extra, store).importers(path)


def distant_importers(path: str, extra: Tuple[str, ...] = ()) -> List[str]:
    """Files importing ``path`` that the analysis does not ask about it (``ProjectScan.distant_importers``)."""
    return _scan(path, extra).distant_importers(path)


def _scan(path: str, extra: Tuple[str, ...], store: "Optional[Cache]" = None) -> ProjectScan:
    folder = os.path.dirname(layout.absolute(path))
    top = layout.project_of(folder) or layout.package_top(folder)
    if extra:
        # --metastudio-source-roots: the project spans them all (a monorepo whose packages each
        # have a pyproject.toml: the services importing a shared library are its importers)
        try:
            spanned = os.path.commonpath([top, *extra])
        except ValueError:  # roots on other drives
            spanned = top
        if os.path.dirname(spanned) != spanned:  # never the file-system root
            top = spanned
    key = (top, extra)
    scan = _scans.get(key)
    if scan is None:
        scan = _scans[key] = ProjectScan(top, extra, store)
    return scan


def project_files(path: str, extra: Tuple[str, ...] = ()) -> List[str]:
    """The files of ``path``'s top-level package that mention MetaStudio (in
    path order); none for a file outside a package (a folder of scripts is
    not one application)."""
    folder = os.path.dirname(layout.absolute(path))
    if not os.path.isfile(os.path.join(folder, "__init__.py")):
        return []
    top = layout.package_top(folder)
    rel = os.path.relpath(folder, top)
    package = os.path.join(top, rel.split(os.sep)[0], "")
    return [p for p in _scan(path, extra).mentioning if p.startswith(package)]


def _import_words(text: str) -> frozenset:
    """The names a module's import statements spell (``from a.b import c``: a, b, c), with "." for a
    relative import and "*" for a star: a file can only import a module whose name is among them, or
    through a relative or star import (``from .. import f`` names no module)."""
    out = set()
    for m in _IMPORT.finditer(text):
        source, names, plain = m.group(1), m.group(2), m.group(3)
        if source is not None and source.startswith("."):
            out.add(".")
        if names is not None and "*" in names:
            out.add("*")
        for part in (source, names, plain):
            if part:
                out.update(w for n in _NAME.finditer(part) for w in n.group(0).split("."))
    return frozenset(out)


def _module_name(path: str) -> str:
    """The name an import statement spells a file by: its stem, or its package's for ``__init__.py``."""
    folder, name = os.path.split(path)
    return os.path.basename(folder) if name == "__init__.py" else name[:-3] if name.endswith(".py") else name
