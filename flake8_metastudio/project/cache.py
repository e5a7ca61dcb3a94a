"""The on-disk cache of whole-project analysis: one file's findings, kept
until anything they were computed from changes.

An entry's name hashes the plugin (its version and the text of its own
code), the options, the file's path, source roots and text; the entry lists
the project modules the analysis read (path and text hash) and what every
dotted module name it looked up resolved to.  A lookup re-checks those, so
an entry is never stale: editing ``services/products.py`` changes the
findings of ``jobs.py`` that imports it, and so does adding a module that
shadows a name.  Writes go to a temporary file renamed into place
(``os.replace``), so processes writing at once (``flake8 -j``) leave whole
entries only; a damaged or unreadable entry is a miss.  The folder
(``.metastudio_cache`` in the current folder by default,
``--metastudio-cache-dir``, off with ``--metastudio-no-cache``) holds a
``.gitignore`` of ``*``, so git never sees it.
"""
import hashlib
import json
import os
import stat
import tempfile
import time
from typing import Any, Callable, Dict, List, Optional, Tuple

FORMAT = 2
_code_hash: Optional[str] = None


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def file_hash(path: str) -> Optional[str]:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    try:
        return text_hash(data.decode("utf-8"))
    except UnicodeDecodeError:
        return hashlib.sha1(data).hexdigest()


# A file's (size, modification time) stands for its text only once the time is this far in the past:
# a file system that keeps times coarsely (a second on HFS+, two on FAT, a clock tick elsewhere) gives
# two same-size writes within that time one stamp, so a stamp read sooner is not trusted later (as git
# treats "racily clean" files): the file is read again.
SETTLED_NS = 3 * 10**9


def settled(st: os.stat_result) -> bool:
    """Whether a file's stamp, read now, may stand for its text in a later process."""
    return st.st_mtime_ns < time.time_ns() - SETTLED_NS


def _code_files() -> List[Tuple[str, os.DirEntry]]:
    """(name relative to the package, its entry) of the files the analysis is made of, in a fixed order."""
    out = []
    todo = [(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "")]
    while todo:
        folder, rel = todo.pop()
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
        subs = []
        for e in entries:
            if e.is_dir(follow_symlinks=False):  # as os.walk: a linked folder is not entered
                subs.append((e.path, rel + e.name + "/"))
            elif e.name.endswith((".py", ".yaml", ".json")):
                out.append((rel + e.name, e))
        todo.extend(reversed(subs))
    return out


def code_hash(store: "Optional[Cache]" = None) -> str:
    """A hash of this package's own files: a changed analysis never reads old entries.

    Reading and hashing them all costs a fresh process some milliseconds, so
    with ``store`` the hash is kept there under the files' names, sizes and
    modification times (a stat each): a file changed in any of those is read
    again, the same files unchanged are not."""
    global _code_hash
    if _code_hash is None:
        files = _code_files()
        stamps: List[list] = []
        for rel, entry in files:
            try:
                st = entry.stat()
            except OSError:
                stamps = []
                break
            if not settled(st):  # just edited: hashed from its text, not kept by its stamp
                stamps = []
                break
            stamps.append([rel, st.st_size, st.st_mtime_ns, st.st_ino])
        name = "code-%s.json" % hashlib.sha1(json.dumps(stamps).encode("utf-8", "surrogatepass")).hexdigest()
        held = store.read(name) if store is not None and stamps else None
        if isinstance(held, dict) and held.get("stamps") == stamps and isinstance(held.get("hash"), str):
            _code_hash = held["hash"]
        else:
            digest = hashlib.sha1()
            for rel, entry in files:
                with open(entry.path, "rb") as fh:
                    digest.update(rel.encode() + b"\0" + fh.read())
            _code_hash = digest.hexdigest()
            if store is not None and stamps:
                store.write(name, {"stamps": stamps, "hash": _code_hash})
    return _code_hash


def entry_key(version: str, options: str, path: str, roots: Tuple[str, ...], text: str,
              store: "Optional[Cache]" = None) -> str:
    blob = json.dumps([FORMAT, version, code_hash(store), options, os.path.abspath(path), list(roots),
                       text_hash(text)])
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def entry(deps: List[Tuple[str, Optional[str]]], modules: List[Tuple[str, Optional[str]]],
          findings: List[Dict[str, Any]], exported: Dict[str, List[Dict[str, Any]]],
          project_files: Optional[List[str]] = None,
          judged: Optional[Dict[str, List[List[int]]]] = None) -> Dict[str, Any]:
    """What is stored for one file: the project files read (path, text hash),
    the dotted names looked up (and the file each resolved to), the file's
    findings and those its analysis made about other files (path -> findings),
    the list of the project's MetaStudio files when the analysis used it, and
    where it judged rates in other files with a stated region (path -> [line, column])."""
    return {"format": FORMAT, "deps": [list(d) for d in deps], "modules": [list(m) for m in modules],
            "findings": findings, "exported": exported, "project_files": project_files,
            "judged": judged or {}}


def valid(held: Dict[str, Any], resolve: Callable[[str], Optional[str]],
          project_files: Callable[[], List[str]]) -> bool:
    """Whether every input of a stored entry is still what it was."""
    if held.get("format") != FORMAT:
        return False
    if held.get("project_files") is not None and held["project_files"] != list(project_files()):
        return False
    for path, digest in held["deps"]:
        if file_hash(path) != digest:
            return False
    for dotted, path in held["modules"]:
        if resolve(dotted) != path:
            return False
    return isinstance(held["findings"], list) and isinstance(held["exported"], dict)


MAX_DOCUMENT_BYTES = 256 << 20  # the scan of a 50,000-file project is some 20 MB


def _load(path: str) -> Optional[Any]:
    """The JSON document in ``path``; None when it is missing, not a regular
    file (a FIFO would block the run), larger than any the cache writes (a
    1 GB file would be read whole), or not JSON (truncated, garbage)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_DOCUMENT_BYTES:
            return None
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
        return None


class Cache:
    def __init__(self, folder: str) -> None:
        from flake8_metastudio.project.layout import absolute

        self.folder = absolute(folder)

    def read(self, name: str) -> Optional[Any]:
        """A JSON document stored by ``write`` (None when missing or damaged)."""
        return _load(os.path.join(self.folder, name))

    def write(self, name: str, data: Any) -> None:
        """Store a JSON document; a cache that cannot be written is no cache."""
        self._store(os.path.join(self.folder, name), data)

    def _store(self, target: str, data: Any) -> None:
        """Write ``data`` as JSON to a temporary file renamed into place, so that
        processes writing at once leave whole documents only; errors are ignored."""
        try:
            self._prepare(os.path.dirname(target))
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=os.path.dirname(target))
            try:
                text = json.dumps(data)  # not json.dump: it encodes piece by piece in Python, 10x slower
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(text)
                os.replace(tmp, target)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except (OSError, ValueError, TypeError):
            pass

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key + ".json")

    def get(self, key: str, resolve: Callable[[str], Optional[str]],
            project_files: Callable[[], List[str]]) -> Optional[Dict[str, Any]]:
        """The entry stored under ``key`` if every input it came from is
        unchanged (``resolve`` maps a dotted module name to its file now)."""
        try:
            held = _load(self._path(key))
            return held if isinstance(held, dict) and valid(held, resolve, project_files) else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing, half-written by a crashed run, or damaged: recompute

    def put(self, key: str, held: Dict[str, Any]) -> None:
        """Store an entry; a cache that cannot be written is no cache, never an error."""
        self._store(self._path(key), held)

    def _prepare(self, sub: str) -> None:
        if not os.path.isdir(self.folder):
            os.makedirs(self.folder, exist_ok=True)
        ignore = os.path.join(self.folder, ".gitignore")
        if not os.path.exists(ignore):
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.folder)
            with os.fdopen(fd, "w") as fh:
                fh.write("# written by flake8-metastudio: the cache is not part of the project\n*\n")
            os.replace(tmp, ignore)
        os.makedirs(sub, exist_ok=True)
