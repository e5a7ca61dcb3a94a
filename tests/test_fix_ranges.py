"""Fixes are placed by positions numbered one top-level statement at a time
(flake8_metastudio/fixes/ranges.py): they must be LibCST's own positions,
for every node of every example file and project module, and of files
shaped to trip the statement-by-statement numbering (decorators, ``a; b``,
comments and blank lines between statements, a header comment, CRLF, no
final newline, a form feed, continuation lines)."""
import ast
import glob
import os

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, PositionProvider

from conftest import HERE
from flake8_metastudio.analysis.syntax import children
from flake8_metastudio.fixes.ranges import Ranges

FILES = sorted(glob.glob(os.path.join(HERE, "eval_files", "*.py"))
               + glob.glob(os.path.join(HERE, "projects", "**", "*.py"), recursive=True))

ODD = {
    "decorators_and_semicolons": (
        "#!/usr/bin/env python\n# header comment\n\nimport os; import sys\n\n\n@a\n@b(1,\n   2)\n"
        "def f(x):\n    return x  # c\n\n# between\n\nclass C(object):\n    @property\n    def p(self): return 1\n"
        "x = 1; y = 2; z = (3 +\n     4)\nif x: y = 3\nelse: z = 4\n"),
    "crlf_no_final_newline": "import os\r\n\r\ndef f():\r\n    return os.sep\r\n\r\nf()",
    "form_feed_and_continuations": "a = 1\n\x0c\ndef g():\n    return [1,\n            2] \\\n        + [3]\n\n\x0cb = g()\n",
    "async_and_match": ("async def h():\n    async with a as b:\n        pass\n\n"
                        "match x:\n    case 1: pass\n    case _:\n        y = 2\n"),
    "docstring_only": '"""Only a docstring."""\n',
    "empty": "",
}


def every_node(module):
    stack, out = [module], []
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(children(node))
    return out


def assert_same_ranges(text):
    module = cst.parse_module(text)
    whole = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    for tree in (ast.parse(text), None):  # flake8's tree, or parsed again
        ranges = Ranges(module, text, tree)
        compared = 0
        for node in every_node(module):
            if node is module:
                assert ranges.of(node) is None
                continue
            r = whole[node]
            assert ranges.of(node) == ((r.start.line, r.start.column), (r.end.line, r.end.column)), \
                (type(node).__name__, module.code_for_node(node)[:80])
            compared += 1
        assert compared == len(every_node(module)) - 1


@pytest.mark.parametrize("path", FILES, ids=lambda p: os.path.relpath(p, HERE))
def test_statement_ranges_are_libcsts_own(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    try:
        ast.parse(text)
    except SyntaxError:
        pytest.skip("does not compile (a project's broken module, on purpose)")
    assert_same_ranges(text)


@pytest.mark.parametrize("name", sorted(ODD))
def test_statement_ranges_of_odd_layouts(name):
    assert_same_ranges(ODD[name])


def test_trees_that_do_not_line_up_fall_back_to_the_whole_module():
    text = "import os; import sys\nx = 1\n"
    module = cst.parse_module(text)
    other = ast.parse("import os\nx = 1\n")  # not this text's tree: one statement short
    ranges = Ranges(module, text, other)
    second = module.body[1]
    assert ranges.of(second) == ((2, 0), (2, 5))
    assert set(ranges._numbered) == {0, 1}  # numbered as one module: every statement at once
    assert ranges.of(module.body[0]) == ((1, 0), (1, 21))
