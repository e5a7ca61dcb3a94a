"""The analysis compares LibCST node types exactly (``type(node) is cst.Call``,
sets of types) instead of with ``isinstance``, which goes through the ABC
machinery of LibCST's classes.  That is only the same where a class has no
subclasses: this checks every LibCST node class the package names."""
import ast
import glob
import os

import libcst as cst
import pytest

from conftest import ROOT

# dataclass(slots=True) remakes each node class; the class it started from stays
# behind as a subclass of the base with the same name: not a different type
def real_subclasses(cls):
    return [s for s in cls.__subclasses__() if s.__name__ != cls.__name__ or s.__module__ != cls.__module__]


def named_node_classes():
    names = set()
    for path in glob.glob(os.path.join(ROOT, "flake8_metastudio", "**", "*.py"), recursive=True):
        tree = ast.parse(open(path, encoding="utf-8").read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "cst":
                names.add(node.attr)
    return sorted(n for n in names if isinstance(getattr(cst, n, None), type)
                  and issubclass(getattr(cst, n), cst.CSTNode))


def test_the_package_names_node_classes():
    assert {"Call", "Attribute", "Name", "SimpleString", "FunctionDef"} <= set(named_node_classes())


@pytest.mark.parametrize("name", named_node_classes())
def test_named_concrete_node_classes_are_final(name):
    cls = getattr(cst, name)
    if name.startswith("Base") or cls is cst.CSTNode:
        return  # abstract: only ever used with isinstance
    assert real_subclasses(cls) == [], "%s has subclasses: compare it with isinstance" % name


def test_the_check_sees_a_class_with_subclasses():
    assert real_subclasses(cst.MatchSequence)  # MatchList, MatchTuple
    assert not real_subclasses(cst.Call)
