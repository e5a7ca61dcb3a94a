"""The module index reads the children of the commonest node types directly
(index._DIRECT) instead of through syntax.children: the same nodes, in the
same order, but for the leaves the walk skips anyway."""
import glob
import os

import libcst as cst
import pytest

from conftest import ROOT
from flake8_metastudio.analysis import index
from flake8_metastudio.analysis.syntax import children, walk

PROGRAMS = sorted(
    p for folder in ("tests/eval_files", "examples", "tests/hostile", "tests/eval_files_pending")
    for p in glob.glob(os.path.join(ROOT, folder, "*.py")))
NOT_WALKED_BELOW = {cst.Import, cst.ImportFrom}  # the walk records them and stops there


def code(nodes):
    return [n for n in nodes if type(n) not in index._LEAVES]


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: os.path.relpath(p, ROOT))
def test_direct_children_are_children_without_leaves(path):
    module = cst.parse_module(open(path, encoding="utf-8").read())
    seen = set()
    for node in walk(module):
        direct = index._DIRECT.get(type(node))
        if direct is None or type(node) in NOT_WALKED_BELOW:
            continue
        seen.add(type(node))
        got, want = code(direct(node)), code(children(node))
        assert len(got) == len(want) and all(a is b for a, b in zip(got, want)), (type(node).__name__, node)


def test_the_examples_have_every_direct_type():
    found = set()
    for path in PROGRAMS:
        found.update(type(n) for n in walk(cst.parse_module(open(path, encoding="utf-8").read())))
    assert set(index._DIRECT) <= found
