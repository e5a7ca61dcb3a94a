"""An attacker's cases, through both doors (flake8 with the plugin, and
``metastudio-lint``), each in a subprocess under a 4 GB address-space cap and
a 60 s CPU cap (wall-clock time only detects hangs).

Unlike tests/test_hostile_inputs.py (odd bytes and syntax, through flake8)
and tests/test_hostile_shapes.py (program shapes that grow), these are
single inputs meant to break one thing each: constant folding that would
allocate gigabytes, cycles of calls, nesting LibCST cannot take, literals
that forge output, data files and option values that hang or crash a
loader, and file-system objects that are not files.  Each asserts the exact
outcome: the findings (line and code, marked ``# <- CODE`` in the source),
or the one line of error and exit status 2; never a traceback or a signal.
"""
import json
import os
import re
import resource
import socket
import subprocess
import sys

import pytest

from conftest import HANG_SECONDS, flake8_script

MEMORY_CAP = 4 * 1024 ** 3
CPU_CAP = 60
ROW = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<msg>.*)$")
EXPECT = re.compile(r"# <- ((?:[A-Z]+\d+,?)+)")
HEADER = (
    "import time\n"
    "\n"
    "from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient, ShowAssetRequest\n"
    "\n"
    "client = MetaStudioClient.new_builder().build()\n"
)
LOOP = (
    "\n"
    "\n"
    "def sync(rows):\n"
    "    for row in rows:\n"
    "        client.create_product(CreateProductRequest())  # <- MST101\n"
)
# flake8 with this plugin only (and flake8's own E9 codes)
ONLY_THIS_PLUGIN = flake8_script("p.package in ('flake8', 'flake8-metastudio')")


def _capped():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_CAP, CPU_CAP))


class Door:
    def __init__(self, name, proc):
        self.name = name
        self.returncode = proc.returncode
        self.stdout = proc.stdout.decode("utf-8", "replace")
        self.stderr = proc.stderr.decode("utf-8", "replace")

    def rows(self):
        out = set()
        for line in self.stdout.splitlines():
            m = ROW.match(line)
            assert m, "%s: not a result line: %r" % (self.name, line)
            out.add((os.path.basename(m.group("path")), int(m.group("line")), m.group("code"), m.group("msg")))
        return out

    def found(self):
        return {(line, code) for _, line, code, _ in self.rows()}


def run_door(door, args, cwd, env=None):
    head = ["-c", ONLY_THIS_PLUGIN, "-j1", "--select=MST,E9"] if door == "flake8" else ["-m", "flake8_metastudio"]
    proc = subprocess.run([sys.executable, *head, *args], cwd=str(cwd), capture_output=True, timeout=HANG_SECONDS,
                          preexec_fn=_capped, env=dict(os.environ, FLAKE8_METASTUDIO_DEBUG="1", **(env or {})))
    result = Door(door, proc)
    assert proc.returncode >= 0, "%s killed by signal %d" % (door, -proc.returncode)
    assert "Traceback" not in result.stderr, "%s:\n%s" % (door, result.stderr[-3000:])
    return result


def both_doors(tmp_path, args, env=None):
    return [run_door(door, args, tmp_path, env) for door in ("flake8", "metastudio-lint")]


def expected(source):
    found = set()
    for n, line in enumerate(source.split("\n"), 1):
        m = EXPECT.search(line)
        if m:
            found |= {(n, code) for code in m.group(1).split(",")}
    return found


def assert_findings(tmp_path, source, *options, name="case.py"):
    """Both doors give exactly the findings marked in ``source``, message for message."""
    (tmp_path / name).write_text(source, encoding="utf-8")
    flake8, cli = both_doors(tmp_path, ["--isolated", *options, name])
    want = expected(source)
    for door in (flake8, cli):
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff]", door.stdout), \
            (door.name, door.stdout[:500])
        assert door.found() == want, (door.name, sorted(door.found()), sorted(want), door.stderr[-1000:])
        assert door.returncode == (1 if want else 0), (door.name, door.returncode, door.stderr[-1000:])
    assert flake8.rows() == cli.rows()
    return cli


# -- code: cycles of calls ----------------------------------------------------------------------------
def ring_of_methods(n):
    """A class whose ``n`` methods call one another in a ring; the last makes the SDK call."""
    lines = [HEADER, "\n\nclass Ring:\n"]
    for i in range(n):
        lines.append("    def m%d(self, req):\n        self.m%d(req)\n" % (i, (i + 1) % n))
        if i == n - 1:
            lines.append("        client.create_product(req)\n")
        lines.append("\n")
    lines.append("    def run(self, rows):\n        for row in rows:\n"
                 "            self.m0(CreateProductRequest())  # <- MST101\n")
    return "".join(lines)


CODE_CASES = {
    # 600 methods in one ring: the call is 600 calls deep and in a cycle
    "ring_of_600_methods": ring_of_methods(600),
    # two cycles, the first calling into the second, the SDK call in the second
    "cycle_into_cycle": HEADER + (
        "\n\ndef a(x):\n    b(x)\n\n\ndef b(x):\n    a(x)\n    c(x)\n"
        "\n\ndef c(x):\n    d(x)\n\n\ndef d(x):\n    client.create_product(CreateProductRequest())\n    c(x)\n"
        "\n\ndef sync(rows):\n    for row in rows:\n        a(row)  # <- MST101\n"),
    # a recursion that sleeps 0.5 s on its way round: 1 call per 0.6 s is under 4/s
    "recursion_that_sleeps": HEADER + (
        "\n\ndef publish(rows):\n    for row in rows:\n        client.create_product(CreateProductRequest())\n"
        "        pause(row)\n\n\ndef pause(row):\n    time.sleep(0.5)\n    publish(row.children)\n"),
    # the same recursion without the sleep: 10/s
    "recursion_without_sleep": HEADER + (
        "\n\ndef publish(rows):\n    for row in rows:\n"
        "        client.create_product(CreateProductRequest())  # <- MST101\n"
        "        descend(row)\n\n\ndef descend(row):\n    if row.children:\n        publish(row.children)\n"),
    # a cycle entered from two loops: both are reported whichever is analysed first
    "cycle_entered_twice": HEADER + (
        "\n\ndef ping(x):\n    pong(x)\n\n\ndef pong(x):\n    client.create_product(CreateProductRequest())\n"
        "    ping(x)\n\n\ndef first(rows):\n    for row in rows:\n        pong(row)  # <- MST101\n"
        "\n\ndef second(rows):\n    for row in rows:\n        ping(row)  # <- MST101\n"),
    # a lambda that calls itself through a name, handed to a pool
    "recursive_lambda_in_pool": HEADER + (
        "from concurrent.futures import ThreadPoolExecutor\n"
        "walk = lambda node: [client.create_product(CreateProductRequest())] + [walk(c) for c in node]\n"
        "\n\ndef sync(nodes):\n    with ThreadPoolExecutor(max_workers=8) as pool:\n"
        "        for node in nodes:\n            pool.submit(walk, node)  # <- MST102\n"),
    # -- constant folding that would allocate gigabytes or compute for ever
    "huge_power_in_range": HEADER + (
        "\n\ndef sync():\n    for i in range(10 ** 10 ** 9):\n"
        "        client.create_product(CreateProductRequest())  # <- MST101\n"),
    "huge_string_repeat": HEADER + (
        "BASE = 'https://metastudio.cn-north-4.myhuaweicloud.com' + 'x' * 10 ** 12\n" + LOOP),
    "huge_format_width": HEADER + (
        "NAME = '%0999999999d' % 1\nOTHER = '{:>999999999}'.format('a')\nTHIRD = f'{NAME:>999999999}'\n" + LOOP),
    "huge_list_repeat_in_loop": HEADER + (
        "\n\ndef sync():\n    for i in [0] * 10 ** 12:\n"
        "        client.create_product(CreateProductRequest())  # <- MST101\n"),
    "sleep_of_nan_and_inf": HEADER + (
        "\n\ndef sync(rows):\n    for row in rows:\n        client.create_product(CreateProductRequest())\n"
        "        time.sleep(float('nan'))\n"
        "\n\ndef later(rows):\n    for row in rows:\n        client.create_product(CreateProductRequest())\n"
        "        time.sleep(1e308 * 10)\n"),
    "range_with_huge_bounds": HEADER + (
        "\n\ndef sync():\n    for i in range(-10 ** 30, 10 ** 30, 7):\n"
        "        client.create_product(CreateProductRequest())  # <- MST101\n"
        "    for j in range(0, 10, 0):\n"
        "        client.create_product(CreateProductRequest())  # <- MST101\n"),
    # -- sizes
    "many_clients": HEADER + "".join("c%d = MetaStudioClient.new_builder().build()\n" % i for i in range(3000)) + (
        "\n\ndef sync(rows):\n    for row in rows:\n"
        "        c2999.create_product(CreateProductRequest())  # <- MST101\n"),
    "big_dict_literal": HEADER + "TABLE = {\n" + "".join("    'k%d': %d,\n" % (i, i) for i in range(8000))
    + "}\n" + LOOP,
    "megabyte_string": HEADER + "BLOB = '" + "x" * 3_000_000 + "'\n" + LOOP,
    "nested_comprehensions": HEADER + (
        "\n\ndef sync(grid):\n    return [[[[[[client.create_product(CreateProductRequest())  # <- MST101\n"
        "               for f in e] for e in d] for d in c] for c in b] for b in a] for a in grid]\n"),
    "four_thousand_module_calls": HEADER
    + "client.create_product(CreateProductRequest())\n" * 4000,
    "four_hundred_decorators": HEADER + "def keep(f):\n    return f\n\n\n" + "@keep\n" * 400 + (
        "def sync(rows):\n    for row in rows:\n        client.create_product(CreateProductRequest())  # <- MST101\n"),
    # string annotations: parsed once per text, and only what Python compiles and LibCST can
    # take (2,000 nested Optional[ crashed LibCST's parser; 600, used 30 times, took over 60 s)
    "annotation_nested_2000": HEADER + "\n\ndef run(svc: \"" + "Optional[" * 2000 + "X" + "]" * 2000
    + "\", rows):\n    for row in rows:\n        client.create_product(CreateProductRequest())  # <- MST101\n",
    "annotation_nested_600_thirty_times": HEADER + "".join(
        "\n\ndef run%d(svc: \"%s\", rows):\n    return svc\n" % (i, "Optional[" * 600 + "X" + "]" * 600)
        for i in range(30)) + LOOP,
    "annotation_union_5000": HEADER + "\n\ndef run(svc: \"" + "X | " * 5000 + "None\", rows):\n    return svc\n"
    + LOOP,
    # -- nesting LibCST cannot take: refused in one line each (MST901, line 1)
    "strings_concatenated_3100": HEADER + "BLOB = (\n" + "    'part'\n" * 3100 + ")\n"
    + LOOP.replace("  # <- MST101", ""),
    "fstrings_concatenated_2600": HEADER + "def f(x):\n    return (" + " f'{x}'" * 2600 + ")\n"
    + LOOP.replace("  # <- MST101", ""),
    "or_of_8000": HEADER + "FLAG = " + " or ".join(["x"] * 8000) + "\n" + LOOP.replace("  # <- MST101", ""),
    "and_or_mixed_15000": HEADER + "FLAG = " + " ".join("x and" if i % 2 else "x or" for i in range(15000))
    + " x\n" + LOOP.replace("  # <- MST101", ""),
}
# the same finding on line 1 in both doors, naming the cause
REFUSED = {
    "strings_concatenated_3100": "3100 implicitly concatenated strings at line 7",
    "fstrings_concatenated_2600": "2600 implicitly concatenated strings at line 7",
    "or_of_8000": "8000 operands of or at line 6",
    "and_or_mixed_15000": "operands of or at line 6",
}


@pytest.mark.parametrize("name", sorted(CODE_CASES))
def test_hostile_code(tmp_path, name):
    source = CODE_CASES[name]
    if name in REFUSED:
        (tmp_path / "case.py").write_text(source, encoding="utf-8")
        flake8, cli = both_doors(tmp_path, ["--isolated", "case.py"])
        for door in (flake8, cli):
            assert door.found() == {(1, "MST901")}, (door.name, door.stdout[-2000:])
            assert REFUSED[name] in door.stdout, (door.name, door.stdout)
            assert door.returncode == 1
        assert flake8.rows() == cli.rows()
        return
    assert_findings(tmp_path, source)


# -- output: literals that would forge lines or garble a terminal --------------------------------------
FORGING = {
    "newline_in_region": "'cn-north-4\\ncase.py:1:1: E999 forged'",
    "carriage_return_in_region": "'cn-north-4\\rcase.py:1:1: E999 forged'",
    "escape_in_region": "'\\x1b[2J\\x1b[Hcn-north-4'",
    "bidi_override_in_region": "'cn-\\u202enorth-4'",
    "lone_surrogate_in_region": "'cn-north-\\udc80'",
    "nul_in_region": "'cn-north-4\\x00'",
}


@pytest.mark.parametrize("name", sorted(FORGING))
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_literal_cannot_forge_output(tmp_path, name, fmt):
    source = ("from huaweicloudsdkmetastudio.v1 import MetaStudioClient\n"
              "from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion\n"
              "client = MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of(%s)).build()"
              "  # <- MST202\n"
              % FORGING[name])
    (tmp_path / "case.py").write_text(source, encoding="utf-8")
    if fmt == "text":
        assert_findings(tmp_path, source)
        return
    cli = run_door("metastudio-lint", ["--isolated", "--format=json", "case.py"], tmp_path)
    assert cli.returncode == 1
    data = json.loads(cli.stdout)  # valid JSON
    assert "MST202" in json.dumps(data)
    # and no string in it, once decoded, holds a control, bidi or surrogate character
    for text in _strings(data):
        assert not any(ord(ch) < 0x20 or 0x7f <= ord(ch) < 0xa0 or 0x202a <= ord(ch) <= 0x202e
                       or 0x2066 <= ord(ch) <= 0x2069 or 0xd800 <= ord(ch) <= 0xdfff for ch in text), repr(text)


def _strings(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for k, v in data.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


# -- data files and options: one line, exit 2 ----------------------------------------------------------
PROGRAM = HEADER + LOOP


def assert_one_line_error(tmp_path, option, *words):
    (tmp_path / "seed.py").write_text(PROGRAM)
    for door in both_doors(tmp_path, ["--isolated", option, "seed.py"]):
        lines = door.stderr.splitlines()
        assert door.returncode == 2, (door.name, door.returncode, door.stderr[-1000:])
        assert door.stdout == "", (door.name, door.stdout[:500])
        assert len(lines) == 1 and len(lines[0]) < 200, (door.name, door.stderr[-1000:])
        for word in words:
            assert word in lines[0], (door.name, word, lines[0])


LIMITS_FILES = {
    # a flow sequence nested 20,000 deep: a recursive YAML composer runs out of stack
    "deep_flow_nesting": ("schema_version: 1\napis: " + "[" * 20000 + "]" * 20000 + "\n", "limits.yaml"),
    "deep_block_nesting": ("schema_version: 1\napis:\n" + "".join("  " * i + "- \n" for i in range(3000)),
                           "limits.yaml"),
    "python_object_tag": ("schema_version: 1\napis: !!python/object/apply:os.system ['true']\n", "limits.yaml"),
    "nan_limit": ("schema_version: 1\napis:\n  - sdk_method: create_product\n    limits: {cn-north-4: .nan}\n",
                  "limits.yaml"),
    "infinite_limit": ("schema_version: 1\napis:\n  - sdk_method: create_product\n    limits: {cn-north-4: .inf}\n",
                       "limits.yaml"),
    "utf16_file": ("\ufeffschema_version: 1\n".encode("utf-16").decode("latin-1"), "limits.yaml"),
    "binary_garbage": (bytes(range(256)).decode("latin-1") * 10, "limits.yaml"),
}


@pytest.mark.parametrize("name", sorted(LIMITS_FILES))
def test_hostile_limits_file(tmp_path, name):
    text, filename = LIMITS_FILES[name]
    (tmp_path / filename).write_bytes(text.encode("latin-1") if name in ("utf16_file", "binary_garbage")
                                      else text.encode("utf-8"))
    assert_one_line_error(tmp_path, "--metastudio-limits-file=" + filename, filename)


OPTIONS = {
    "latency_nan": ("--metastudio-latency=nan", "--metastudio-latency"),
    "latency_inf": ("--metastudio-latency=inf", "--metastudio-latency"),
    "latency_tiny_exponent": ("--metastudio-latency=1e-400", "--metastudio-latency"),
    "region_fullwidth_digit": ("--metastudio-region=cn-north-\uff14", "--metastudio-region"),
    "region_huge": ("--metastudio-region=" + "a" * 100000, "--metastudio-region"),
    "replicas_negative_zero": ("--metastudio-replicas=-0", "--metastudio-replicas"),
    "timbres_file_missing": ("--metastudio-timbres=@missing.txt", "--metastudio-timbres"),
}


@pytest.mark.parametrize("name", sorted(OPTIONS))
def test_hostile_option(tmp_path, name):
    option, word = OPTIONS[name]
    assert_one_line_error(tmp_path, option, word)


def test_pyproject_nested_too_deep(tmp_path):
    # a TOML array nested 5,000 deep: tomllib recurses per level
    (tmp_path / "pyproject.toml").write_text("[tool.flake8-metastudio]\nregion = " + "[" * 5000 + "]" * 5000 + "\n")
    (tmp_path / "seed.py").write_text(PROGRAM)
    cli = run_door("metastudio-lint", ["seed.py"], tmp_path)
    lines = cli.stderr.splitlines()
    assert cli.returncode == 2 and len(lines) == 1 and "pyproject.toml" in lines[0], cli.stderr[-1000:]


def test_timbres_file_of_binary_and_nul(tmp_path):
    (tmp_path / "timbres.txt").write_bytes(b"voice-a\n\x00\xff\xfe\n")
    assert_one_line_error(tmp_path, "--metastudio-timbres=@timbres.txt", "timbres.txt")


# -- the file system -------------------------------------------------------------------------------------
def test_folder_with_objects_that_are_not_files(tmp_path):
    """A walked folder holding a directory named like a module, a symlink to
    /dev/zero (reading it never ends), a FIFO nobody writes to and a socket,
    all named ``*.py``: metastudio-lint reports each (E902) without reading
    it, and still checks the real module next to them.  (flake8 itself reads
    every ``*.py`` it walks before any plugin sees it: /dev/zero exhausts its
    memory and a FIFO blocks it, with or without this plugin; it is given
    the directory and the socket only.)"""
    src = tmp_path / "src"
    src.mkdir()
    (src / "package.py").mkdir()
    (src / "real.py").write_text(PROGRAM)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(src / "sock.py"))
    try:
        flake8 = run_door("flake8", ["--isolated", "src"], tmp_path)
        os.symlink("/dev/zero", str(src / "zero.py"))
        os.mkfifo(str(src / "fifo.py"))
        cli = run_door("metastudio-lint", ["--isolated", "src"], tmp_path)
    finally:
        sock.close()
    want = {("real.py", line, code) for line, code in expected(PROGRAM)} | {("sock.py", 0, "E902")}
    assert {(name, line, code) for name, line, code, _ in flake8.rows()} == want, flake8.stdout
    want |= {("zero.py", 0, "E902"), ("fifo.py", 0, "E902")}
    assert {(name, line, code) for name, line, code, _ in cli.rows()} == want, cli.stdout
    assert "zero.py is a character device, not a Python file" in cli.stdout
    assert "fifo.py is a FIFO (named pipe), not a Python file" in cli.stdout
    assert flake8.returncode == cli.returncode == 1


def test_file_name_that_forges_a_line(tmp_path):
    name = "a\nb.py:1:1: E999 forged\x1b[2J.py"
    (tmp_path / name).write_text(PROGRAM)
    cli = run_door("metastudio-lint", ["--isolated", "."], tmp_path)
    assert cli.returncode == 1
    lines = cli.stdout.splitlines()
    assert len(lines) == len(expected(PROGRAM)), lines
    assert all(ROW.match(line) and "\x1b" not in line for line in lines), lines


def test_output_file_on_dev_full(tmp_path):
    (tmp_path / "seed.py").write_text(PROGRAM)
    cli = run_door("metastudio-lint", ["--isolated", "--output-file=/dev/full", "seed.py"], tmp_path)
    lines = cli.stderr.splitlines()
    assert cli.returncode == 2 and len(lines) == 1 and "/dev/full" in lines[0], cli.stderr[-1000:]


def test_merged_call_sites_keep_their_own_findings(tmp_path):
    """A caller's summary merges the call sites below it that it would judge
    alike; the findings about each call site itself must survive that: a
    helper making the same API call twice, used with a client of a region
    that does not offer the API, is MST201 at both calls."""
    source = (
        "from huaweicloudsdkmetastudio.v1 import CreateActiveCodeRequest, MetaStudioClient\n"
        "from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion\n"
        "\n"
        "\n"
        "def issue(c):\n"
        "    c.create_active_code(CreateActiveCodeRequest())  # <- MST201\n"
        "    c.create_active_code(CreateActiveCodeRequest())  # <- MST201\n"
        "\n"
        "\n"
        "def main():\n"
        "    sg = MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of('ap-southeast-3')).build()\n"
        "    issue(sg)\n"
    )
    assert_findings(tmp_path, source)
