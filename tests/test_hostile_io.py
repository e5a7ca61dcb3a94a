"""Hostile inputs, options, outputs and I/O, through both doors where both
doors are in charge (flake8 with the plugin, and ``metastudio-lint``).

Every case runs in a subprocess under the 4 GB / 60 s caps of
``test_hostile_attacks.run_door`` and asserts the exact outcome a user sees:
the findings, or one line on stderr under 200 characters that names the file
or option and what is allowed, exit status 2, no traceback, within 20 s of CPU.

Where flake8 itself reads a file before any plugin runs (``--config``,
``setup.cfg``/``tox.ini``/``.flake8`` discovery, writing its own output),
flake8's behaviour is flake8's: it blocks on a FIFO config and reads
``/dev/zero`` forever, with or without this plugin, so only
``metastudio-lint`` is checked there.
"""
import json
import os
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from conftest import HERE, children_cpu
from test_hostile_attacks import HEADER, LOOP, ROW, _strings, expected, run_door

CPU_LIMIT = 20.0  # seconds per door for a one-line error
PROGRAM = HEADER + LOOP
MST101_LINE = sorted(expected(PROGRAM))[0][0]
TIMBRE_PROGRAM = (
    "from huaweicloudsdkmetastudio.v1 import MetaStudioClient, VoiceConfig\n"
    "\n"
    "client = MetaStudioClient.new_builder().build()\n"
    "voice = VoiceConfig(voice_asset_id='zz-not-allowed')  # <- MST401\n"
)
TYPO_REGION_PROGRAM = (
    "from huaweicloudsdkmetastudio.v1 import MetaStudioClient\n"
    "from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion\n"
    "client = MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of('cn-nort-4')).build()\n"
)
# control characters and look-alikes no report may carry raw
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def door_run(door, args, cwd, env=None):
    """``run_door`` plus the CPU seconds the child used."""
    before = children_cpu()
    result = run_door(door, args, cwd, env)
    result.cpu = children_cpu() - before
    return result


def assert_one_line(result, *words):
    """Exit 2, nothing on stdout, one short line on stderr holding ``words``, quickly."""
    lines = result.stderr.splitlines()
    assert result.returncode == 2, (result.name, result.returncode, result.stderr[-800:], result.stdout[-300:])
    assert result.stdout == "", (result.name, result.stdout[:300])
    assert len(lines) == 1 and len(lines[0]) < 200, (result.name, result.stderr[-800:])
    assert not UNSAFE.search(lines[0]), (result.name, lines[0])
    for word in words:
        assert word in lines[0], (result.name, word, lines[0])
    assert result.cpu < CPU_LIMIT, (result.name, result.cpu)
    return lines[0]


def both_error(tmp_path, args, *words, source=PROGRAM, name="seed.py"):
    (tmp_path / name).write_text(source)
    return [assert_one_line(door_run(door, [*args, name], tmp_path), *words)
            for door in ("flake8", "metastudio-lint")]


def cli_error(tmp_path, args, *words, source=PROGRAM):
    (tmp_path / "seed.py").write_text(source)
    return assert_one_line(door_run("metastudio-lint", [*args, "seed.py"], tmp_path), *words)


def cli(tmp_path, *args):
    return door_run("metastudio-lint", list(args), tmp_path)


# -- 1. every file the tool reads goes through one capped reader --------------------------------------
def test_config_option_naming_dev_zero(tmp_path):
    cli_error(tmp_path, ["--config", "/dev/zero"], "--config: /dev/zero: is a character device, not a regular file")


def test_config_option_naming_a_fifo(tmp_path):
    os.mkfifo(str(tmp_path / "flake8.cfg"))
    cli_error(tmp_path, ["--config", "flake8.cfg"], "--config: flake8.cfg: is a FIFO (named pipe), not a regular file")


def test_config_option_naming_a_directory(tmp_path):
    (tmp_path / "conf.d").mkdir()
    cli_error(tmp_path, ["--config", "conf.d"], "--config: conf.d: is a directory, not a regular file")


@pytest.mark.parametrize("name", ["setup.cfg", "tox.ini", ".flake8"])
def test_discovered_flake8_config_that_is_a_fifo(tmp_path, name):
    os.mkfifo(str(tmp_path / name))
    cli_error(tmp_path, [], "flake8 config %s: is a FIFO (named pipe), not a regular file" % (tmp_path / name))


def test_discovered_flake8_config_linked_to_dev_zero(tmp_path):
    os.symlink("/dev/zero", str(tmp_path / "tox.ini"))
    cli_error(tmp_path, [], "tox.ini: is a character device, not a regular file")


def test_discovered_flake8_config_with_a_duplicate_key(tmp_path):
    # flake8's own discovery skips only ParsingError: a duplicate key is a traceback in flake8
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-region = cn-east-3\nmetastudio-region = cn-north-4\n")
    cli_error(tmp_path, [], "setup.cfg:3: cannot be read as a config file (DuplicateOptionError)")


def test_config_option_that_is_not_utf8(tmp_path):
    (tmp_path / "lint.cfg").write_bytes(b"[flake8]\nmetastudio-region = cn-\xff\n")
    cli_error(tmp_path, ["--config", "lint.cfg"], "--config: lint.cfg:2: not UTF-8 text")


def test_config_option_too_large(tmp_path):
    (tmp_path / "big.cfg").write_text("[flake8]\n" + "# padding\n" * 500000)
    cli_error(tmp_path, ["--config", "big.cfg"], "--config: big.cfg: is 5000009 bytes; at most 4194304 are accepted")


def test_pyproject_that_is_a_fifo_is_refused_not_skipped(tmp_path):
    os.mkfifo(str(tmp_path / "pyproject.toml"))
    cli_error(tmp_path, [], "pyproject.toml: is a FIFO (named pipe), not a regular file")


def test_saved_vendor_page_that_is_dev_zero(tmp_path):
    assert_one_line(cli(tmp_path, "limits", "update", "/dev/zero", "--diff-only"),
                    "/dev/zero: is a character device, not a regular file")


# -- 2./3. pyproject keys: each one type-checked, unknown ones refused ---------------------------------
PYPROJECT_BAD = {
    "exclude_number": ("exclude = 3", "[tool.flake8-metastudio] exclude: expected a string or an array of "
                       "strings, not an integer"),
    "select_mixed_array": ('select = ["MST", 1]', "select: expected a string or an array of strings, not an array"),
    "replicas_float": ("replicas = 2.0", "replicas: expected a whole number, not a number"),
    "replicas_bool": ("metastudio-replicas = true", "metastudio-replicas: expected a whole number, not true or false"),
    "replicas_huge_int": ("replicas = 99999999999999999999", "replicas: expected a number no larger than"),
    "latency_string_table": ("latency = {a = 1}", "latency: expected a number, not a table"),
    "region_date": ("region = 1979-05-27", "region: expected a string, not a date or time"),
    "no_cache_string": ('no-cache = "yes"', "no-cache: expected true or false, not a string"),
    "per_file_ignores_number": ('per-file-ignores = {"seed.py" = 3}', "per-file-ignores: expected a string, or a "
                                "table of patterns to codes"),
    "typo_with_suggestion": ('exlcude = "build"', "unknown key 'exlcude' in [tool.flake8-metastudio]; did you mean "
                             "'exclude'?"),
    "typo_of_prefixed_key": ('metastudio-regoin = "cn-east-3"', "unknown key 'metastudio-regoin'"),
    "control_character_in_key": ('"re\\u001bgion" = "cn-east-3"', r"unknown key 're\x1bgion'"),
}


@pytest.mark.parametrize("name", sorted(PYPROJECT_BAD))
def test_pyproject_key_of_the_wrong_type_or_unknown(tmp_path, name):
    line, words = PYPROJECT_BAD[name]
    (tmp_path / "pyproject.toml").write_text("[tool.flake8-metastudio]\n%s\n" % line)
    message = cli_error(tmp_path, [], "pyproject.toml: ", words)
    if name == "typo_of_prefixed_key":
        assert "did you mean 'metastudio-region'?" in message or "did you mean 'region'?" in message, message


def test_pyproject_typed_values_that_are_right_are_used(tmp_path):
    (tmp_path / "seed.py").write_text(PROGRAM)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.flake8-metastudio]\nreplicas = 2\nlatency = 0.2\nno-cache = true\nselect = ["MST1"]\n'
        'per-file-ignores = {"other.py" = ["MST101"]}\n')
    result = cli(tmp_path, "seed.py")
    assert result.returncode == 1, result.stderr
    (row,) = result.rows()
    # 2 replicas x (1 / 0.2 s) = 10/s
    assert row[1:3] == (MST101_LINE, "MST101") and "~10.0/s" in row[3] and "x2 replicas" in row[3], row
    assert not (tmp_path / ".metastudio_cache").exists()  # no-cache = true was honoured


# -- 2. string-valued options: control characters refused, in both doors ------------------------------
STRING_OPTIONS = {
    "timbres_inline": ("--metastudio-timbres=voice-a,voice\x01b", r"--metastudio-timbres: invalid value 'voice-a,voice\x01b'"),
    "timbres_escape": ("--metastudio-timbres=\x1b[2Jvoice", r"'\x1b[2Jvoice'"),
    "source_roots": ("--metastudio-source-roots=src\x1b]0;pwned\x07", "--metastudio-source-roots: invalid value"),
    "cache_dir": ("--metastudio-cache-dir=cache\x1b", r"--metastudio-cache-dir: invalid value 'cache\x1b'"),
    "model_provider": ("--metastudio-model-provider=aiui\x07", r"'aiui\x07'"),
    "limits_file": ("--metastudio-limits-file=limits\x1b.yaml",
                                    r"--metastudio-limits-file: invalid value 'limits\x1b.yaml'"),
    "region_bidi": ("--metastudio-region=cn-north-4\u202e", r"--metastudio-region: invalid value 'cn-north-4\u202e'"),
}


@pytest.mark.parametrize("name", sorted(STRING_OPTIONS))
def test_string_option_with_a_control_character(tmp_path, name):
    option, words = STRING_OPTIONS[name]
    both_error(tmp_path, ["--isolated", option], words, "no control characters")


def test_timbre_file_with_an_escape_in_one_line(tmp_path):
    (tmp_path / "timbres.txt").write_text("voice-a\n# a comment\nvoice-\x1b[31mb\n")
    both_error(tmp_path, ["--isolated", "--metastudio-timbres=@timbres.txt"],
               r"--metastudio-timbres: timbre list timbres.txt:3: id 'voice-\x1b[31mb' holds a control character")


def test_timbre_list_over_several_config_lines_is_still_a_list(tmp_path):
    """The control-character check must not refuse the newlines of a multi-line config value."""
    (tmp_path / "case.py").write_text(TIMBRE_PROGRAM)
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-timbres =\n    voice-a\n    voice-b\n")
    results = [door_run(door, ["case.py"], tmp_path) for door in ("flake8", "metastudio-lint")]
    for result in results:
        assert result.returncode == 1, (result.name, result.stderr)
        assert result.found() == expected(TIMBRE_PROGRAM), (result.name, result.stdout)
        assert "(2 allowed)" in result.stdout, result.stdout
    assert results[0].rows() == results[1].rows()


# -- 7. options twice, contradicting, empty, huge, non-ASCII digits ------------------------------------
def test_no_cache_with_cache_dir_is_a_contradiction(tmp_path):
    both_error(tmp_path, ["--isolated", "--metastudio-no-cache", "--metastudio-cache-dir=cache"],
               "--metastudio-no-cache and --metastudio-cache-dir: give one of them")


def test_no_cache_and_cache_dir_both_in_the_config_is_a_contradiction(tmp_path):
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-cache-dir = cache\nmetastudio-no-cache = true\n")
    both_error(tmp_path, [], "--metastudio-no-cache and --metastudio-cache-dir: give one of them")


def test_no_cache_on_the_command_line_overrides_a_configured_cache_dir(tmp_path):
    (tmp_path / "seed.py").write_text(PROGRAM)
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-cache-dir = cache\n")
    results = [door_run(door, ["--metastudio-no-cache", "seed.py"], tmp_path) for door in ("flake8", "metastudio-lint")]
    for result in results:
        assert result.returncode == 1 and result.found() == expected(PROGRAM), (result.name, result.stderr)
    assert results[0].rows() == results[1].rows()
    assert not (tmp_path / "cache").exists()


def test_option_given_twice_the_last_one_counts_in_both_doors(tmp_path):
    (tmp_path / "seed.py").write_text(PROGRAM)
    args = ["--isolated", "--metastudio-replicas=5", "--metastudio-replicas=2", "seed.py"]
    results = [door_run(door, args, tmp_path) for door in ("flake8", "metastudio-lint")]
    for result in results:
        assert result.returncode == 1 and "x2 replicas" in result.stdout, (result.name, result.stdout, result.stderr)
    assert results[0].rows() == results[1].rows()


@pytest.mark.parametrize("value, words", [
    ("1" + "0" * 400, ["--metastudio-worker-concurrency: invalid value '1000", "from 1 to 10000"]),
    ("\u0661\u0660", ["--metastudio-worker-concurrency: invalid value '\u0661\u0660'", "whole number"]),
    ("\uff11\uff10", ["whole number"]),  # fullwidth digits
    ("1e3", ["'1e3'", "whole number"]),
    ("0x10", ["'0x10'"]),
    ("", ["--metastudio-worker-concurrency: empty value"]),
], ids=["10**400", "arabic-indic", "fullwidth", "exponent", "hex", "empty"])
def test_worker_concurrency_values(tmp_path, value, words):
    both_error(tmp_path, ["--isolated", "--metastudio-worker-concurrency=" + value], *words)


def test_huge_replicas_in_a_config_file(tmp_path):
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-replicas = %s\n" % ("9" * 5000))
    both_error(tmp_path, [], "--metastudio-replicas: invalid value '9999", "from 1 to 10000")


# -- 4. noqa: identical to flake8's, on lines counted as flake8 counts them -----------------------------
# comment -> is the MST101 on that line hidden?  (flake8's NOQA_INLINE_REGEXP and style guide)
NOQA_TABLE = {
    "# noqa": True, "# NOQA": True, "# NoQa": True,
    "#noqa": False, "#noqa:MST101": False, "#  noqa": False,  # flake8's pattern wants exactly '# noqa'
    "# noqa:MST101": True, "# noqa: MST101": True, "# noqa:MST101,E501": True,
    "# noqa: E501 MST101": True, "# noqa: E501,,MST101": True, "# noqa:\tMST101": True,
    "# noqa: MST1": True,  # flake8 matches the code by prefix
    "# noqa: MST": True,  # not a code: "# noqa:" with no valid list is a bare noqa
    "# noqa : MST101": True,  # the space before ':' ends the match: a bare noqa
    "# noqa:  MST101": True,  # two spaces: no list matched, so a bare noqa
    "# noqa: MST102": False, "# noqa: E501": False, "# noqa:MST101x": True, "# noqa: mst101": False,
    "# noqa-MST101": True, "# noqa: MST102,MST101": True, "# noqa: MST102;MST101": False,
    "# noqa:MST101 because the loop is short": True, "# no qa": False, "# flake8: noqa: MST101": False,
}
NEWLINES = {
    "lf": ("\n", ""), "crlf": ("\r\n", ""), "cr": ("\r", ""),
    "form_feed_line": ("\n", "\f\n"), "u2028_in_string": ("\n", "TEXT = 'a\u2028b\u2029c\x1cd'\n"),
    "tab_indent": ("\n", "if True:\n\tpass\n"), "vt_in_comment": ("\n", "# \x0b\x0c\n"),
}


def _noqa_case(comment, newline, extra):
    source = (HEADER + extra + "\n\ndef sync(rows):\n    for row in rows:\n"
              "        client.create_product(CreateProductRequest())  " + comment + "\n")
    return source.replace("\n", newline)


def test_noqa_table_matches_flake8_in_both_doors(tmp_path):
    cases = {}
    for i, comment in enumerate(sorted(NOQA_TABLE)):
        for label, (newline, extra) in NEWLINES.items():
            name = "c%02d_%s.py" % (i, label)
            with open(str(tmp_path / name), "w", encoding="utf-8", newline="") as fh:
                fh.write(_noqa_case(comment, newline, extra))
            line = HEADER.count("\n") + extra.count("\n") + 5
            cases[name] = (comment, line)
    results = [door_run(door, ["--isolated", *sorted(cases)], tmp_path) for door in ("flake8", "metastudio-lint")]
    assert results[0].rows() == results[1].rows()
    shown = {(name, line) for name, line, code, _ in results[1].rows() if code == "MST101"}
    assert not [r for r in results[1].rows() if r[2] != "MST101"], results[1].stdout
    for name, (comment, line) in sorted(cases.items()):
        want_shown = not NOQA_TABLE[comment]
        assert ((name, line) in shown) == want_shown, (name, repr(comment), line, sorted(shown)[:5])


NOQA_PIECES = ["#", " ", "  ", "noqa", "NOQA", "NoQa", ":", " :", ",", ", ", "\t", "MST101", "MST102", "MST1",
               "MST", "E501", "W2", "mst101", "X", "101", ";", "-", "flake8", "="]


def test_random_noqa_comments_give_what_flake8_gives(tmp_path):
    """Comment texts drawn from the pieces flake8's regex cares about (seeded,
    so a failure reproduces), all linted in one run of each door."""
    rng = random.Random(20261202)
    names = []
    for i in range(120):
        start = rng.choice(["# noqa", "# NOQA", "#noqa", "# noqa:", "#  noqa", "#"])
        comment = start + "".join(rng.choice(NOQA_PIECES) for _ in range(rng.randint(0, 6)))
        newline = rng.choice(["\n", "\r\n"])
        name = "r%03d.py" % i
        with open(str(tmp_path / name), "w", encoding="utf-8", newline="") as fh:
            fh.write(_noqa_case(comment, newline, rng.choice(["", "\f\n", "X = '\u2028'\n"])))
        names.append(name)
    results = [door_run(door, ["--isolated", *names], tmp_path) for door in ("flake8", "metastudio-lint")]
    assert results[0].rows() == results[1].rows()
    assert results[0].returncode == results[1].returncode
    hidden = len(names) - len(results[1].rows())
    assert 0 < hidden < len(names), hidden  # the draw exercises both outcomes


# -- 5. nothing forges a line, in any format --------------------------------------------------------------
FORGED_NAMES = [b"a\nb.py:1:1: E999 forged.py", b"cr\rline.py", b"esc\x1b[2J.py", "bidi\u202eyp.py".encode(),
                b"not-utf8-\xff\xfe.py", b"pct%0Acomma,colon:.py", "u2028\u2028x.py".encode()]


def _forged_folder(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in FORGED_NAMES:
        with open(os.path.join(os.fsencode(str(src)), name), "w") as fh:
            fh.write(PROGRAM)
    return len(FORGED_NAMES) * len(expected(PROGRAM))


def _sarif_schema():
    with open(os.path.join(HERE, "data", "sarif-schema-2.1.0.json"), encoding="utf-8") as fh:
        return json.load(fh)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "gitlab", "junit"])
def test_file_names_cannot_forge_any_format(tmp_path, fmt):
    want = _forged_folder(tmp_path)
    result = cli(tmp_path, "--isolated", "--format=" + fmt, "src")
    assert result.returncode == 1, result.stderr
    assert not UNSAFE.search(result.stdout), repr(UNSAFE.search(result.stdout))
    out = result.stdout
    if fmt == "text":
        lines = out.splitlines()
        assert len(lines) == want and all(ROW.match(line) for line in lines), lines
    elif fmt == "github":
        lines = out.splitlines()
        assert len(lines) == want and all(line.startswith("::warning file=") for line in lines), lines
        for line in lines:  # GitHub's property escaping: no raw ':' or ',' inside file=...
            props = line[len("::warning "):line.index("::", 2)]
            file_value = props.split(",line=")[0][len("file="):]
            assert ":" not in file_value and "," not in file_value, file_value
        assert any("pct%250Acomma%2Ccolon%3A.py" in line for line in lines), lines
    elif fmt in ("json", "gitlab"):
        data = json.loads(out)
        assert len(data) == want
        assert not any(UNSAFE.search(s) for s in _strings(data))
    elif fmt == "sarif":
        data = json.loads(out)
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.validate(data, _sarif_schema())
        results = data["runs"][0]["results"]
        assert len(results) == want
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        assert "src/not-utf8-%FF%FE.py" in uris and "src/a%0Ab.py%3A1%3A1%3A%20E999%20forged.py" in uris, uris
    else:
        root = ET.fromstring(out)
        assert len(root.findall(".//failure")) == want


@pytest.mark.parametrize("fmt", ["github", "sarif"])
def test_region_literal_cannot_forge_github_or_sarif(tmp_path, fmt):
    source = ("from huaweicloudsdkmetastudio.v1 import MetaStudioClient\n"
              "from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion\n"
              "client = MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of("
              "'cn-x\\n::error file=x.py::forged\\r%0A\\x1b\\u202e\\udc80')).build()\n")
    (tmp_path / "case.py").write_text(source)
    result = cli(tmp_path, "--isolated", "--format=" + fmt, "case.py")
    assert result.returncode == 1, result.stderr
    assert not UNSAFE.search(result.stdout)
    if fmt == "github":
        (line,) = result.stdout.splitlines()
        # the first '::' after the properties starts the message: what follows cannot be a command
        assert line.split("::")[:2] == ["", "warning file=case.py,line=3,col=79,title=MST202"], line
        assert "%250A" in line, line  # the literal's own '%' is escaped, so it cannot decode to a newline
    else:
        data = json.loads(result.stdout)
        pytest.importorskip("jsonschema").validate(data, _sarif_schema())
        (finding,) = data["runs"][0]["results"]
        assert finding["ruleId"] == "MST202" and "\\n::error" in finding["message"]["text"]


def test_explain_text_and_json_with_forging_names_and_literals(tmp_path):
    _forged_folder(tmp_path)
    (tmp_path / "src" / "lit.py").write_text(PROGRAM.replace("build()", "with_region(MetaStudioRegion.value_of("
                                                              "'cn\\n\\x1b[2J\\u202e\\udc80')).build()").replace(
        "import time\n", "import time\nfrom huaweicloudsdkmetastudio.v1.region.metastudio_region import "
        "MetaStudioRegion\n"))
    table = cli(tmp_path, "explain", "--isolated", "src")
    assert table.returncode == 0, table.stderr
    assert not UNSAFE.search(table.stdout)
    assert table.stdout.count(": 1 SDK call site(s)") == len(FORGED_NAMES) + 1, table.stdout[:2000]
    data = cli(tmp_path, "explain", "--isolated", "--format=json", "src")
    assert data.returncode == 0, data.stderr
    docs = json.loads(data.stdout)
    assert len(docs) == len(FORGED_NAMES) + 1
    assert not any(UNSAFE.search(s) for s in _strings(docs))


def test_fix_diff_with_a_forging_name_and_a_form_feed_in_a_string(tmp_path):
    lines = TYPO_REGION_PROGRAM.split("\n")
    source = "\n".join(lines[:2] + ["TEXT = 'a\u2028b\fc'"] + lines[2:])  # the fix is on line 4
    name = b"f\x1b[2J\nx.py:1:1: E999.py"
    with open(os.path.join(os.fsencode(str(tmp_path)), name), "w", encoding="utf-8") as fh:
        fh.write(source)
    result = cli(tmp_path, "fix", "--diff", "--isolated", ".")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.split("\n")
    assert lines[0] == r"--- ./f\x1b[2J\nx.py:1:1: E999.py" and lines[1] == lines[0].replace("---", "+++"), lines[:2]
    # the hunk's counts are the file's real lines: 4 on each side, one changed
    assert lines[2] == "@@ -1,4 +1,4 @@", lines[2]
    assert sum(1 for ln in lines[3:] if ln.startswith("-")) == 1 and "'cn-north-4'" in result.stdout
    assert "would fix 1 finding(s) in 1 file(s)" in result.stderr


def test_baseline_written_for_forging_names_holds_them_all(tmp_path):
    want = _forged_folder(tmp_path)
    written = cli(tmp_path, "--isolated", "--write-baseline=baseline.json", "src")
    assert written.returncode == 0 and "wrote %d finding(s)" % want in written.stderr, written.stderr
    text = (tmp_path / "baseline.json").read_text(encoding="ascii")  # all escaped: any reader can take it
    assert len(json.loads(text)["findings"]) == want
    held = cli(tmp_path, "--isolated", "--baseline=baseline.json", "src")
    assert (held.returncode, held.stdout, held.stderr) == (0, "", "")


# -- 6. I/O failures ------------------------------------------------------------------------------------------
def test_missing_path_on_the_command_line_is_e902_and_the_run_goes_on(tmp_path):
    (tmp_path / "seed.py").write_text(PROGRAM)
    results = [door_run(door, ["--isolated", "gone.py", "seed.py"], tmp_path) for door in ("flake8", "metastudio-lint")]
    for result in results:
        assert result.returncode == 1
        assert result.found() == {(0, "E902")} | expected(PROGRAM), (result.name, result.stdout)
    assert results[0].rows() == results[1].rows()


def test_broken_symlink_and_symlink_loop_in_a_walked_folder(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "real.py").write_text(PROGRAM)
    os.symlink("nowhere.py", str(src / "broken.py"))
    os.symlink("loop_b.py", str(src / "loop_a.py"))
    os.symlink("loop_a.py", str(src / "loop_b.py"))
    results = [door_run(door, ["--isolated", "src"], tmp_path) for door in ("flake8", "metastudio-lint")]
    want = {("real.py", line, code) for line, code in expected(PROGRAM)} | {
        (name, 0, "E902") for name in ("broken.py", "loop_a.py", "loop_b.py")}
    for result in results:
        assert {(n, line, c) for n, line, c, _ in result.rows()} == want, (result.name, result.stdout)
        assert result.returncode == 1
    assert results[0].rows() == results[1].rows()


def test_file_deleted_between_discovery_and_reading(tmp_path, monkeypatch, capsys):
    """Each file is removed just after the walk yields it: every one is E902
    and the run still reports the file given after the folder."""
    from flake8_metastudio import cli as cli_mod

    src = tmp_path / "src"
    src.mkdir()
    for name in ("a.py", "b.py"):
        (src / name).write_text(PROGRAM)
    (tmp_path / "kept.py").write_text(PROGRAM)
    walk = cli_mod.iter_files

    def vanishing(paths, patterns):
        for path in walk(paths, patterns):
            if os.path.dirname(path).endswith("src"):
                os.remove(path)
            yield path

    monkeypatch.setattr(cli_mod, "iter_files", vanishing)
    monkeypatch.chdir(tmp_path)
    status = cli_mod.main(["--isolated", "--metastudio-no-cache", "src", "kept.py"])
    out, err = capsys.readouterr()
    rows = sorted((m.group("path"), int(m.group("line")), m.group("code")) for m in map(ROW.match, out.splitlines()))
    assert rows == sorted([(os.path.join("src", "a.py"), 0, "E902"), (os.path.join("src", "b.py"), 0, "E902")]
                          + [("kept.py", line, code) for line, code in expected(PROGRAM)]), out
    assert status == 1 and err == ""


def _closed_stdout(args, cwd):
    """metastudio-lint with fd 1 closed (``... >&-``)."""
    before = children_cpu()
    proc = subprocess.run([sys.executable, "-m", "flake8_metastudio", *args], cwd=str(cwd), stdout=None,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=300,
                          preexec_fn=lambda: os.close(1))
    return proc, children_cpu() - before


@pytest.mark.parametrize("args", [["--isolated", "seed.py"], ["--isolated", "--format=json", "seed.py"],
                                  ["explain", "--isolated", "seed.py"], ["limits"], ["limits", "--format=json"],
                                  ["--version"], ["fix", "--diff", "--isolated", "seed.py"], ["--help"]],
                         ids=["lint", "lint-json", "explain", "limits", "limits-json", "version", "fix-diff", "help"])
def test_closed_stdout_is_one_line_and_exit_2(tmp_path, args):
    (tmp_path / "seed.py").write_text(TYPO_REGION_PROGRAM)  # findings, and a fix for fix --diff
    proc, cpu = _closed_stdout(args, tmp_path)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2 and err.splitlines() == ["metastudio-lint: error: standard output is closed"], err
    assert cpu < CPU_LIMIT


@pytest.mark.parametrize("args", [["explain", "--isolated", "seed.py"], ["limits"], ["--version"],
                                  ["--isolated", "--format=sarif", "seed.py"], ["explain", "--help"]],
                         ids=["explain", "limits", "version", "sarif", "help"])  # argparse drops a help it cannot write
def test_full_device_on_stdout_is_one_line_and_exit_2(tmp_path, args):
    (tmp_path / "seed.py").write_text(PROGRAM)
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "flake8_metastudio", *args], cwd=str(tmp_path), stdout=full,
                              stderr=subprocess.PIPE, timeout=300)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2 and err.splitlines() == [
        "metastudio-lint: error: cannot write the report to standard output (No space left on device)"], err


@pytest.mark.parametrize("option, words", [
    ("--output-file=missing/report.txt", "--output-file: cannot write missing/report.txt (No such file or directory)"),
    ("--output-file=.", "--output-file: cannot write . (Is a directory)"),
    ("--write-baseline=missing/b.json", "--write-baseline: cannot write missing/b.json (No such file or directory)"),
    ("--write-baseline=.", "--write-baseline: cannot write . (Is a directory)"),
    ("--write-baseline=/dev/full", "--write-baseline: cannot write /dev/full (No space left on device)"),
], ids=["output-missing-folder", "output-directory", "baseline-missing-folder", "baseline-directory",
        "baseline-full"])
def test_output_that_cannot_be_written(tmp_path, option, words):
    cli_error(tmp_path, ["--isolated", option], words)


@pytest.mark.parametrize("where, hidden", [("first", True), ("last", False), ("inside_string", True)])
def test_noqa_in_a_multi_line_statement(tmp_path, where, hidden):
    """Where flake8 7 reads a ``# noqa`` of a statement spread over lines: on
    the finding's line, or on a line of a multi-line string in it (flake8
    joins those), but not on the closing line of a call.  The CLI must hide
    exactly what flake8 hides."""
    call = {
        "first": "        client.create_product(  # noqa: MST101\n            CreateProductRequest(),\n        )\n",
        "last": "        client.create_product(\n            CreateProductRequest(),\n        )  # noqa: MST101\n",
        "inside_string": "        client.create_product(CreateProductRequest(), '''\n# noqa: MST101\n''')\n",
    }[where]
    source = HEADER + "\n\ndef sync(rows):\n    for row in rows:\n" + call
    (tmp_path / "case.py").write_text(source)
    results = [door_run(door, ["--isolated", "case.py"], tmp_path) for door in ("flake8", "metastudio-lint")]
    assert results[0].rows() == results[1].rows()
    for result in results:
        assert result.returncode == (0 if hidden else 1), (result.name, result.stdout, result.stderr)
        assert bool(result.stdout) is not hidden, (result.name, result.stdout)
    shown = door_run("metastudio-lint", ["--isolated", "--disable-noqa", "case.py"], tmp_path)
    assert shown.found() == {(HEADER.count("\n") + 5, "MST101")}, shown.stdout  # it was there to hide


def test_baseline_messages_on_stderr_are_escaped(tmp_path):
    """--write-baseline reports what it could not record (a dangling link: E902)
    and a later run reports stale entries: every name on stderr escaped."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "gone\x1b[2J.py").write_text(PROGRAM)
    os.symlink("nowhere", str(src / "dangling\u202e.py"))
    assert_one_line(cli(tmp_path, "--isolated", "--write-baseline=base\x1b]0;t\x07.json", "src"),
                    r"--write-baseline: invalid value 'base\x1b]0;t\x07.json': expected a file path (no control")
    name = "base\u00e9.json"
    written = cli(tmp_path, "--isolated", "--write-baseline=" + name, "src")
    lines = written.stderr.splitlines()
    assert written.returncode == 1 and len(lines) == 2, written.stderr
    assert lines[0] == "metastudio-lint: wrote 1 finding(s) to base\u00e9.json", lines
    assert lines[1].startswith(r"src/dangling\u202e.py:0:1: E902 "), lines
    (src / "gone\x1b[2J.py").unlink()
    stale = cli(tmp_path, "--isolated", "--baseline=" + name, "src")
    assert not UNSAFE.search(stale.stderr), stale.stderr
    assert "1 baseline entry no longer occurs (remove them from base\u00e9.json)" in stale.stderr, stale.stderr
    assert r"src/gone\x1b[2J.py: MST101" in stale.stderr, stale.stderr


@pytest.mark.parametrize("value, words", [
    ("cache\x1b[2J", [r"METASTUDIO_CACHE_DIR: invalid value 'cache\x1b[2J'", "no control characters"]),
    ("fifo", ["METASTUDIO_CACHE_DIR: invalid value 'fifo': expected a folder (this is a file)"]),
], ids=["escape", "fifo"])
def test_cache_dir_from_the_environment(tmp_path, value, words):
    os.mkfifo(str(tmp_path / "fifo"))
    (tmp_path / "seed.py").write_text(PROGRAM)
    for door in ("flake8", "metastudio-lint"):
        result = door_run(door, ["--isolated", "seed.py"], tmp_path, env={"METASTUDIO_CACHE_DIR": value})
        assert_one_line(result, *words)


@pytest.mark.parametrize("args, words", [
    (["--config="], "--config: empty value: expected a file path"),
    (["--output-file="], "--output-file: empty value: expected a file path"),
    (["--write-baseline="], "--write-baseline: empty value"),  # was: lint as if not given, write nothing
    (["--baseline="], "--baseline: empty value"),  # was: silently no baseline
    (["--output-file=report\x1b[2J.txt"], r"--output-file: invalid value 'report\x1b[2J.txt'"),
], ids=["config", "output-file", "write-baseline", "baseline", "output-file-escape"])
def test_empty_or_control_file_options_of_the_cli(tmp_path, args, words):
    cli_error(tmp_path, ["--isolated", *args], words)


def test_empty_baseline_in_the_flake8_config(tmp_path):
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-baseline =\n")
    results = both_error(tmp_path, [], "empty value: expected a file path")
    assert "--metastudio-baseline: empty value" in results[0] and "--baseline: empty value" in results[1]


@pytest.mark.parametrize("option, paths", [("--output-file=seed.py", ["seed.py"]),
                                           ("--output-file=./seed.py", ["."]),
                                           ("--write-baseline=seed.py", ["seed.py"])],
                         ids=["output-is-the-file", "output-inside-the-folder", "baseline-is-the-file"])
def test_output_onto_a_file_being_linted_is_refused_before_it_is_emptied(tmp_path, option, paths):
    (tmp_path / "seed.py").write_text(PROGRAM)
    result = cli(tmp_path, "--isolated", option, *paths)
    assert_one_line(result, "%s: " % option.split("=")[0], "seed.py is a file to lint: writing there would destroy it")
    assert (tmp_path / "seed.py").read_text() == PROGRAM


def test_coding_cookie_naming_no_text_encoding_is_e902_and_the_run_goes_on(tmp_path):
    """``# coding: rot13`` (a codec, not a text encoding) makes flake8's own
    reader raise LookupError before any plugin runs, so only metastudio-lint
    is asked: the file is E902, the other file's finding stands."""
    (tmp_path / "bad.py").write_bytes(b"# coding: rot13\nk = 1\n")
    (tmp_path / "good.py").write_text(PROGRAM)
    result = run_door("metastudio-lint", ["--isolated", "--metastudio-no-cache", "."], tmp_path)
    assert result.returncode == 1
    rows = {(n, line, c) for n, line, c, _ in result.rows()}
    assert rows == {("bad.py", 0, "E902")} | {("good.py", line, code) for line, code in expected(PROGRAM)}, result.stdout
    assert "rot13" in result.stdout


def test_standard_input_that_never_ends_is_e902(tmp_path):
    """``metastudio-lint - < /dev/zero`` reads at most 64 MB of standard input,
    then says so in one E902 line (it was MemoryError)."""
    with open(os.devnull if not os.path.exists("/dev/zero") else "/dev/zero", "rb") as zero:
        proc = subprocess.run([sys.executable, "-m", "flake8_metastudio", "--isolated", "--metastudio-no-cache", "-"],
                              cwd=str(tmp_path), stdin=zero, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.stdout.splitlines() == ["stdin:0:1: E902 OSError: standard input holds more than 64 MB, "
                                        "not a Python file"], proc.stdout


def test_limits_file_with_an_impossible_date(tmp_path):
    """A date that looks like one but is none (``updated: 2025-02-30``) was
    a ValueError traceback from PyYAML's timestamp constructor."""
    (tmp_path / "limits.yaml").write_text("schema_version: 1\nsource: vendor page\nupdated: 2025-02-30\napis: []\n")
    both_error(tmp_path, ["--isolated", "--metastudio-limits-file=limits.yaml"], "limits.yaml:3",
               "invalid date or time '2025-02-30'")


@pytest.mark.parametrize("option", ["--output-file", "--write-baseline"])
def test_output_to_a_fifo_no_one_reads(tmp_path, option):
    """Opening a FIFO for writing blocks until something reads it: the run
    hung for ever; now it is one line and exit 2, quickly."""
    (tmp_path / "seed.py").write_text(PROGRAM)
    os.mkfifo(str(tmp_path / "out.fifo"))
    result = door_run("metastudio-lint", ["--isolated", "%s=out.fifo" % option, "seed.py"], tmp_path)
    assert_one_line(result, option, "out.fifo", "a FIFO no process reads")
