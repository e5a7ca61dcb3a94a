"""A second attacker's round: new program shapes, data and option attacks,
encodings, ``# noqa`` against flake8's own behaviour, output forging in every
format, I/O failures and whole-project layouts (import cycles, packages that
import themselves, huge or binary imported modules).

Every case runs in a subprocess under the caps of tests/test_hostile_attacks.py
(4 GB of address space, 60 s of CPU) through both doors (flake8 with the
plugin, ``metastudio-lint``), and the code cases also through
``metastudio-lint explain --format json`` (valid JSON, no NaN) and
``metastudio-lint fix --diff`` (no traceback, no control character).  Each
asserts the exact outcome: the findings (``# <- CODE`` in the source), or one
line of error and exit status 2.
"""
import json
import os
import re

import pytest

from test_hostile_attacks import HEADER, LOOP, PROGRAM, assert_findings, expected, run_door

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
LOOP_CALL = "client.create_product(CreateProductRequest())"


def _lines(*parts):
    return "".join(parts)


def assert_every_door(tmp_path, source, name="case.py"):
    """``assert_findings`` (flake8 and metastudio-lint agree, message for
    message, with the marked findings), then explain (valid JSON, a row
    reported at each marked line) and fix --diff (runs, forges nothing)."""
    assert_findings(tmp_path, source, name=name)
    explain = run_door("metastudio-lint", ["explain", "--isolated", "--format", "json", name], tmp_path)
    assert explain.returncode == 0, explain.stderr[-2000:]
    rows = json.loads(explain.stdout, parse_constant=_no_constant)
    reported = {(r["reported_at_line"], r["verdict"]) for r in rows if r["verdict"] != "ok"}
    assert {line for line, _ in expected(source) if _ .startswith("MST1")} <= {line for line, _ in reported}, rows
    fix = run_door("metastudio-lint", ["fix", "--isolated", "--diff", "--unsafe-fixes", name], tmp_path)
    assert fix.returncode in (0, 1), fix.stderr[-2000:]
    assert not CONTROL.search(fix.stdout), fix.stdout[:2000]


def _no_constant(name):
    raise AssertionError("explain JSON holds %s" % name)


# -- code shapes ----------------------------------------------------------------------------------------
def lambda_chain(n):
    lines = [HEADER, "l0 = lambda r: client.create_product(r)\n"]
    lines += ["l%d = lambda r: l%d(r)\n" % (i, i - 1) for i in range(1, n)]
    lines.append("\n\ndef sync(rows):\n    for row in rows:\n        l%d(CreateProductRequest())  # <- MST101\n"
                 % (n - 1))
    return "".join(lines)


def class_tower(n):
    """``n`` classes, each a subclass of the one before; the base's method
    makes the SDK call; a loop calls it on the last subclass."""
    lines = [HEADER, "\n\nclass C0:\n    def push(self, req):\n        client.create_product(req)\n"]
    lines += ["\n\nclass C%d(C%d):\n    pass\n" % (i, i - 1) for i in range(1, n)]
    lines.append("\n\ndef sync(rows):\n    worker = C%d()\n    for row in rows:\n"
                 "        worker.push(CreateProductRequest())  # <- MST101\n" % (n - 1))
    return "".join(lines)


def many_functions_in_a_table(n):
    """``n`` generated functions, each making the SDK call, none called by name."""
    lines = [HEADER]
    lines += ["\n\ndef f%d(req):\n    client.create_product(req)\n" % i for i in range(n)]
    lines.append("\n\ndef sync(rows):\n    for row in rows:\n        f%d(CreateProductRequest())  # <- MST101\n"
                 % (n - 1))
    return "".join(lines)


def doubling_string(n):
    """A name doubled ``n`` times: folded naively it is 2**n characters."""
    return HEADER + "BASE = 'cn-north-4'\n" + "BASE = BASE + BASE\n" * n + LOOP


def closures_recursing(n):
    """``n`` closures, each made by an outer function and calling the next
    one's maker, the last back to the first: mutual recursion through closures."""
    lines = [HEADER]
    for i in range(n):
        lines.append("\n\ndef make%d(c):\n    def inner(req):\n        c.create_product(req)\n"
                     "        make%d(c)(req)\n    return inner\n" % (i, (i + 1) % n))
    lines.append("\n\ndef sync(rows):\n    step = make0(client)\n    for row in rows:\n"
                 "        step(CreateProductRequest())  # <- MST101\n")
    return "".join(lines)


def methods_recursing_across_classes(n):
    lines = [HEADER]
    for i in range(n):
        lines.append("\n\nclass K%d:\n    def go(self, req):\n        client.create_product(req)\n"
                     "        K%d().go(req)\n" % (i, (i + 1) % n))
    lines.append("\n\ndef sync(rows):\n    for row in rows:\n        K0().go(CreateProductRequest())  # <- MST101\n")
    return "".join(lines)


def match_cases(n):
    lines = [HEADER, "\n\ndef sync(rows):\n    for row in rows:\n        match row.kind:\n"]
    for i in range(n):
        lines.append("            case %d:\n                %s  # <- MST101\n" % (i, LOOP_CALL))
    lines.append("            case _:\n                pass\n")
    return "".join(lines)


def walrus_in_comprehensions(n):
    body = "[(y := %s) for x in rows]" % LOOP_CALL
    return HEADER + "\n\ndef sync(rows):\n" + "".join("    a%d = %s  # <- MST101\n" % (i, body) for i in range(n))


def nested_fstrings():
    """The SDK call inside three f-strings nested in one another (a dict, a
    conversion and a nested format spec on the way)."""
    return HEADER + ("\n\ndef sync(rows, width):\n    for row in rows:\n"
                     "        print(f\"\"\"{f'''{ {f\"{row}\": %s}!r:>{width}}'''}\"\"\")  # <- MST101\n" % LOOP_CALL)


def async_gather_of(n):
    """A loop gathering ``n`` coroutines, each blocking the event loop on an
    async-client call's ``.result()``: one call at a time, 10/s."""
    return ("import asyncio\n" + HEADER.replace("MetaStudioClient", "MetaStudioAsyncClient") + (
        "\n\nasync def one(req):\n    await asyncio.sleep(0)\n    client.create_product_async(req).result()\n"
        "\n\nasync def sync(batches):\n    for batch in batches:\n        await asyncio.gather(%s)  # <- MST101\n"
        % ", ".join("one(CreateProductRequest())" for _ in range(n))))


def async_nested(n):
    """``n`` async functions, each awaiting the next inside an ``async for``."""
    lines = ["import asyncio\n", HEADER]
    for i in range(n):
        # the innermost loop around the SDK call is a(n-1)'s: reported at its call of a(n)
        lines.append("\n\nasync def a%d(stream):\n    async for item in stream:\n        await a%d(item)%s\n"
                     % (i, i + 1, "  # <- MST101" if i == n - 1 else ""))
    lines.append("\n\nasync def a%d(stream):\n    %s\n" % (n, LOOP_CALL))
    lines.append("\n\nasync def sync(rows):\n    for row in rows:\n        await a0(row)\n")
    return "".join(lines)


def decorated_generated(n):
    """``n`` functions, each wrapped by a retry decorator written in the module."""
    lines = [HEADER, (
        "\n\ndef retry(fn):\n    def wrapper(*args):\n        while True:\n            try:\n"
        "                return fn(*args)  # <- MST104\n            except Exception:\n                continue\n"
        "    return wrapper\n")]
    for i in range(n):
        lines.append("\n\n@retry\ndef f%d(req):\n    client.create_product(req)\n" % i)
    lines.append("\n\ndef sync(rows):\n    for row in rows:\n" + "".join(
        "        f%d(CreateProductRequest())  # <- MST101\n" % i for i in range(0, n, max(1, n // 5))))
    return "".join(lines)


def yield_from_chain(n):
    # the loop around the SDK call is g0's own: reported there
    lines = [HEADER, "\n\ndef g0(rows):\n    for row in rows:\n        yield %s  # <- MST101\n" % LOOP_CALL]
    lines += ["\n\ndef g%d(rows):\n    yield from g%d(rows)\n" % (i, i - 1) for i in range(1, n)]
    lines.append("\n\ndef sync(rows):\n    for row in rows:\n        list(g%d(row))\n" % (n - 1))
    return "".join(lines)


def nested_withs_and_trys(n):
    src = [HEADER, "\n\ndef sync(rows, lock):\n    for row in rows:\n"]
    pad = "        "
    for i in range(n):
        src.append(pad + ("with lock:\n" if i % 2 else "try:\n"))
        pad += "    "
    src.append(pad + LOOP_CALL + "  # <- MST101\n")
    for i in reversed(range(n)):
        pad = pad[:-4]
        if not i % 2:
            src.append(pad + "finally:\n" + pad + "    pass\n")
    return "".join(src)


def huge_imports(n):
    return "".join("import os.path as alias%d\n" % i for i in range(n)) + HEADER + LOOP


def many_names(n):
    return HEADER + "".join("n%d = n%d if False else %d\n" % (i, max(0, i - 1), i) for i in range(n)) + LOOP


def lambda_comprehension_tower(n):
    """A lambda holding a comprehension holding a lambda ... ``n`` deep, the
    SDK call at the bottom, called in a loop."""
    expr = "client.create_product(r)"
    for _ in range(n):
        expr = "(lambda r: [%s for _ in (0,)])(r)" % expr
    return HEADER + "\n\ndef sync(rows):\n    for r in rows:\n        %s  # <- MST101\n" % expr


CODE = {
    "lambda_chain_400": lambda_chain(400),
    "class_tower_300": class_tower(300),
    "generated_5000_functions": many_functions_in_a_table(5000),
    "string_doubled_200_times": doubling_string(200),
    "closures_recursing_200": closures_recursing(200),
    "methods_recursing_across_classes_300": methods_recursing_across_classes(300),
    "match_1500_cases_in_loop": match_cases(1500),
    "walrus_in_comprehensions_300": walrus_in_comprehensions(300),
    "nested_fstrings": nested_fstrings(),
    "gather_of_2000_coroutines": async_gather_of(2000),
    "async_for_chain_200": async_nested(200),
    "retry_decorated_1000": decorated_generated(1000),
    "yield_from_chain_300": yield_from_chain(300),
    "nested_with_try_80": nested_withs_and_trys(80),
    "eight_thousand_imports": huge_imports(8000),
    "ten_thousand_names": many_names(10000),
    "lambda_comprehension_tower_40": lambda_comprehension_tower(40),
    "huge_int_literal": HEADER + "N = " + "9" * 4000 + "\n\n\ndef sync():\n    for i in range(N):\n"
    "        %s  # <- MST101\n" % LOOP_CALL,
    "huge_list_literal": HEADER + "ROWS = [" + ", ".join(str(i) for i in range(40000)) + "]\n\n\n"
    "def sync():\n    for i in ROWS:\n        %s  # <- MST101\n" % LOOP_CALL,
    "tuple_nested_90_deep": HEADER + "T = " + "(" * 90 + "1," + ")" * 90 + "\n" + LOOP,
    "self_referential_defaults": HEADER + (
        "\n\ndef f(x=None, y=lambda: f()):\n    client.create_product(CreateProductRequest())\n    return y()\n"
        "\n\ndef sync(rows):\n    for row in rows:\n        f()  # <- MST101\n"),
    "class_attrs_referring_to_each_other": HEADER + (
        "\n\nclass Loop:\n    def __init__(self):\n        self.a = self.b = self\n        self.c = client\n"
        "        self.a.a.a.b.a.c = self.c\n\n    def run(self, rows):\n        for row in rows:\n"
        "            self.a.b.a.b.c.create_product(CreateProductRequest())  # <- MST101\n"),
    "getattr_dispatch_over_2000_methods": HEADER + "\n\nclass Many:\n" + "".join(
        "    def m%d(self, req):\n        client.create_product(req)\n\n" % i for i in range(2000)) + (
        "    def run(self, rows):\n        for i, row in enumerate(rows):\n"
        "            getattr(self, 'm%d' % i)(CreateProductRequest())\n"),
    "one_line_bodies_everywhere": HEADER + (
        "\n\ndef a(rows):\n    for r in rows: client.create_product(CreateProductRequest()); pass  # <- MST101\n"
        "\n\ndef b(rows):\n    while rows: client.create_product(CreateProductRequest())  # <- MST101\n"
        "\n\ndef c(rows, lock):\n    for r in rows:\n"
        "        with lock: client.create_product(CreateProductRequest())  # <- MST101\n"
        "\n\ndef d(rows):\n    for r in rows:\n"
        "        if r: client.create_product(CreateProductRequest())  # <- MST101\n"
        "        else: client.create_product(CreateProductRequest())  # <- MST101\n"
        "\n\ndef e(rows):\n    for r in rows:\n"
        "        match r:\n            case 1: client.create_product(CreateProductRequest())  # <- MST101\n"),
}


@pytest.mark.parametrize("name", sorted(CODE))
def test_hostile_code_every_door(tmp_path, name):
    assert_every_door(tmp_path, CODE[name])


# -- the baseline file: one line, exit 2 ------------------------------------------------------------------
@pytest.mark.parametrize("name, words", [
    ("deep", "nested too deeply"),  # json.loads recursing 100,000 deep: RecursionError before
    ("fifo", "is a FIFO (named pipe), not a regular file"),  # hung reading it before
    ("garbage", "not UTF-8 text"),
])
def test_hostile_baseline_file(tmp_path, name, words):
    path = tmp_path / "base.json"
    if name == "fifo":
        os.mkfifo(str(path))
    else:
        path.write_bytes(b"[" * 100000 + b"]" * 100000 if name == "deep" else b"\xff\x00{")
    (tmp_path / "seed.py").write_text(PROGRAM)
    cli = run_door("metastudio-lint", ["--isolated", "--baseline=base.json", "seed.py"], tmp_path)
    lines = cli.stderr.splitlines()
    assert cli.returncode == 2 and cli.stdout == "" and len(lines) == 1 and len(lines[0]) < 200, cli.stderr[-1000:]
    assert "base.json" in lines[0] and words in lines[0], lines
