"""Hostile inputs: the linter must neither crash nor hang on any file.

Each case runs real flake8 in a subprocess with FLAKE8_METASTUDIO_DEBUG=1, so
an internal error of the plugin surfaces as a traceback instead of being
swallowed, and checks: no "Traceback" on stderr, exit code 0 or 1, done in a
few seconds of CPU (wall-clock time only detects hangs: a loaded machine
stretches it, not the CPU the run costs).  Every file imports ``huaweicloudsdkmetastudio`` (so the plugin's
pre-filter lets it through) and most call the SDK inside a loop (so the
analysis goes deep).  Small readable inputs live in ``tests/hostile/``; the
large or byte-level ones are generated here.  A hypothesmith property test
feeds generated programs straight to ``engine.lint_source`` (exceptions
propagate).
"""
import ast
import os
import re
import subprocess
import sys

import pytest

from conftest import HANG_SECONDS, run_cpu_timed

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HOSTILE = os.path.join(HERE, "hostile")
CPU_LIMIT = 20.0  # CPU seconds per flake8 run (the largest case takes about 3 s on an idle machine)
FOUND = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) ", re.M)

HEADER = (
    "import time\n"
    "\n"
    "import huaweicloudsdkmetastudio\n"
    "from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient, ShowAssetRequest\n"
    "\n"
    "client = MetaStudioClient.new_builder().build()\n"
)
# one create_product per iteration, no delay: 10/s > 4/s in cn-north-4 -> MST101 on the call
SDK_LOOP = (
    "\n"
    "\n"
    "def import_rows(rows):\n"
    "    for row in rows:\n"
    "        client.create_product(CreateProductRequest())\n"
)


# -- running flake8 ---------------------------------------------------------------------------
# flake8 exactly as ``python -m flake8``, minus this plugin: used only to tell
# a crash of flake8 or CPython themselves (which happens on some inputs) from
# one of the plugin.
WITHOUT_PLUGIN = (
    "import sys\n"
    "from flake8.plugins import finder\n"
    "_find = finder.find_plugins\n"
    "finder.find_plugins = lambda cfg, opts: [p for p in _find(cfg, opts) if p.package != 'flake8-metastudio']\n"
    "from flake8.main.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


class Run:
    def __init__(self, proc, cpu, cmd, stdin):
        self.returncode = proc.returncode
        self.stdout = proc.stdout.decode("utf-8", "replace")
        self.stderr = proc.stderr.decode("utf-8", "replace")
        self.cpu = cpu
        self.cmd = cmd
        self.stdin = stdin

    def codes(self, prefix=""):
        return {(int(m.group("line")), m.group("code")) for m in FOUND.finditer(self.stdout)
                if m.group("code").startswith(prefix)}

    def mst(self):
        return self.codes("MST")


def _env():
    env = dict(os.environ)
    env["FLAKE8_METASTUDIO_DEBUG"] = "1"  # internal errors become tracebacks
    return env


def flake8(*args, stdin=None, select="MST"):
    cmd = [sys.executable, "-m", "flake8", "--select=%s" % select, "--no-show-source", "--isolated", *args]
    proc, cpu = run_cpu_timed(cmd, cwd=ROOT, capture_output=True, input=stdin, env=_env())
    return Run(proc, cpu, cmd, stdin)


def assert_survives(run):
    if "Traceback" in run.stderr:
        bare = subprocess.run([sys.executable, "-c", WITHOUT_PLUGIN, *run.cmd[3:]], cwd=ROOT, capture_output=True,
                              input=run.stdin, env=_env(), timeout=HANG_SECONDS)
        if b"Traceback" in bare.stderr:
            pytest.xfail("flake8 %s crashes on this input without the plugin too: %s" % (
                sys.version.split()[0], bare.stderr.decode("utf-8", "replace").strip().splitlines()[-1][:200]))
    assert "Traceback" not in run.stderr, "internal error:\n" + run.stderr[-4000:]
    assert run.returncode in (0, 1), "exit %s\n%s" % (run.returncode, run.stderr[-4000:])
    assert run.cpu < CPU_LIMIT, "took %.1f s of CPU (limit %.0f s)" % (run.cpu, CPU_LIMIT)


def lint_bytes(tmp_path, data: bytes, name="case.py", select="MST"):
    path = tmp_path / name
    path.write_bytes(data)
    run = flake8(str(path), select=select)
    assert_survives(run)
    return run


def line_of(text: str, needle: str) -> int:
    # split on newlines only: str.splitlines() also splits on form feeds, Python does not
    for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if needle in line:
            return n
    raise AssertionError("%r not in text" % needle)


def valid_here(src: str) -> bool:
    try:
        ast.parse(src)
        return True
    except SyntaxError:
        return False


# -- syntax errors: flake8 says E999, the plugin stays quiet ----------------------------------
SYNTAX_ERRORS = {
    "unclosed_paren": HEADER + SDK_LOOP + "x = (1,\n",
    "bad_indent": HEADER + "def f():\nreturn 1\n" + SDK_LOOP,
    "bad_def": HEADER + "def f(:\n    pass\n" + SDK_LOOP,
    "unterminated_string": HEADER + SDK_LOOP + "s = 'abc\n",
    "unterminated_triple_quote": HEADER + SDK_LOOP + 's = """abc\n\n',
    "stray_dedent": HEADER + SDK_LOOP + "      x = 1\n  y = 2\n",
    "keyword_as_name": HEADER + SDK_LOOP + "class = 3\n",
    "sdk_call_in_broken_line": HEADER + "for r in rows:\n    client.create_product(CreateProductRequest(]\n",
    "python2_print": HEADER + SDK_LOOP + "print 'hello', client\n",
    "python2_module": HEADER + (
        "\n"
        "def legacy(rows):\n"
        "    for row in rows:\n"
        "        try:\n"
        "            client.create_product(CreateProductRequest())\n"
        "        except Exception, e:\n"
        "            print >>sys.stderr, 'failed: %s' % e\n"
        "            raise ValueError, 'bad row'\n"
        "    print `rows`\n"
        "    return 0777 + 10L\n"
        "    exec 'x = 1'\n"
    ),
    "parens_200_deep": HEADER + "def f(rows):\n    for row in rows:\n        x = " + "(" * 200
    + "client.create_product(CreateProductRequest())" + ")" * 200 + "\n",
}


@pytest.mark.parametrize("name", sorted(SYNTAX_ERRORS))
def test_syntax_error(tmp_path, name):
    src = SYNTAX_ERRORS[name]
    assert not valid_here(src), "case is meant to be invalid"
    run = lint_bytes(tmp_path, src.encode("utf-8"), select="E999,E902,MST")
    assert any(code in ("E999", "E902") for _, code in run.codes()), run.stdout + run.stderr
    assert not run.mst(), run.stdout


# -- empty and nearly empty files -------------------------------------------------------------
@pytest.mark.parametrize("data", [
    b"",
    b"import huaweicloudsdkmetastudio",
    b"import huaweicloudsdkmetastudio\n",
    b"\n\n\n# huaweicloudsdkmetastudio\n\n",
    b"   \n\t\n",
    b"'''huaweicloudsdkmetastudio'''",
    b"import huaweicloudsdkmetastudio\\\n",
], ids=["empty", "import_no_newline", "import_only", "comment_only", "whitespace_only", "docstring_only",
        "trailing_backslash"])
def test_empty_and_trivial(tmp_path, data):
    run = lint_bytes(tmp_path, data, select="E999,E902,MST")
    assert not run.mst(), run.stdout


# -- encodings, line endings, odd characters ---------------------------------------------------
def _expect_mst101(run, text):
    want = (line_of(text, "client.create_product("), "MST101")
    assert want in run.mst(), "expected %s in\n%s" % (want, run.stdout)


def test_non_utf8_bytes(tmp_path):
    # no coding cookie: not valid UTF-8; flake8 falls back to latin-1 or reports E902
    data = (HEADER + "# caf\xe9 \xff\xfe\n" + SDK_LOOP + "NAME = 'r\xe9sum\xe9 \xff'\n").encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    run = lint_bytes(tmp_path, data, select="E999,E902,MST")
    if not any(c in ("E999", "E902") for _, c in run.codes()):
        _expect_mst101(run, data.decode("latin-1"))


def test_coding_cookie_latin1(tmp_path):
    text = "# -*- coding: latin-1 -*-\n" + HEADER + "NAME = 'Caf\xe9 \xa9 \xbd'  # \xe9t\xe9\n" + SDK_LOOP
    run = lint_bytes(tmp_path, text.encode("latin-1"))
    _expect_mst101(run, text)


def test_coding_cookie_other(tmp_path):
    text = "# vim: set fileencoding=cp1252 :\n" + HEADER + "NAME = '\u20ac \u201cquoted\u201d'\n" + SDK_LOOP
    run = lint_bytes(tmp_path, text.encode("cp1252"))
    _expect_mst101(run, text)


def test_utf8_bom(tmp_path):
    text = HEADER + "NAME = '\u6570\u5b57\u4eba'\n" + SDK_LOOP
    run = lint_bytes(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    _expect_mst101(run, text)


def test_utf8_bom_with_cookie(tmp_path):
    text = "# coding: utf-8\n" + HEADER + SDK_LOOP
    run = lint_bytes(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    _expect_mst101(run, text)


def test_crlf_line_endings(tmp_path):
    text = HEADER + 'DOC = """two\nlines"""\n' + SDK_LOOP + "x = (1,\n     2)\n"
    run = lint_bytes(tmp_path, text.replace("\n", "\r\n").encode("utf-8"))
    _expect_mst101(run, text)


def test_mixed_and_cr_only_line_endings(tmp_path):
    text = HEADER + SDK_LOOP + "y = 1\n"
    lines = text.split("\n")
    mixed = "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(lines))
    lint_bytes(tmp_path, mixed.encode("utf-8"), name="mixed.py")
    lint_bytes(tmp_path, text.replace("\n", "\r").encode("utf-8"), name="cr_only.py", select="E999,E902,MST")


def test_tabs_and_form_feeds(tmp_path):
    text = (HEADER + "\f\n"
            "\n\ndef import_rows(rows):\n"
            "\tfor row in rows:\n"
            "\t\t\f# a form feed inside the indentation\n"
            "\t\tclient.create_product(CreateProductRequest())\t# tab before comment\n"
            "\f\n"
            "\n\ndef more(rows):\n"
            "\tif rows:\n"
            "\t\tfor row in rows:\n"
            "\t\t\tclient.show_asset(ShowAssetRequest(asset_id=row))\n"
            "\f")
    run = lint_bytes(tmp_path, text.encode("utf-8"))
    _expect_mst101(run, text)


@pytest.mark.parametrize("where", ["string", "comment", "code", "end"])
def test_nul_bytes(tmp_path, where):
    pieces = {
        "string": HEADER + SDK_LOOP + "x = 'a\0b'\n",
        "comment": HEADER + "# \0\n" + SDK_LOOP,
        "code": HEADER + SDK_LOOP + "x = 1\0\n",
        "end": HEADER + SDK_LOOP + "\0",
    }
    run = lint_bytes(tmp_path, pieces[where].encode("utf-8"), select="E999,E902,MST")
    if any(c in ("E999", "E902") for _, c in run.codes()):
        assert not run.mst(), run.stdout


def test_unicode_identifiers_and_lone_surrogate_escapes(tmp_path):
    text = HEADER + (
        "\n\ndef \u5bfc\u5165(\u884c\u5217):\n"
        "    for \u884c in \u884c\u5217:\n"
        "        client.create_product(CreateProductRequest(name='\\ud800 \\U0001F600 \U0001F600'))\n"
        "        \u00e9t\u00e9 = \u2167 = 1\n"
    )
    run = lint_bytes(tmp_path, text.encode("utf-8"))
    _expect_mst101(run, text)


# -- deep nesting -----------------------------------------------------------------------------
def nested_blocks(depth: int) -> str:
    """``depth`` nested if/for/with/while/try blocks, the SDK call in the middle."""
    kinds = ["if row:", "for row in rows:", "with ctx:", "while rows:", "try:"]
    out = [HEADER, "ctx = None\n\n\ndef deep(rows):\n"]
    closers = []
    for level in range(depth):
        pad = "    " * (level + 1)
        kind = kinds[level % len(kinds)]
        out.append(pad + kind + "\n")
        if kind == "try:":
            closers.append((level, pad + "except Exception:\n" + pad + "    pass\n"))
        if level % 7 == 3:
            out.append(pad + "    client.show_asset(ShowAssetRequest(asset_id=row))\n")
    pad = "    " * (depth + 1)
    out.append(pad + "client.create_product(CreateProductRequest())\n")
    for level, closer in reversed(closers):
        out.append(closer)
    return "".join(out)


def test_deep_block_nesting(tmp_path):
    src = nested_blocks(64)
    assert valid_here(src)
    run = lint_bytes(tmp_path, src.encode("utf-8"))
    assert run.mst(), "the analysis should reach the calls:\n" + run.stdout


def test_deeply_nested_functions_and_classes(tmp_path):
    parts = [HEADER]
    for level in range(45):
        pad = "    " * level
        parts.append(pad + ("class C%d:\n" if level % 2 else "def f%d(rows):\n") % level)
    pad = "    " * 45
    parts.append(pad + "for row in rows:\n" + pad + "    client.create_product(CreateProductRequest())\n")
    src = "".join(parts)
    assert valid_here(src)
    lint_bytes(tmp_path, src.encode("utf-8"))


def test_parentheses_197_deep(tmp_path):
    # CPython's tokenizer allows at most 199 open brackets (the call adds two); 200 is E999 (see above)
    src = HEADER + "\n\ndef f(rows):\n    for row in rows:\n        x = " + "(" * 197 \
        + "client.create_product(CreateProductRequest())" + ")" * 197 + "\n"
    assert valid_here(src)
    run = lint_bytes(tmp_path, src.encode("utf-8"))
    _expect_mst101(run, src)


@pytest.mark.parametrize("shape", ["calls", "lists", "binop", "subscripts", "lambdas"])
def test_deep_expressions(tmp_path, shape):
    n = 180
    inner = "client.create_product(CreateProductRequest())"
    expr = {
        "calls": "f(" * n + inner + ")" * n,
        "lists": "[" * n + inner + "]" * n,
        "binop": "(1 + " * n + inner + ")" * n,
        "subscripts": inner + "[0]" * n,
        "lambdas": "(lambda: " * n + inner + ")" * n + "()" * 1,
    }[shape]
    src = HEADER + "f = print\n\n\ndef g(rows):\n    for row in rows:\n        x = " + expr + "\n" \
        + "        time.sleep(" + "(0.001 + " * n + "0" + ")" * n + ")\n"
    assert valid_here(src)
    lint_bytes(tmp_path, src.encode("utf-8"))


@pytest.mark.parametrize("shape", ["implicit_concat", "implicit_fstring_concat", "concat_in_sdk_call", "or_chain",
                                   "and_chain", "elif_chain", "plus_chain"])
def test_long_chains(tmp_path, shape):
    """Long chains.  The first five are flat in Python's ``ast`` (one node with a
    list of parts), so CPython, pycodestyle and pyflakes take them in their
    stride, but LibCST nests them one level per element: 1200 implicitly
    concatenated strings (a generated SQL or data blob), the same made of
    f-strings or written inside the SDK call, a 1200-way ``or``/``and``.  The
    last two are nested in ``ast`` too; they stay below the depth at which
    pyflakes itself gives up (about 400)."""
    body = {
        "implicit_concat": "BLOB = (\n" + "".join("    'chunk %d '\n" % k for k in range(1200)) + ")\n",
        "implicit_fstring_concat": "def blob(x):\n    return (\n"
        + "".join("        f'chunk {x} %d '\n" % k for k in range(1200)) + "    )\n",
        "concat_in_sdk_call": "def bulk(rows):\n"
        "    for row in rows:\n"
        "        client.show_asset(ShowAssetRequest(asset_id=(\n"
        + "".join("            'part %d'\n" % k for k in range(1200)) + "        )))\n",
        "or_chain": "def pick(f):\n    return (\n" + "".join("        f.get('k%d') or\n" % k for k in range(1200))
        + "        None\n    )\n",
        "and_chain": "def ok(f):\n    return (\n" + "".join("        f.get('k%d') and\n" % k for k in range(1200))
        + "        True\n    )\n",
        "elif_chain": "def route(x):\n    if x == -1:\n        return None\n"
        + "".join("    elif x == %d:\n        return client.show_asset(ShowAssetRequest(asset_id='%d'))\n" % (k, k)
                  for k in range(300)),
        "plus_chain": "TOTAL = " + " + ".join("len('%d')" % k for k in range(300)) + "\n",
    }[shape]
    src = HEADER + "\n\n" + body + SDK_LOOP
    assert valid_here(src)
    run = lint_bytes(tmp_path, src.encode("utf-8"), select="F,E999,MST")
    _expect_mst101(run, src)


# -- big numbers --------------------------------------------------------------------------------
BIG = "1" + "0" * 400  # a 401-digit literal: fine for Python, too large for a float


@pytest.mark.parametrize("case", [
    "sleep_huge_literal", "sleep_huge_hex", "range_huge_literal", "product_of_literals", "workers_inf",
    "semaphore_inf", "workers_huge_literal",
])
def test_huge_numbers(tmp_path, case):
    line = {
        "sleep_huge_literal": "        client.create_product(CreateProductRequest())\n        time.sleep(%s)\n" % BIG,
        "sleep_huge_hex": "        client.create_product(CreateProductRequest())\n"
        "        time.sleep(0x%s)\n" % ("f" * 300),
        "range_huge_literal": "        for i in range(%s):\n            client.create_product(CreateProductRequest())\n"
        % BIG,
        "product_of_literals": "        n = %s * %s\n        for i in range(n):\n"
        "            client.create_product(CreateProductRequest())\n" % (BIG[:200], BIG[:200]),
        "workers_inf": "        with ThreadPoolExecutor(max_workers=10**10**10) as pool:\n"
        "            list(pool.map(client.show_asset, rows))\n",
        "semaphore_inf": "        sem = asyncio.Semaphore(1e400)\n        with sem:\n"
        "            list(ThreadPoolExecutor().map(client.show_asset, rows))\n",
        "workers_huge_literal": "        with ThreadPoolExecutor(%s) as pool:\n"
        "            list(pool.map(client.show_asset, rows))\n" % BIG,
    }[case]
    src = HEADER + "import asyncio\nfrom concurrent.futures import ThreadPoolExecutor\n\n\n" \
        "def job(rows):\n    for row in rows:\n" + line
    assert valid_here(src)
    lint_bytes(tmp_path, src.encode("utf-8"))


# -- size -------------------------------------------------------------------------------------
def big_module(target_lines: int) -> str:
    parts = [HEADER, "from concurrent.futures import ThreadPoolExecutor\n\n",
             "from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion\n\n",
             # a region the limits table does not know: MST202, reported on an attribute, not a call
             "hk_client = MetaStudioClient.new_builder().with_region(MetaStudioRegion.AP_SOUTHEAST_1).build()\n"]
    lines = sum(p.count("\n") for p in parts)
    i = 0
    while lines < target_lines:
        helper = "helper_%d" % (i - 1) if i else "print"
        chunk = (
            "\n\ndef job_%d(rows, delay=%s):\n"
            "    done = []\n"
            "    for row in rows:\n"
            "        resp = client.create_product(CreateProductRequest())\n"
            "        done.append(resp)\n"
            "        if row %% 7 == 0:\n"
            "            time.sleep(delay)\n"
            "    return done\n"
            "\n\ndef helper_%d(items):\n"
            "    with ThreadPoolExecutor(max_workers=%d) as pool:\n"
            "        return list(pool.map(client.show_asset, [ShowAssetRequest(asset_id=i) for i in items]))\n"
            "\n\ndef poll_%d(job_id):\n"
            "    while True:\n"
            "        if client.show_asset(ShowAssetRequest(asset_id=job_id)).state == 'DONE':\n"
            "            return %s([job_id])\n"
        ) % (i, (i % 5) / 10, i, 2 + i % 6, i, helper)
        parts.append(chunk)
        lines += chunk.count("\n")
        i += 1
    return "".join(parts)


def test_15000_line_file(tmp_path):
    src = big_module(15000)
    assert src.count("\n") >= 15000
    run = lint_bytes(tmp_path, src.encode("utf-8"))
    assert len(run.mst()) > 100, run.stdout[-2000:]
    assert (line_of(src, "hk_client ="), "MST202") in run.mst()


# -- shipped programs: recursion, newest syntax, odd call shapes --------------------------------
@pytest.mark.parametrize("name", ["mutual_recursion.py", "async_comprehensions.py", "odd_call_shapes.py"])
def test_shipped_hostile_program(name):
    path = os.path.join(HOSTILE, name)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    assert "huaweicloudsdkmetastudio" in text
    run = flake8(path, select="E999,MST")
    assert_survives(run)
    assert not run.codes("E999")
    assert run.mst(), "the analysis should find something in %s" % name


RECURSIVE_WALKS = {
    # a tree visitor: a method calling itself on each child and on two more nodes
    "method_visitor": (
        "\n\nclass AssetTree:\n"
        "    def visit(self, node):\n"
        "        client.show_asset(ShowAssetRequest(asset_id=node.id))\n"
        "        for child in node.children:\n"
        "            self.visit(child)\n"
        "        self.visit(node.left)\n"
        "        self.visit(node.right)\n"
    ),
    # a helper that recurses with a fresh request for each of three children
    "function_with_request": (
        "\n\ndef walk(req):\n"
        "    resp = client.show_asset(req)\n"
        "    for n in resp.children:\n"
        "        walk(ShowAssetRequest(asset_id=n.child0))\n"
        "        walk(ShowAssetRequest(asset_id=n.child1))\n"
        "        walk(ShowAssetRequest(asset_id=n.child2))\n"
    ),
}


@pytest.mark.parametrize("name", sorted(RECURSIVE_WALKS))
def test_recursive_tree_walk(tmp_path, name):
    """Recursion that fans out is an everyday shape; evaluating it must take
    time linear in the code, not in (calls per level) ** (call depth)."""
    src = HEADER + RECURSIVE_WALKS[name]
    lint_bytes(tmp_path, src.encode("utf-8"))


def test_analysis_is_deterministic():
    """The same text analysed again in the same process gives the same findings."""
    from flake8_metastudio.engine import lint_source
    from flake8_metastudio.options import settings_from

    with open(os.path.join(HOSTILE, "mutual_recursion.py"), encoding="utf-8") as fh:
        src = fh.read()
    settings = settings_from({})
    runs = [[(f.line, f.code, f.message) for f in lint_source(src, settings, tree=ast.parse(src))]
            for _ in range(4)]
    assert all(r == runs[0] for r in runs), "\n".join(
        "run %d: %s" % (i, [m for m in r if m[0] == 62]) for i, r in enumerate(runs))


NEWEST = {
    "match_walrus": ((3, 10), HEADER + (
        "\n\ndef dispatch(events):\n"
        "    for event in events:\n"
        "        match event:\n"
        "            case {'kind': 'create', 'rows': [*rows]} if (n := len(rows)) > 0:\n"
        "                for row in rows:\n"
        "                    client.create_product(CreateProductRequest())\n"
        "            case ShowAssetRequest(asset_id=aid) | [aid, _]:\n"
        "                client.show_asset(ShowAssetRequest(asset_id=aid))\n"
        "            case str() as s if (t := s.strip()):\n"
        "                time.sleep(len(t))\n"
        "            case _:\n"
        "                pass\n"
        "    while (resp := client.show_asset(ShowAssetRequest(asset_id='x'))).state != 'DONE':\n"
        "        pass\n"
        "    return [y for x in events if (y := client.create_product(x))]\n"
    )),
    "except_star": ((3, 11), HEADER + (
        "\n\ndef retry(rows):\n"
        "    for row in rows:\n"
        "        try:\n"
        "            client.create_product(CreateProductRequest())\n"
        "        except* ValueError as group:\n"
        "            pass\n"
        "        except* (TypeError, KeyError):\n"
        "            continue\n"
    )),
    "pep695_generics": ((3, 12), HEADER + (
        "\n\ntype Rows[T] = list[T]\n"
        "type Pair[K: str, *Ts, **P] = tuple[K, *Ts]\n"
        "\n\ndef first[T](x: T) -> T:\n"
        "    return x\n"
        "\n\nclass Box[T: (int, str), *Ts, **P]:\n"
        "    def each[R](self, rows: Rows[R]) -> None:\n"
        "        for row in rows:\n"
        "            client.create_product(CreateProductRequest())\n"
        "\n\ndef run[T](rows: Rows[T]):\n"
        "    for row in rows:\n"
        "        first[int](client).create_product(CreateProductRequest())\n"
        "        client.show_asset(ShowAssetRequest(asset_id=first(row)))\n"
    )),
    "pep701_fstrings": ((3, 12), HEADER + (
        "\n\ndef names(rows, x='v'):\n"
        "    for row in rows:\n"
        "        client.create_product(CreateProductRequest(name=f\"{'a' + f\"{x}\"}\"))\n"
        "        label = f\"{f\"{f\"{f\"{row!r:>{len(x)}}\"}\"}\"}\"\n"
        "        other = f\"{'\\n'.join(rows)} {x:{'>'}{10}} {row=}\"\n"
        "        again = f'{client.show_asset(ShowAssetRequest(asset_id=f'{row}'))}'\n"
        "        comment = f\"{row # a comment inside an f-string\n"
        "        }\"\n"
    )),
}


@pytest.mark.parametrize("name", sorted(NEWEST))
def test_newest_syntax(tmp_path, name):
    version, src = NEWEST[name]
    if sys.version_info < version:
        pytest.skip("needs Python %d.%d to parse" % version)
    assert valid_here(src)
    run = lint_bytes(tmp_path, src.encode("utf-8"), select="E999,MST")
    assert not run.codes("E999"), run.stdout
    assert run.mst(), run.stdout


@pytest.mark.parametrize("name", sorted(NEWEST))
def test_newest_syntax_in_process_without_ast(name):
    """LibCST parses syntax newer than the running Python; without an ``ast``
    tree the plugin places findings with LibCST's own positions."""
    from flake8_metastudio.engine import lint_source
    from flake8_metastudio.options import settings_from

    _, src = NEWEST[name]
    findings = lint_source(src, settings_from({}))
    lines = src.splitlines()
    for f in findings:
        assert 1 <= f.line <= len(lines), (f.line, f.message)


# -- odd call shapes, generated variants --------------------------------------------------------
ODD_CALLS = [
    "getattr(client, name)(CreateProductRequest())",
    "getattr(client, 'create_' + 'product')(CreateProductRequest())",
    "(lambda r: client.create_product(r))(CreateProductRequest())",
    "list(map(lambda r: client.show_asset(r), rows))",
    "time.sleep()",
    "time.sleep('x')",
    "time.sleep(10**100)",
    "time.sleep(10**10**10)",
    "time.sleep(-10**10**10)",
    "time.sleep(10**-10**10)",
    "time.sleep(0**-1)",
    "time.sleep((-1)**0.5)",
    "time.sleep(1e400 - 1e400)",
    "time.sleep(*rows)",
    "time.sleep(**{'secs': 1})",
    "[client.create_product(CreateProductRequest()) for _ in range(10**100)]",
    "[client.create_product(CreateProductRequest()) for _ in range(10**10**10)]",
    "[client.create_product(CreateProductRequest()) for _ in range(0, 10**10**10, 10**-10**10)]",
    "[client.create_product(CreateProductRequest()) for _ in range(-10**10**10)]",
    "[client.create_product(CreateProductRequest()) for _ in range(1, 10, 0)]",
    "[client.create_product(CreateProductRequest()) for _ in zip(range(10**10**10), 'ab')]",
]


@pytest.mark.parametrize("expr", ODD_CALLS, ids=range(len(ODD_CALLS)))
def test_odd_call_in_loop(tmp_path, expr):
    src = HEADER + "name = 'create_product'\n\n\ndef job(rows):\n    for row in rows:\n" \
        "        client.create_product(CreateProductRequest())\n        %s\n" % expr
    assert valid_here(src)
    lint_bytes(tmp_path, src.encode("utf-8"))


# -- stdin and parallel mode --------------------------------------------------------------------
def test_stdin_matches_file(tmp_path):
    path = os.path.join(HOSTILE, "mutual_recursion.py")
    with open(path, "rb") as fh:
        data = fh.read()
    from_file = flake8(path)
    assert_survives(from_file)
    from_stdin = flake8("--stdin-display-name", path, "-", stdin=data)
    assert_survives(from_stdin)
    assert from_stdin.mst() and from_stdin.mst() == from_file.mst()
    crlf_bom = flake8("-", stdin=b"\xef\xbb\xbf" + (HEADER + SDK_LOOP).replace("\n", "\r\n").encode("utf-8"))
    assert_survives(crlf_bom)
    assert crlf_bom.mst()


def test_stdin_empty_and_nul():
    assert_survives(flake8("-", stdin=b""))
    assert_survives(flake8("-", stdin=b"import huaweicloudsdkmetastudio\n\0"))


def test_stdin_non_utf8():
    # flake8 7.x itself retries a failed stdin decode as UTF-8 and raises (an xfail, see assert_survives)
    assert_survives(flake8("-", stdin=(HEADER + "# \xff\xfe\n" + SDK_LOOP).encode("latin-1")))


def test_parallel_matches_serial(tmp_path):
    files = {
        "a_loop.py": HEADER + SDK_LOOP,
        "b_big.py": big_module(1500),
        "c_deep.py": nested_blocks(30),
        "d_crlf.py": (HEADER + SDK_LOOP).replace("\n", "\r\n"),
        "e_syntax_error.py": HEADER + SDK_LOOP + "x = (\n",
        "f_empty.py": "",
        "g_clean.py": "import huaweicloudsdkmetastudio\n\nprint(1)\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    for shipped in ("mutual_recursion.py", "async_comprehensions.py", "odd_call_shapes.py"):
        with open(os.path.join(HOSTILE, shipped), "rb") as fh:
            (tmp_path / shipped).write_bytes(fh.read())
    serial = flake8("--jobs", "1", str(tmp_path), select="E999,MST")
    parallel = flake8("--jobs", "2", str(tmp_path), select="E999,MST")
    assert_survives(serial)
    assert_survives(parallel)
    assert serial.mst()
    assert sorted(serial.stdout.splitlines()) == sorted(parallel.stdout.splitlines())


# -- property test: generated programs straight into the analysis ----------------------------
try:
    import hypothesmith
    from hypothesis import HealthCheck, given, settings
except ImportError:  # pragma: no cover - the [test] extra installs both
    hypothesmith = None

# appended so that generated code sits next to real SDK use (a client, a loop)
TAIL = ("\nfrom huaweicloudsdkmetastudio.v1 import MetaStudioClient as _C, CreateProductRequest as _R\n"
        "_c = _C.new_builder().build()\n"
        "for _ in range(10):\n"
        "    _c.create_product(_R())\n")


def _analyze(src):
    from flake8_metastudio.engine import lint_source
    from flake8_metastudio.options import settings_from

    if not hasattr(_analyze, "settings"):
        _analyze.settings = settings_from({})
    return lint_source(src, _analyze.settings)  # exceptions propagate (FLAKE8_METASTUDIO_DEBUG semantics)


if hypothesmith is not None:
    PROPERTY_SETTINGS = settings(max_examples=60, deadline=None,
                                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                        HealthCheck.data_too_large])

    @pytest.mark.filterwarnings("ignore::SyntaxWarning")  # generated code is odd on purpose
    @PROPERTY_SETTINGS
    @given(hypothesmith.from_grammar())
    def test_property_from_grammar(code):
        src = "import huaweicloudsdkmetastudio\n" + code
        _analyze(src)
        _analyze(src + ("" if src.endswith("\n") else "\n") + TAIL)

    @pytest.mark.filterwarnings("ignore::SyntaxWarning")  # generated code is odd on purpose
    @PROPERTY_SETTINGS
    @given(hypothesmith.from_node())
    def test_property_from_node(code):
        src = "import huaweicloudsdkmetastudio\n" + code
        _analyze(src)
        _analyze(src + ("" if src.endswith("\n") else "\n") + TAIL)
else:  # pragma: no cover
    def test_property_tests_need_hypothesmith():
        pytest.skip("hypothesis and hypothesmith are not installed (pip install -e '.[test]')")
