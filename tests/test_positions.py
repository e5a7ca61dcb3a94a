"""Findings are placed by pairing LibCST nodes with the stdlib ast tree; that
pairing must agree with LibCST's own (slow) position metadata everywhere."""
import ast
import glob
import os

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, PositionProvider

from conftest import HERE
from flake8_metastudio.analysis.index import ModuleIndex
from flake8_metastudio.positions import Positions

TRICKY = '''
import x; y = f(1); z = g("a" "b")
@deco(arg("s"))
@other
class K(Base(1), metaclass=M(2)):
    """doc"""
    def m(self, a=h(3), *, b=k("kw")) -> r("ann"):
        return [c(i) for i in d(e) if p(i)] or {q(1): w("v") for _ in ()}
v = t(1) if u("c") else s(2)
fs = f"{a(1)!r:>{width(2)}} and {b('n')}" "plain" f"{c(3)}"
lam = lambda q=o(1): n(q)
chained = a(1)(2)(3).b(4)
import os.path, A.B_C
from M import N_X as Y_Z
region = MetaStudioRegion.CN_SOUTH_1; other = mod.sub.CONST_A.attr.CONST_B
@thing.DECO_X
def deco_user(): pass
nested = outer(inner(deep(1), "x"), key=kw(b"bytes"))
match cmd(1):
    case P(x=1):
        call_in_case("s")
    case _ if guard(2):
        pass
try:
    risky()
except (E(1), F) as err:
    handle(err, "msg")
finally:
    done()
async def co():
    async with ctx(1) as c:
        await aw(2)
    return [await z(i) async for i in gen()]
'''


def sources():
    yield "tricky", TRICKY
    for path in sorted(glob.glob(os.path.join(HERE, "eval_files", "*.py"))):
        yield os.path.basename(path), open(path, encoding="utf-8").read()


@pytest.mark.parametrize("name, source", list(sources()), ids=[n for n, _ in sources()])
def test_fast_positions_match_libcst_metadata(name, source):
    module = cst.parse_module(source)
    index = ModuleIndex(module)
    slow = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    positions = Positions(module, index, source, ast.parse(source))
    positions._slow = lambda node: pytest.fail("fell back to LibCST metadata for %r" % node)
    by_id = {}
    for node in _all_nodes(module):
        by_id[id(node)] = node
    checked = 0
    for ordinals in (index.call_ordinal, index.string_ordinal, index.const_ordinal):
        for node_id in ordinals:
            node = by_id[node_id]
            expected = slow[node].start
            assert positions.of(node) == (expected.line, expected.column), cst.Module([]).code_for_node(node)
            checked += 1
    assert checked == index.calls_count + index.strings_count + len(index.constant_attributes)


def _all_nodes(module):
    from flake8_metastudio.analysis.syntax import walk

    return walk(module)


def test_numbering_finds_what_a_plain_ast_walk_finds():
    # positions._numbered reads ast fields itself (faster than ast.iter_child_nodes):
    # the same calls, strings and constants on every example and hostile program
    from flake8_metastudio import positions as P

    paths = sorted(glob.glob(os.path.join(HERE, "eval_files", "*.py"))
                   + glob.glob(os.path.join(HERE, "hostile", "*.py")))
    assert paths
    for path in paths:
        tree = ast.parse(open(path, encoding="utf-8").read())
        for stmt in tree.body:
            got = P._numbered([stmt])
            every = list(ast.walk(stmt))
            inner = {id(v) for n in every if isinstance(n, ast.JoinedStr) for v in n.values}
            inner |= {id(n.format_spec) for n in every if isinstance(n, ast.FormattedValue) and n.format_spec}
            want = {
                "call": [n for n in every if isinstance(n, ast.Call)],
                "const": [n for n in every if isinstance(n, ast.Attribute) and n.attr.isupper()],
                "string": [n for n in every if id(n) not in inner and (
                    isinstance(n, ast.JoinedStr)
                    or isinstance(n, ast.Constant) and isinstance(n.value, (str, bytes)))],
            }
            for kind in want:
                assert {id(n) for n in got[kind]} == {id(n) for n in want[kind]}, (path, stmt.lineno, kind)
