"""The plugin's own LibCST parse, without LibCST's per-node validation on the
LibCST versions the tests have checked.

LibCST builds the tree in Rust but creates every node through its Python
dataclass, whose ``__post_init__`` runs ``_validate()``: checks that a
program the parser accepted always passes (parenthesis counts, whitespace
around keywords, ...), and about 15% of the parse.  ``parse_module`` skips
them while it parses, only when

* the installed LibCST is one of ``CHECKED_VERSIONS``: tests/test_cstparse.py
  checks, on every example, hostile and pending program of the test suite,
  that the tree is the same node for node and the findings the same with and
  without validation (add a version here only after that test passes on it);
* ``CSTNode.__post_init__`` is still the hook that does nothing but call
  ``_validate`` and no node class has its own (else validation stays on).

It is undone afterwards, also when the parse fails.  Threads: one parse at a
time runs with validation off (a lock held for the parse; others wait, and
the hook is put back once by the thread that replaced it).  While it runs,
nodes another thread creates are not validated either: a check per node of
which thread is creating it costs half of what skipping saves.  flake8 runs
its checkers one file at a time per process (``-j`` uses processes), and
nothing else in the plugin builds nodes, so that window is the parse alone.
flake8 and ``metastudio-lint`` hand the analysis only files that compile.
"""
import threading
from contextlib import contextmanager
from typing import Any, Dict, Iterator, Optional

CHECKED_VERSIONS = frozenset({"1.9.0"})

# held for the whole parse: one thread at a time parses with validation off,
# and the hook is put back by the thread that took it away
_LOCK = threading.RLock()
_depth = [0]  # nesting of parses in progress in the thread holding _LOCK
_saved: Dict[str, Any] = {}  # "hook": LibCST's own __post_init__ while ours is in place
_usable: Optional[bool] = None


def libcst_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("libcst")
    except PackageNotFoundError:  # pragma: no cover - LibCST installed without metadata
        return "unknown"


def _all_node_classes(base: type) -> Iterator[type]:
    stack = [base]
    while stack:
        cls = stack.pop()
        yield cls
        stack.extend(cls.__subclasses__())


def can_skip_validation() -> bool:
    """Whether validation can be skipped with this LibCST (decided once)."""
    global _usable
    if _usable is None:
        from libcst._nodes.base import CSTNode

        hook = CSTNode.__dict__.get("__post_init__")
        _usable = (libcst_version() in CHECKED_VERSIONS and hook is not None
                   and getattr(hook, "__code__", None) is not None and hook.__code__.co_names == ("_validate",)
                   and not any("__post_init__" in cls.__dict__ for cls in _all_node_classes(CSTNode)
                               if cls is not CSTNode))
    return _usable


# CSTNode.__post_init__ while a parse here is in progress: a callable that
# takes no arguments and does nothing, written in C (a class, so it does not
# bind to the node as a function would): no Python frame for each of the
# hundreds of nodes in every file, 5% of the parse against a Python no-op.
_NO_VALIDATION = tuple


@contextmanager
def validation_skipped() -> Iterator[bool]:
    """Within: LibCST creates nodes without validating them (when
    ``can_skip_validation()``; yields whether it does)."""
    if not can_skip_validation():
        yield False
        return
    from libcst._nodes.base import CSTNode

    with _LOCK:
        if not _depth[0]:
            _saved["hook"] = CSTNode.__dict__["__post_init__"]
            CSTNode.__post_init__ = _NO_VALIDATION  # type: ignore[method-assign,assignment]
        _depth[0] += 1
        try:
            yield True
        finally:
            _depth[0] -= 1
            if not _depth[0]:
                CSTNode.__post_init__ = _saved.pop("hook")  # type: ignore[method-assign]


def parse_module(source: str) -> Any:
    """``libcst.parse_module(source)``, without node validation where that is safe."""
    import libcst

    with validation_skipped():
        return libcst.parse_module(source)
