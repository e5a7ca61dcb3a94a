"""guard.too_deep skips statements too short to be deep; with the source it
also skips statements over several lines by their characters.  The answer
must be the same as the full walk's, whatever the line endings."""
import ast
import glob
import os

import pytest

from conftest import ROOT
from flake8_metastudio import guard

CHAIN = "value = (client\n" + "    .b()\n" * 600 + ")\n"  # ast depth 1,200, spread over 600 lines


def in_function(body: str) -> str:
    return "def f(client):\n" + "".join("    " + line + "\n" for line in body.splitlines()) + "    return 1\n"


SHAPES = {
    "chain_one_line": "value = client" + ".b()" * 600 + "\n",
    "chain_over_lines": CHAIN,
    "chain_in_function": in_function(CHAIN),
    "chain_in_function_crlf": in_function(CHAIN).replace("\n", "\r\n"),
    "chain_in_function_cr": in_function(CHAIN).replace("\n", "\r"),
    "subscripts_in_function": in_function("x = a" + "[0]" * 520),
    "shallow_function": in_function("x = 1\ny = [1, 2, 3]\nz = f(g(h(x)))"),
    "near_the_limit": in_function("x = a" + ".b" * 494),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_same_answer_with_the_source(name):
    src = SHAPES[name]
    tree = ast.parse(src)
    full = guard.too_deep(tree)
    assert guard.too_deep(tree, source=src) == full
    deep = name.startswith(("chain", "subscripts"))
    assert (full is not None) == deep, full


def test_example_programs_are_not_deep():
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "eval_files", "*.py")))
    assert paths
    for path in paths:
        src = open(path, encoding="utf-8").read()
        assert guard.too_deep(ast.parse(src), source=src) is None, path


def test_a_long_function_is_skipped_statement_by_statement():
    # the body's statements are short: the walk never goes below them
    src = in_function("\n".join("x%d = call(a, b, c)" % i for i in range(300)))
    tree = ast.parse(src)
    visited = []
    original = ast.iter_child_nodes

    def counting(node):
        visited.append(type(node).__name__)
        return original(node)

    ast.iter_child_nodes = counting
    try:
        assert guard.too_deep(tree, source=src) is None
    finally:
        ast.iter_child_nodes = original
    assert visited.count("Call") == 0 and visited.count("FunctionDef") == 1


def test_files_longer_than_the_parser_takes_are_refused(tmp_path):
    """400,000 lines of ``x = 1`` made LibCST abort the process under a 4 GB
    cap (some 9 KB a line): past guard.MAX_LINES the file is refused with
    MST901, naming its length, in both doors; one line fewer is analysed."""
    import subprocess
    import sys

    body = "x = 1\n" * (guard.MAX_LINES - 6)
    head = ("from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient\n"
            "client = MetaStudioClient.new_builder().build()\n"
            "def sync(rows):\n    for row in rows:\n        client.create_product(CreateProductRequest())\n")
    within = head + body
    assert within.count("\n") == guard.MAX_LINES - 1
    assert guard.too_deep(ast.parse(within), source=within) is None
    beyond = within + "x = 1\n"
    assert guard.too_deep(ast.parse(beyond), source=beyond) == (
        1, 0, "%d lines, more than the parser takes (%d)" % (guard.MAX_LINES, guard.MAX_LINES))
    path = tmp_path / "long.py"
    path.write_text(beyond, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "flake8_metastudio", "--isolated", "--metastudio-no-cache",
                          str(path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1, out.stderr
    assert out.stdout.count("MST901") == 1 and "%d lines" % guard.MAX_LINES in out.stdout, out.stdout


def test_a_huge_literal_is_not_tokenised_to_count_its_parts(monkeypatch):
    """A 10 MB bytes literal was tokenised whole to count its implicitly
    concatenated parts (the plugin took 76 times its file's parse): a text
    with fewer quotes than the parts that would matter cannot hold them."""
    def tokenised(text):
        raise AssertionError("tokenised %d characters" % len(text))

    monkeypatch.setattr(guard, "_count_string_tokens", tokenised)
    source = "BLOB = b'" + "\\x00" * 500_000 + "'\n"
    assert guard.too_deep(ast.parse(source), source=source) is None


def test_bytes_literals_are_not_evaluated_for_their_text(monkeypatch):
    """string_value of a bytes literal is None without evaluating it (LibCST
    evaluates with ast.literal_eval: as costly as a parse for 10 MB)."""
    import libcst

    from flake8_metastudio.analysis.syntax import string_value

    evaluated = []
    monkeypatch.setattr(libcst.SimpleString, "evaluated_value",
                        property(lambda self: evaluated.append(self.value) or b""))
    assert string_value(libcst.parse_expression("b'\\\\x00\\\\x01'")) is None
    assert evaluated == []
    assert string_value(libcst.parse_expression("'cn-north-4'")) == "cn-north-4"
