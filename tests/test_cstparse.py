"""The plugin parses without LibCST's node validation (cstparse.py) only
where that changes nothing: the same tree, node for node, and the same
findings as with validation, on every example, hostile and pending program;
validation is back on after every parse, failed ones too; and on a LibCST
version nobody checked, nothing is skipped."""
import gc
import glob
import os
import sys
import threading

import libcst as cst
import pytest
from libcst._nodes.base import CSTNode

from conftest import ROOT
from flake8_metastudio import cstparse, engine
from flake8_metastudio.options import settings_from

PROGRAMS = sorted(
    p for folder in ("tests/eval_files", "examples", "tests/hostile", "tests/eval_files_pending")
    for p in glob.glob(os.path.join(ROOT, folder, "*.py")))
HOOK = CSTNode.__dict__["__post_init__"]


def validating(monkeypatch):
    monkeypatch.setattr(cstparse, "_usable", False)


def test_this_libcst_is_a_checked_one():
    # the suite runs on the version it pins; a new LibCST shows up here first
    assert cstparse.libcst_version() in cstparse.CHECKED_VERSIONS
    assert cstparse.can_skip_validation()


def test_the_programs_are_there():
    assert len(PROGRAMS) > 100
    assert any("/tests/hostile/" in p for p in PROGRAMS) and any("/examples/" in p for p in PROGRAMS)


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: os.path.relpath(p, ROOT))
def test_same_tree_and_findings_without_validation(path, monkeypatch):
    source = open(path, encoding="utf-8").read()
    settings = settings_from({})
    fast = cstparse.parse_module(source)
    fast_findings = [(f.line, f.col, f.message) for f in engine.lint_source(source, settings)]
    with monkeypatch.context() as m:
        validating(m)
        checked = cst.parse_module(source)
        checked_findings = [(f.line, f.col, f.message) for f in engine.lint_source(source, settings)]
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 20000))  # deep_equals recurses along the tree
    try:
        assert fast.deep_equals(checked)
    finally:
        sys.setrecursionlimit(old)
    assert fast.code == source
    assert fast_findings == checked_findings
    assert CSTNode.__dict__["__post_init__"] is HOOK and sys.modules["libcst"] is cst


def test_validation_is_back_after_a_parse_that_fails():
    with pytest.raises(cst.ParserSyntaxError):
        cstparse.parse_module("def f(:\n")
    assert CSTNode.__dict__["__post_init__"] is HOOK
    with pytest.raises(cst.CSTValidationError):
        cst.Name("not a name")


def test_skipped_inside_and_only_inside():
    with cstparse.validation_skipped() as skipped:
        assert skipped
        parser_view = sys.modules["libcst"]  # what the parser looks node classes up in
        assert parser_view is not cst
        node = parser_view.Name("not a name")  # what the parser never makes: not checked in here
        assert type(node) is cst.Name and node.value == "not a name"
        with pytest.raises(cst.CSTValidationError):
            cst.Name("not a name")  # code holding libcst keeps the real, validating classes
        with cstparse.validation_skipped():
            pass
        sys.modules["libcst"].Name("still not checked")  # the inner exit did not end it early
    assert sys.modules["libcst"] is cst
    with pytest.raises(cst.CSTValidationError):
        cst.Name("not a name")


def test_one_thread_at_a_time_and_validation_back_once_all_are_done():
    entered, release, errors = threading.Event(), threading.Event(), []

    def parse_in_thread():
        with cstparse.validation_skipped():
            entered.set()
            release.wait(10)

    other = threading.Thread(target=parse_in_thread)
    other.start()
    assert entered.wait(10)
    waiting = threading.Thread(target=lambda: errors.append(cstparse.parse_module("x = 1\n").code))
    waiting.start()
    waiting.join(0.2)
    assert waiting.is_alive()  # waits for the first parse to finish
    release.set()
    other.join(10)
    waiting.join(10)
    assert errors == ["x = 1\n"]
    assert CSTNode.__dict__["__post_init__"] is HOOK


def test_an_unchecked_version_is_validated(monkeypatch):
    monkeypatch.setattr(cstparse, "_usable", None)
    monkeypatch.setattr(cstparse, "libcst_version", lambda: "0.0.0-unchecked")
    assert not cstparse.can_skip_validation()
    with cstparse.validation_skipped() as skipped:
        assert not skipped
        with pytest.raises(cst.CSTValidationError):
            cst.Name("not a name")
    monkeypatch.setattr(cstparse, "_usable", None)  # decided again for the next test


def test_a_node_class_with_its_own_hook_keeps_validation(monkeypatch):
    class Custom(cst.Name):
        def __post_init__(self):  # a subclass that relies on the hook
            super().__post_init__()

    monkeypatch.setattr(cstparse, "_usable", None)
    assert not cstparse.can_skip_validation()
    del Custom
    gc.collect()  # the class is gone from LibCST's subclasses: later tests skip validation again
    monkeypatch.setattr(cstparse, "_usable", None)
    assert cstparse.can_skip_validation()


def test_node_classes_are_recognised_where_fields_have_no_kw_only(monkeypatch):
    # Python 3.9's dataclasses.Field has no kw_only: asking for it made every
    # parse there fail (the stand-in module raised inside LibCST's parser)
    import dataclasses

    real_fields = dataclasses.fields

    class OldField:
        def __init__(self, f):
            self.name, self.init = f.name, f.init

    monkeypatch.setattr(dataclasses, "fields", lambda cls: tuple(OldField(f) for f in real_fields(cls)))
    assert cstparse._plain_dataclass(cst.Name)


def test_a_node_class_the_stand_in_cannot_read_is_used_as_it_is(monkeypatch):
    # an error while making a constructor reaches LibCST's Rust parser, which
    # turns it into a panic (a BaseException no caller expects): the class
    # itself serves instead, its nodes validated
    def broken(cls):
        raise AttributeError("kw_only")

    monkeypatch.setattr(cstparse, "_stand_in", None)
    monkeypatch.setattr(cstparse, "_plain_dataclass", broken)
    module = cstparse.parse_module("x = 'a'\n")
    assert module.code == "x = 'a'\n"
    assert cstparse._module().SimpleString is cst.SimpleString
