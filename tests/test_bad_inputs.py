"""Hostile limits files and option values, through both doors.

Each case runs real flake8 (with the option) and ``metastudio-lint`` in a
subprocess, in a folder of its own, and asserts what a user sees: exit status
2 within 20 s of CPU per door (wall-clock time only detects hangs: a loaded
machine stretches it), exactly one line on stderr, under 200 characters, naming the
option, and for a limits file the file and the line; no traceback.
"""
import os
import socket
import subprocess
import sys

import pytest

from conftest import HANG_SECONDS, children_cpu, run_cpu_timed

CPU_LIMIT = 20.0  # per door
PROGRAM = """\
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateProductRequest

client = MetaStudioClient.new_builder().build()


def seed(items):
    for item in items:
        client.create_product(CreateProductRequest(body=item))
"""
ROW = "schema_version: 1\napis:\n  - sdk_method: create_product\n"


def _doors(option, cwd):
    flake8 = [sys.executable, "-m", "flake8", "--isolated", "--select=MST", option, "seed.py"]
    lint = [sys.executable, "-m", "flake8_metastudio", "--isolated", option, "seed.py"]
    return {"flake8": flake8, "metastudio-lint": lint}


def _env():
    return dict(os.environ, FLAKE8_METASTUDIO_DEBUG="1")  # an internal error would show as a traceback


def _run(cmd, cwd):
    return run_cpu_timed(cmd, cwd=str(cwd), capture_output=True, env=_env())


def assert_one_line_error(cwd, option, *words):
    """Both doors (run side by side) stop with one short line containing ``option`` and ``words``."""
    (cwd / "seed.py").write_text(PROGRAM)
    before = children_cpu()
    procs = {door: subprocess.Popen(cmd, cwd=str(cwd), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
             for door, cmd in _doors(option, cwd).items()}
    try:
        outputs = {door: proc.communicate(timeout=HANG_SECONDS) for door, proc in procs.items()}
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
    cpu = children_cpu() - before
    assert cpu < CPU_LIMIT * len(procs), "%.1f s of CPU" % cpu
    for door, (out, err_bytes) in outputs.items():
        err = err_bytes.decode("utf-8", "replace")
        assert "Traceback" not in err, (door, err[-2000:])
        assert procs[door].returncode == 2, (door, procs[door].returncode, err[:500])
        assert out == b"", (door, out[:300])
        lines = err.splitlines()
        assert len(lines) == 1, (door, err[:1000])
        assert len(lines[0]) < 200, (door, len(lines[0]), lines[0])
        assert option.split("=")[0] in lines[0], (door, lines[0])
        for word in words:
            assert word in lines[0], (door, word, lines[0])
    return lines[0]


# -- limits files -----------------------------------------------------------------------------
def _bomb():
    levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 9):
        prev, name = chr(96 + i), chr(97 + i)
        levels.append("%s: &%s [%s]" % (name, name, ", ".join(["*" + prev] * 9)))
    return "schema_version: 1\nsource:\n  " + "\n  ".join(levels) + "\n"


LIMITS_FILES = {
    # name: (content, line, words)
    "alias-bomb": (_bomb(), 6, ["aliases expand to more than 1000"]),  # d: is the first over 1000
    "schema-version-true": ("schema_version: true\n", 1, ["schema_version must be the integer 1, not true"]),
    "schema-version-float": ("schema_version: 1.0\n", 1, ["must be the integer 1, not 1.0"]),
    "schema-version-missing": ("apis: []\n", 1, ["schema_version: 1 is missing"]),
    "region-trailing-newline": (ROW + '    limits: {"cn-north-4\\n": 3}\n', 4,
                                [r"region id 'cn-north-4\n' is not of the form"]),
    "declared-region-trailing-newline": ('schema_version: 1\nregions:\n  "cn-x-1\\n": X\n', 3,
                                         [r"region id 'cn-x-1\n'"]),
    "duplicate-key": (ROW + "    limits:\n      cn-north-4: 3\n      cn-east-3: 2\n      cn-north-4: 5\n", 7,
                      ["duplicate key 'cn-north-4' (first given on line 5)"]),
    "duplicate-top-key": ("schema_version: 1\napis: []\nschema_version: 1\n", 3, ["duplicate key 'schema_version'"]),
    "limit-401-digits": (ROW + "    limits: {cn-north-4: %s}\n" % ("9" * 401), 4, ["more than 30 digits"]),
    "limit-too-large": (ROW + "    limits: {cn-north-4: 10000001}\n", 4, ["at most 1000000 calls per second"]),
    "limit-zero": (ROW + "    limits: {cn-north-4: 0}\n", 4, ["limits.cn-north-4: expected a number > 0", "not 0"]),
    "limit-negative-float": (ROW + "    limits: {cn-north-4: -0.5}\n", 4, ["expected a number > 0"]),
    "limit-inf": (ROW + "    limits: {cn-north-4: .inf}\n", 4, ["plain decimals", "'.inf'"]),
    "limit-octal-looking": (ROW + "    limits: {cn-north-4: 012}\n", 4, ["plain decimals", "'012'"]),
    "limit-underscore": (ROW + "    limits: {cn-north-4: 1_0}\n", 4, ["plain decimals", "'1_0'"]),
    "limit-string": (ROW + "    limits: {cn-north-4: '5'}\n", 4, ["expected calls per second", "not '5'"]),
    "limit-bool": (ROW + "    limits: {cn-north-4: yes}\n", 4, ["not true"]),
    "every-region-zero": (ROW + "    every_region: 0\n", 4, ["every_region: expected a number > 0"]),
    "typo-region": (ROW + "    limits: {cn-nort-4: 50}\n", 4,
                    ["'cn-nort-4' is neither bundled nor declared", "did you mean 'cn-north-4'"]),
    "no-such-method": ("schema_version: 1\napis:\n  - sdk_method: no_such_method\n    limits: {cn-north-4: 5}\n", 3,
                       ["sdk_method 'no_such_method' matches no bundled row", "needs api, http"]),
    "typo-method": ("schema_version: 1\napis:\n  - sdk_method: create_prodcut\n    limits: {cn-north-4: 5}\n", 3,
                    ["did you mean 'create_product'"]),
    "new-api-without-http": ("schema_version: 1\napis:\n  - api: Creating a Prodct\n    limits: {cn-north-4: 5}\n",
                             3, ["api 'Creating a Prodct' matches no bundled row", "needs http"]),
    "method-not-a-string": ("schema_version: 1\napis:\n  - sdk_method: [create_product]\n", 3,
                            ["sdk_method must be a non-empty string, not a list"]),
    "apis-not-a-list": ("schema_version: 1\napis:\n  sdk_method: create_product\n", 3,
                        ["apis must be a list of rows, not a mapping"]),
    "limits-not-a-mapping": (ROW + "    limits: 5\n", 4, ["limits must be a mapping, not 5"]),
    "table-float": (ROW + "    table: 2.0\n", 4, ["table must be 2 or 3, not 2.0"]),
    "http-trailing-newline": (ROW + '    http: "POST /v1/{project_id}/products\\n"\n', 4,
                              ["http must be one printable line"]),
    "unknown-row-key": (ROW + "    limit: {cn-north-4: 3}\n", 4,
                        ["unknown key 'limit' in an apis row", "did you mean 'limits'"]),
    "unknown-top-key": ("schema_version: 1\nrows: []\n", 2, ["unknown key 'rows' at the top level"]),
    "duplicate-row": (ROW + "    limits: {cn-north-4: 5}\n  - api: Creating a Product\n    limits: {cn-east-3: 5}\n",
                      5, ["duplicate row: the row on line 3 already gives 'create_product'"]),
    "two-apis-in-one-row": (ROW + "    api: Deleting an Asset\n", 4, ["name two different APIs"]),
    "syntax-error": (ROW + "    limits: {cn-north-4: 3\n", 4, ["YAML syntax error"]),
    "two-documents": ("schema_version: 1\n---\nschema_version: 1\n", 2, ["YAML syntax error"]),
    "empty-file": ("", 1, ["expected a mapping with schema_version and apis at the top, not null"]),
    "recursive-alias": ("schema_version: 1\nsource: &a {x: *a}\n", 2, ["an alias refers to the node"]),
    "control-character": ("schema_version: 1\x07\n", 1, ["YAML syntax error"]),
}


@pytest.mark.parametrize("name", sorted(LIMITS_FILES))
def test_bad_limits_file(tmp_path, name):
    content, line, words = LIMITS_FILES[name]
    (tmp_path / "limits.yaml").write_text(content, encoding="utf-8")
    assert_one_line_error(tmp_path, "--metastudio-limits-file=limits.yaml", "limits.yaml:%d: " % line, *words)


def test_limits_file_not_utf8(tmp_path):
    (tmp_path / "limits.yaml").write_bytes(b"schema_version: 1\nregions: {cn-x-1: \xff}\n")
    assert_one_line_error(tmp_path, "--metastudio-limits-file=limits.yaml",
                          "limits.yaml:2: not UTF-8 text (byte 0xff in column 19)")


def _special_files(tmp_path):
    os.mkfifo(str(tmp_path / "fifo"))
    (tmp_path / "folder").mkdir()
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock"))
    with open(str(tmp_path / "huge"), "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    return sock


SPECIAL = [("fifo", "is a FIFO (named pipe), not a regular file"), ("folder", "is a directory"),
           ("sock", "is a socket"), ("/dev/zero", "is a character device"),
           ("huge", "is 104857600 bytes; at most 4194304 are accepted"), ("missing", "file not found")]


@pytest.mark.parametrize("path, words", SPECIAL)
def test_limits_file_that_is_no_regular_file(tmp_path, path, words):
    sock = _special_files(tmp_path)
    try:
        assert_one_line_error(tmp_path, "--metastudio-limits-file=" + path, path + ": " + words)
    finally:
        sock.close()


@pytest.mark.parametrize("path, words", SPECIAL)
def test_timbre_list_that_is_no_regular_file(tmp_path, path, words):
    sock = _special_files(tmp_path)
    try:
        big = tmp_path / "huge"
        if path == "huge":
            os.truncate(str(big), 2 * 1024 * 1024)  # the timbre list's cap is 1 MiB
            words = "is 2097152 bytes; at most 1048576 are accepted"
        assert_one_line_error(tmp_path, "--metastudio-timbres=@" + path, "timbre list " + path + ": " + words)
    finally:
        sock.close()


def test_long_path_is_clipped_not_the_problem(tmp_path):
    deep = tmp_path / ("d" * 120) / ("e" * 120)
    deep.mkdir(parents=True)
    (deep / "limits.yaml").write_text(ROW + "    limits: {cn-north-4: 0}\n")
    line = assert_one_line_error(tmp_path, "--metastudio-limits-file=%s" % (deep / "limits.yaml"),
                                 "limits.yaml:4: limits.cn-north-4: expected a number > 0")
    assert "..." in line


# -- option values ----------------------------------------------------------------------------
OPTION_VALUES = [
    ("--metastudio-replicas=" + "1" + "0" * 400, ["invalid value '1000000000", "...", "from 1 to 10000"]),
    ("--metastudio-max-concurrency=" + "1" + "0" * 400, ["invalid value '1000000000", "from 1 to 10000"]),
    ("--metastudio-replicas=10001", ["'10001'", "from 1 to 10000"]),
    ("--metastudio-max-concurrency=10001", ["'10001'", "from 1 to 10000"]),
    ("--metastudio-replicas=1_0", ["'1_0'", "whole number"]),
    ("--metastudio-replicas=\u0663", ["'\u0663'", "whole number"]),  # ARABIC-INDIC DIGIT THREE
    ("--metastudio-max-concurrency=\u0661\u0666", ["whole number"]),
    ("--metastudio-replicas=+2", ["'+2'"]),
    ("--metastudio-replicas=2.0", ["'2.0'"]),
    ("--metastudio-latency=1_0", ["'1_0'", "seconds from 0.001 to 60"]),
    ("--metastudio-latency=\u0660.\u0665", ["seconds from 0.001 to 60"]),
    ("--metastudio-latency=0", ["'0'", "seconds from 0.001 to 60"]),
    ("--metastudio-latency=61", ["'61'"]),
    ("--metastudio-latency=nan", ["'nan'"]),
    ("--metastudio-latency=inf", ["'inf'"]),
    ("--metastudio-latency=1e400", ["'1e400'"]),
    ("--metastudio-latency=" + "9" * 401, ["invalid value '999", "..."]),
    ("--metastudio-region=cn-north-4\n", [r"'cn-north-4\n'"]),
    ("--metastudio-region=cn-nort-4", ["unknown region 'cn-nort-4'", "cn-north-4"]),
    ("--metastudio-region=\x1b[2Jcn-north-4", [r"'\x1b[2Jcn-north-4'"]),
    ("--metastudio-model-provider=" + "x" * 5000, ["invalid value 'xxxx", "..."]),
]


@pytest.mark.parametrize("option, words", OPTION_VALUES, ids=[o[:40].encode("unicode_escape").decode()
                                                              for o, _ in OPTION_VALUES])
def test_bad_option_value(tmp_path, option, words):
    assert_one_line_error(tmp_path, option, *words)


@pytest.mark.parametrize("option", ["--metastudio-region", "--metastudio-latency", "--metastudio-replicas",
                                    "--metastudio-max-concurrency", "--metastudio-limits-file",
                                    "--metastudio-model-provider", "--metastudio-timbres"])
def test_empty_option_value_is_an_error(tmp_path, option):
    assert_one_line_error(tmp_path, option + "=", "empty value")


@pytest.mark.parametrize("option", ["--metastudio-region", "--metastudio-replicas"])
def test_empty_value_in_a_config_file_is_an_error(tmp_path, option):
    """flake8 passes defaults for options not given; a key given but empty must not read as one."""
    (tmp_path / "seed.py").write_text(PROGRAM)
    (tmp_path / "setup.cfg").write_text("[flake8]\n%s =\n" % option.lstrip("-"))
    for cmd in ([sys.executable, "-m", "flake8", "--select=MST", "seed.py"],
                [sys.executable, "-m", "flake8_metastudio", "seed.py"]):
        proc, _ = _run(cmd, tmp_path)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and err.count("\n") == 1, (cmd, err)
        assert option + ": empty value" in err, err


def test_pyproject_tool_that_is_not_a_table(tmp_path):
    """Only metastudio-lint reads pyproject.toml."""
    (tmp_path / "seed.py").write_text(PROGRAM)
    for text, want in (("tool = 5\n", "'tool' must be a table, not int"),
                       ('[tool]\nflake8-metastudio = "cn-east-3"\n', "[tool.flake8-metastudio] must be a table, not str")):
        (tmp_path / "pyproject.toml").write_text(text)
        proc, _ = _run([sys.executable, "-m", "flake8_metastudio", "seed.py"], tmp_path)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and err.count("\n") == 1 and "Traceback" not in err, err
        assert "pyproject.toml: " + want in err


def test_empty_value_in_pyproject_is_an_error(tmp_path):
    (tmp_path / "seed.py").write_text(PROGRAM)
    (tmp_path / "pyproject.toml").write_text('[tool.flake8-metastudio]\nlatency = ""\n')
    proc, _ = _run([sys.executable, "-m", "flake8_metastudio", "seed.py"], tmp_path)
    assert proc.returncode == 2 and "--metastudio-latency: empty value" in proc.stderr.decode()


# -- what stays accepted ----------------------------------------------------------------------
def _findings(cmd, cwd):
    proc, _ = _run(cmd, cwd)
    assert proc.returncode in (0, 1) and proc.stderr == b"", proc.stderr.decode()[-2000:]
    return proc.stdout.decode()


def test_good_values_at_the_bounds_and_a_good_override(tmp_path):
    """A declared region, a fractional limit, 1.0 read as 1, merge keys and the option bounds work
    the same in both doors."""
    (tmp_path / "seed.py").write_text(PROGRAM)
    (tmp_path / "limits.yaml").write_text(
        "schema_version: 1\n"
        "regions:\n  cn-southwest-2: CN Southwest-Guiyang1\n"
        "apis:\n"
        "  - sdk_method: create_product\n"
        "    limits: &slow {cn-north-4: 1.0, cn-southwest-2: 0.5}\n"
        "  - sdk_method: delete_asset\n"
        "    limits: {<<: *slow, cn-north-4: 2}\n")
    # 1 call per 2 s against 1/s: fine; x10000 replicas: 5000/s
    opts = ["--metastudio-limits-file=limits.yaml", "--metastudio-latency=2", "--metastudio-replicas= 1 "]
    flake8 = _findings([sys.executable, "-m", "flake8", "--isolated", "--select=MST", *opts, "seed.py"], tmp_path)
    lint = _findings([sys.executable, "-m", "flake8_metastudio", "--isolated", *opts, "seed.py"], tmp_path)
    assert flake8 == lint == ""
    opts[2] = "--metastudio-replicas=10000"
    flake8 = _findings([sys.executable, "-m", "flake8", "--isolated", "--select=MST", *opts, "seed.py"], tmp_path)
    lint = _findings([sys.executable, "-m", "flake8_metastudio", "--isolated", *opts, "seed.py"], tmp_path)
    assert "MST101" in flake8 and "cn-north-4 allows 1/s" in flake8, flake8
    assert flake8.split("MST101")[1] == lint.split("MST101")[1]
    opts += ["--metastudio-region=cn-southwest-2", "--metastudio-latency=60", "--metastudio-max-concurrency=10000"]
    lint = _findings([sys.executable, "-m", "flake8_metastudio", "--isolated", *opts, "seed.py"], tmp_path)
    assert "cn-southwest-2 allows 0.5/s" in lint, lint


@pytest.mark.parametrize("value, words", [("", "empty value"),
                                          ("limits.yaml", "limits.yaml:4: limits.cn-north-4: expected a number > 0")])
def test_limits_command_checks_the_file_the_same_way(tmp_path, value, words):
    (tmp_path / "limits.yaml").write_text(ROW + "    limits: {cn-north-4: 0}\n")
    proc, _ = _run([sys.executable, "-m", "flake8_metastudio", "limits", "--metastudio-limits-file=" + value],
                   tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1 and proc.stdout == b"", err
    assert "--metastudio-limits-file: " + words in err, err
