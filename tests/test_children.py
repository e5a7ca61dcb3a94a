"""syntax.children reads the commonest node classes directly (syntax._EXACT)
instead of through their dataclass fields: the same nodes, in the same order,
on every node of every example, hostile and pending program."""
import glob
import os

import libcst as cst
import pytest

from conftest import ROOT
from flake8_metastudio.analysis import syntax

PROGRAMS = sorted(
    p for folder in ("tests/eval_files", "examples", "tests/hostile", "tests/eval_files_pending")
    for p in glob.glob(os.path.join(ROOT, folder, "*.py")))


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: os.path.relpath(p, ROOT))
def test_direct_children_are_the_generic_ones(path):
    module = cst.parse_module(open(path, encoding="utf-8").read())
    for node in syntax.walk(module):
        if type(node) in syntax._EXACT:
            got, want = syntax.children(node), syntax.generic_children(node)
            assert len(got) == len(want) and all(a is b for a, b in zip(got, want)), (type(node).__name__, node)


def test_the_examples_have_every_direct_class_and_a_fresh_list_each_time():
    found = set()
    for path in PROGRAMS:
        found.update(type(n) for n in syntax.walk(cst.parse_module(open(path, encoding="utf-8").read())))
    assert set(syntax._EXACT) <= found
    call = cst.parse_expression("f(a, b=1)")
    first = syntax.children(call)
    first.reverse()  # callers reverse in place
    assert syntax.children(call) == [call.func, *call.args]
