"""Source roots and module names, found from the files themselves.

A file's roots, tried in this order: the folders given by
``--metastudio-source-roots``; the folder above its top package (walking up
past folders with an ``__init__.py``); the project folder (the nearest folder
above it holding ``setup.cfg``, ``tox.ini``, ``.flake8``, ``pyproject.toml``,
``setup.py`` or ``.git``; without one, the current folder when the file is
below it, as mypy does: ``flake8 .`` runs at the project's root) and its
``src/``.  A dotted module name is the file
``a/b.py`` or ``a/b/__init__.py`` under one of them.  A file's own name is
taken from the topmost root holding it, so namespace packages (folders
without ``__init__.py``) keep their dotted names.  Installed packages are
never looked at: ``site-packages`` folders are not roots, and a project
module named like a library the linter knows (``requests.py``, a stub
``huaweicloudsdkmetastudio/`` folder) is not the project's: the name stays
the library's.

Everything is memoised per process: linting stats a folder once.
"""
import os
from functools import lru_cache
from typing import Dict, Iterable, Optional, Tuple

from flake8_metastudio.knowledge import library_roots

PROJECT_MARKERS = ("setup.cfg", "tox.ini", ".flake8", "pyproject.toml", "setup.py", ".git")
_INSTALLED = ("site-packages", "dist-packages")


@lru_cache(maxsize=None)
def absolute(path: str) -> str:
    """``os.path.abspath``, once per path and process (linting asks it again and again)."""
    return os.path.abspath(path)


@lru_cache(maxsize=None)
def _is_file(path: str) -> bool:
    return os.path.isfile(path)


@lru_cache(maxsize=None)
def _is_dir(path: str) -> bool:
    return os.path.isdir(path)


@lru_cache(maxsize=None)
def package_top(folder: str) -> str:
    """The folder above the top package holding ``folder``."""
    while _is_file(os.path.join(folder, "__init__.py")):
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return folder


_project_folders: Dict[str, Optional[str]] = {}  # folder -> its project folder, for every folder walked


def project_folder(folder: str) -> Optional[str]:
    """The nearest folder from ``folder`` up holding a project marker (each
    folder looked at once per process: the answer is kept for every folder
    on the way up; a loop, not recursion: a path may be thousands deep)."""
    walked = []
    here = folder
    while here not in _project_folders:
        walked.append(here)
        if any(os.path.exists(os.path.join(here, m)) for m in PROJECT_MARKERS):
            found: Optional[str] = here
            break
        parent = os.path.dirname(here)
        if parent == here:
            found = None
            break
        here = parent
    else:
        found = _project_folders[here]
    for f in walked:
        _project_folders[f] = found
    return found


def project_of(folder: str) -> Optional[str]:
    """The project folder of ``folder``, else the current folder when
    ``folder`` is below it (a project without a marker file, linted from its root)."""
    found = project_folder(folder)
    if found is None:
        here = os.getcwd()
        if folder == here or _under(folder, here):
            return here
    return found


def _installed(path: str) -> bool:
    return any(part in _INSTALLED for part in path.split(os.sep))


@lru_cache(maxsize=None)
def roots_of(path: str, extra: Tuple[str, ...] = ()) -> Tuple[str, ...]:
    """The source roots of the file ``path`` (absolute), in resolution order."""
    folder = os.path.dirname(os.path.abspath(path))
    found = list(extra)
    found.append(package_top(folder))
    project = project_of(folder)
    if project is not None:
        src = os.path.join(project, "src")
        if _is_dir(src):
            found.append(src)
        found.append(project)
    out = []
    for root in found:
        root = os.path.normpath(root)
        if root not in out and not _installed(root):
            out.append(root)
    return tuple(out)


@lru_cache(maxsize=None)
def find_module(dotted: str, roots: Tuple[str, ...]) -> Optional[str]:
    """The file of module ``dotted`` under ``roots``, or None."""
    if not dotted or any(not p.isidentifier() for p in dotted.split(".")):
        return None
    if dotted.split(".", 1)[0] in library_roots():
        return None  # the library, whatever file of the project shares its name
    rel = dotted.replace(".", os.sep)
    for root in roots:
        for candidate in (os.path.join(root, rel + ".py"), os.path.join(root, rel, "__init__.py")):
            if _is_file(candidate):
                return candidate
    return None


MAX_LISTED = 1000  # entries of a source root looked at for its packages


@lru_cache(maxsize=None)
def top_packages(roots: Tuple[str, ...]) -> Tuple[str, ...]:
    """The packages (folders with an ``__init__.py``) directly under ``roots``, sorted."""
    found = set()
    for root in roots:
        try:
            with os.scandir(root) as entries:
                for i, entry in enumerate(entries):
                    if i >= MAX_LISTED:
                        break
                    if entry.name.isidentifier() and _is_file(os.path.join(root, entry.name, "__init__.py")):
                        found.add(entry.name)
        except OSError:
            continue
    return tuple(sorted(found))


@lru_cache(maxsize=None)
def module_name(path: str, extra: Tuple[str, ...] = ()) -> Optional[Tuple[str, bool]]:
    """(dotted name, is a package) of the file ``path``: under the deepest
    ``--metastudio-source-roots`` folder holding it, else the project's
    ``src/``, else the folder above its top package when it is in a package,
    else the project folder (namespace packages: folders without
    ``__init__.py``)."""
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    project = project_of(folder)
    holding = [r for r in extra if _under(path, r)]
    if holding:
        root = max(holding, key=len)
    elif project is not None and _under(path, os.path.join(project, "src")):
        root = os.path.join(project, "src")
    elif _is_file(os.path.join(folder, "__init__.py")) or project is None:
        root = package_top(folder)
    else:
        root = project
    rel = os.path.relpath(path, root)
    if not rel.endswith(".py"):
        return None
    parts = rel[:-3].split(os.sep)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    if not parts or any(not p.isidentifier() for p in parts):
        return None
    return ".".join(parts), is_package


def _under(path: str, root: str) -> bool:
    return path.startswith(os.path.join(root, ""))


def from_relative(name: str, is_package: bool, level: int, module: str) -> Optional[str]:
    """The absolute module of ``from <level dots><module> import ...`` written
    in module ``name``; None when it climbs above the top package."""
    package = name.split(".") if is_package else name.split(".")[:-1]
    if level - 1 > len(package):
        return None
    base = package[:len(package) - (level - 1)]
    parts = base + (module.split(".") if module else [])
    return ".".join(parts) if parts else None


def clear() -> None:
    """Forget what was seen of the file system (tests that change files in place)."""
    for fn in (absolute, _is_file, _is_dir, package_top, roots_of, find_module, module_name, top_packages):
        fn.cache_clear()
    _project_folders.clear()


def union(roots: Iterable[Tuple[str, ...]]) -> Tuple[str, ...]:
    out = []
    for group in roots:
        for r in group:
            if r not in out:
                out.append(r)
    return tuple(out)
