"""A strict YAML loader for the limits files, on top of pyyaml's SafeLoader.

It keeps what a user-edited data file needs and refuses what would make it
lie or blow up:

* every mapping and sequence remembers the line of each entry
  (``Marked``/``MarkedList``), so schema errors can name the line;
* duplicate keys are an error (YAML's "last one wins" silently drops data);
* aliases may add at most ``ALIAS_NODES`` nodes in all (a "billion laughs"
  file is refused before it is built), nesting is bounded, cycles refused;
* numbers are plain decimals: no ``0x``/``0o``/``1_000``/``1:30`` forms, no
  leading zeros (YAML 1.1 reads ``012`` as 10), no ``.inf``/``.nan``, and a
  bounded number of digits.

Errors are ``StrictYamlError(line, problem)``, line 1-based.
"""
import re
from typing import Dict, List, Tuple

import yaml

ALIAS_NODES = 1000  # nodes all aliases together may add when expanded
MAX_DEPTH = 32  # the limits schema needs 4 levels
MAX_DIGITS = 30

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it: 4x faster
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\.[0-9]*(?:[eE][-+]?[0-9]+)?")
_MERGE = "tag:yaml.org,2002:merge"


class StrictYamlError(Exception):
    def __init__(self, line: int, problem: str):
        super().__init__("line %d: %s" % (line, problem))
        self.line = line
        self.problem = problem


class Marked(dict):
    """A mapping that knows its own line and the line of each key and value."""
    line: int = 1
    key_lines: Dict[object, int]
    value_lines: Dict[object, int]


class MarkedList(list):
    line: int = 1
    lines: List[int]


def _line(node) -> int:
    return node.start_mark.line + 1


def _fail(node, problem):
    raise StrictYamlError(_line(node), problem)


class _Loader(_BASE):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader, node):
    from flake8_metastudio.userinput import quote

    if not isinstance(node, yaml.MappingNode):
        _fail(node, "expected a mapping")
    seen: Dict[object, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == _MERGE:
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            first = seen.get(key)
        except TypeError:
            _fail(key_node, "a mapping key must be a plain value, not %s" % quote(key))
        if first is not None:
            _fail(key_node, "duplicate key %s (first given on line %d)" % (quote(key), first))
        seen[key] = _line(key_node)
    loader.flatten_mapping(node)  # resolves "<<: *anchor"; explicit keys come after merged ones
    out = Marked()
    out.line, out.key_lines, out.value_lines = _line(node), {}, {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = _line(key_node)
        out.value_lines[key] = _line(value_node)
    return out


def _construct_sequence(loader, node):
    out = MarkedList(loader.construct_object(child, deep=True) for child in node.value)
    out.line, out.lines = _line(node), [_line(child) for child in node.value]
    return out


def _construct_int(loader, node):
    text = loader.construct_scalar(node)
    if len(text) > MAX_DIGITS:
        _fail(node, "number %s... has more than %d digits" % (text[:12], MAX_DIGITS))
    if not _INT.fullmatch(text):
        _fail(node, "write numbers as plain decimals, not %r" % text[:MAX_DIGITS])
    return int(text)


def _construct_float(loader, node):
    text = loader.construct_scalar(node)
    if len(text) > MAX_DIGITS or not _FLOAT.fullmatch(text):
        _fail(node, "write numbers as plain decimals (like 2.5), not %r" % text[:MAX_DIGITS])
    return float(text)


def _construct_timestamp(loader, node):
    """A date or time as PyYAML reads it, or one error naming it (2025-02-30 raised ValueError)."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError) as exc:
        _fail(node, "invalid date or time %r: %s" % (loader.construct_scalar(node)[:40], exc))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)


def _check_graph(root) -> None:
    """Bound what aliases expand to, and the nesting; refuse cycles.

    Iterative (no recursion on hostile nesting) and linear in the number of
    distinct nodes: each node's expanded size and depth is memoised.
    """
    size: Dict[int, int] = {}
    depth: Dict[int, int] = {}
    distinct = 0
    stack: List[Tuple[object, bool]] = [(root, False)]
    on_path = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            children = _children(node)
            size[key] = 1 + sum(size[id(c)] for c in children)
            depth[key] = 1 + max((depth[id(c)] for c in children), default=0)
            if depth[key] > MAX_DEPTH:
                _fail(node, "nested more than %d levels deep" % MAX_DEPTH)
            if size[key] > distinct + ALIAS_NODES:  # blame the innermost node that expands too far
                _fail(node, "aliases expand to more than %d extra nodes; write the values out" % ALIAS_NODES)
            continue
        if key in size:
            continue
        if key in on_path:
            _fail(node, "an alias refers to the node that contains it")
        on_path.add(key)
        distinct += 1
        stack.append((node, True))
        for child in _children(node):
            if id(child) in on_path:
                _fail(child, "an alias refers to the node that contains it")
            if id(child) not in size:
                stack.append((child, False))
    if size[id(root)] - distinct > ALIAS_NODES:
        _fail(root, "aliases expand to more than %d extra nodes; write the values out" % ALIAS_NODES)


def _children(node) -> list:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def load(text: str):
    """The single document in ``text``, mappings as ``Marked``, lists as
    ``MarkedList``.  Raises ``StrictYamlError`` for syntax and the rules above."""
    last_line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
    try:
        return _load(text)
    except StrictYamlError as exc:  # libyaml marks an unexpected end one line past the last
        if exc.line > last_line:
            raise StrictYamlError(last_line, exc.problem)
        raise


def _load(text: str):
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            raise StrictYamlError(mark.line + 1 if mark else 1, "YAML syntax error: %s" % (exc.problem or exc.context))
        except yaml.YAMLError as exc:
            raise StrictYamlError(1, "YAML syntax error: %s" % str(exc).splitlines()[0])
        except RecursionError:  # the pure-Python composer recurses per level; libyaml stops at 1000
            raise StrictYamlError(1, "nested too deep")
        if node is None:
            return None
        _check_graph(node)
        try:
            return loader.construct_document(node)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            raise StrictYamlError(mark.line + 1 if mark else 1, exc.problem or exc.context or "invalid value")
        except RecursionError:
            raise StrictYamlError(_line(node), "nested too deep")
    finally:
        loader.dispose()
