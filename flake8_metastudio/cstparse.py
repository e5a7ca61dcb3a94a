"""The plugin's own LibCST parse, without LibCST's per-node validation on the
LibCST versions the tests have checked.

LibCST builds the tree in Rust but creates every node by calling its Python
dataclass, looked up by name on the ``libcst`` module (``sys.modules``) each
time; the dataclass's ``__init__`` ends in ``__post_init__``, which runs
``_validate()``: checks that a program the parser accepted always passes
(parenthesis counts, whitespace around keywords, ...), about 15% of the
parse.  ``parse_module`` skips them: while it parses, ``sys.modules["libcst"]``
is a stand-in module, the same namespace except that each node class is a
constructor that does what the dataclass's ``__init__`` does (the same
fields, defaults and default factories, on an instance of the real class)
but for ``__post_init__``.  Only when

* the installed LibCST is one of ``CHECKED_VERSIONS``: tests/test_cstparse.py
  checks, on every example, hostile and pending program of the test suite,
  that the tree is the same node for node and the findings the same with and
  without validation (add a version here only after that test passes on it);
* ``CSTNode.__post_init__`` is still the hook that does nothing but call
  ``_validate`` and no node class has its own (else validation stays on).
  A node class that is not a plain dataclass (``__init__`` generated,
  ``object.__new__``) is created by the class itself, validated.

Nothing of LibCST itself is changed: patching ``CSTNode.__post_init__``
instead (as this module once did) invalidates the type caches of LibCST's
200 node classes twice per file, and the interpreter's specialised attribute
lookups on nodes with them, which cost more than the validation it skipped.
Code that already imported ``libcst`` (all of it, including other threads
and this plugin's analysis) keeps the real classes and validating
constructors during the parse; only an ``import libcst`` executed in that
window would see the stand-in.  The real module is put back afterwards,
also when the parse fails.  Threads: one parse at a time runs with the
stand-in (a lock held for the parse; nested parses share it).  flake8 and
``metastudio-lint`` hand the analysis only files that compile.
"""
import dataclasses
import sys
import threading
import types
from contextlib import contextmanager
from typing import Any, Callable, Dict, Iterator, Optional

CHECKED_VERSIONS = frozenset({"1.9.0"})

# held for the whole parse: one thread at a time parses with the stand-in module
_LOCK = threading.RLock()
_depth = [0]  # nesting of parses in progress in the thread holding _LOCK
_saved: Dict[str, Any] = {}  # "module": the real libcst module while the stand-in is in sys.modules
_usable: Optional[bool] = None
_stand_in: Optional[types.ModuleType] = None


def libcst_version() -> str:
    try:  # written at LibCST's build; importlib.metadata would scan every installed distribution
        from libcst._version import __version__

        return str(__version__)
    except ImportError:  # pragma: no cover - a LibCST without the module
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("libcst")
        except PackageNotFoundError:
            return "unknown"


def _all_node_classes(base: type) -> Iterator[type]:
    stack = [base]
    while stack:
        cls = stack.pop()
        yield cls
        stack.extend(cls.__subclasses__())


def _plain_dataclass(cls: type) -> bool:
    """A node class whose ``cls(...)`` is nothing but its dataclass's ``__init__``."""
    init = cls.__dict__.get("__init__")
    return (dataclasses.is_dataclass(cls) and not getattr(cls, "__abstractmethods__", None)
            and init is not None and getattr(init, "__code__", None) is not None
            and init.__code__.co_filename == "<string>"  # written by dataclasses
            and cls.__new__ is object.__new__
            # a field named like the constructor's own names (all start with "_") would be overwritten
            # (Field.kw_only is Python 3.10's; before it no field is keyword-only)
            and all(f.init and not getattr(f, "kw_only", False) and not f.name.startswith("_")
                    for f in dataclasses.fields(cls)))


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


_MISSING = object()  # a default factory's parameter not given


def constructor(cls: type) -> Callable[..., Any]:
    """What ``cls(...)`` does for a LibCST node dataclass, without
    ``__post_init__``: the same parameters (positional or keyword), defaults
    (the same objects) and default factories (called per node), each field
    set on a new instance of ``cls``."""
    env: Dict[str, Any] = {"_new": object.__new__, "_set": object.__setattr__, "_cls": cls, "_MISSING": _MISSING}
    params, body = [], []
    for i, f in enumerate(dataclasses.fields(cls)):
        if f.default is not dataclasses.MISSING:
            env["_d%d" % i] = f.default
            params.append("%s=_d%d" % (f.name, i))
        elif f.default_factory is not dataclasses.MISSING:
            env["_f%d" % i] = f.default_factory
            params.append("%s=_MISSING" % f.name)
            body.append("    if %s is _MISSING: %s = _f%d()" % (f.name, f.name, i))
        else:
            params.append(f.name)
        body.append("    _set(_node, %r, %s)" % (f.name, f.name))
    code = "def make(%s):\n    _node = _new(_cls)\n%s\n    return _node\n" % (", ".join(params), "\n".join(body))
    exec(compile(code, "<cstparse %s>" % cls.__name__, "exec"), env)
    make = env["make"]
    make.__qualname__ = make.__name__ = cls.__name__
    return make


def _module() -> types.ModuleType:
    """The stand-in for ``libcst`` while parsing (built once per process):
    LibCST's namespace without its node classes, each made the first time
    the parser asks for it (a file uses a third of them)."""
    global _stand_in
    if _stand_in is None:
        import libcst
        import libcst.native  # type: ignore[import-not-found]  # noqa: F401  (the parser, imported before the stand-in is in place)
        from libcst._nodes.base import CSTNode

        real = vars(libcst)
        stand_in = types.ModuleType(libcst.__name__, libcst.__doc__)
        namespace = stand_in.__dict__
        namespace.update((name, obj) for name, obj in real.items()
                         if not (isinstance(obj, type) and issubclass(obj, CSTNode)))

        def __getattr__(name: str) -> Any:
            obj = real[name] if name in real else getattr(libcst, name)
            if isinstance(obj, type) and issubclass(obj, CSTNode):
                try:
                    if _plain_dataclass(obj):
                        obj = constructor(obj)  # else the class itself: its nodes are validated, as ever
                except Exception:  # an error here would reach LibCST's parser as a panic, not an exception
                    pass  # the class itself, validated
            namespace[name] = obj
            return obj

        namespace["__getattr__"] = __getattr__
        _stand_in = stand_in
    return _stand_in


@contextmanager
def validation_skipped() -> Iterator[bool]:
    """Within: LibCST's parser creates nodes without validating them (when
    ``can_skip_validation()``; yields whether it does)."""
    if not can_skip_validation():
        yield False
        return
    stand_in = _module()
    with _LOCK:
        if not _depth[0]:
            _saved["module"] = sys.modules["libcst"]
            sys.modules["libcst"] = stand_in
        _depth[0] += 1
        try:
            yield True
        finally:
            _depth[0] -= 1
            if not _depth[0]:
                sys.modules["libcst"] = _saved.pop("module")


def parse_module(source: str) -> Any:
    """``libcst.parse_module(source)``, without node validation where that is safe."""
    import libcst

    with validation_skipped():
        return libcst.parse_module(source)
