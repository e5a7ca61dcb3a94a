"""The two doors — flake8 with the plugin, and ``metastudio-lint`` — on the
same files and config give the same findings: noqa, select/ignore,
per-file-ignores, config-relative paths, errors that must not pass silently,
output that cannot be forged, I/O failures.  Every case runs both commands as
a user does (subprocess, time-capped) and asserts the exact outcome."""
import json
import os
import re
import socket
import subprocess
import sys

import pytest

from conftest import ROOT, flake8_script

TIMEOUT = 60
ROW = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<msg>.*)$")

HEADER = ("from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateProductRequest\n"
          "client = MetaStudioClient.new_builder().build()\n")
LOOP = ("for item in range(100):\n"
        "    client.create_product(CreateProductRequest(body=item)){comment}\n")
MST101 = 'MST101 create_product ("Creating a Product") repeats at ~10.0/s'


def env(**extra):
    e = dict(os.environ)
    e.pop("FLAKE8_METASTUDIO_DEBUG", None)
    e.update(extra)
    return e


def cli(*args, cwd, stdin=None, **kw):
    return subprocess.run([sys.executable, "-m", "flake8_metastudio", *args], cwd=cwd, capture_output=True,
                          text=True, input=stdin, timeout=TIMEOUT, env=kw.pop("env", env()), **kw)


# flake8 with this plugin only (and flake8's own E9 codes)
ONLY_THIS_PLUGIN = flake8_script("p.package in ('flake8', 'flake8-metastudio')")


def flake8(*args, cwd, only_plugin=False, **kw):
    head = ["-c", ONLY_THIS_PLUGIN] if only_plugin else ["-m", "flake8"]
    return subprocess.run([sys.executable, *head, "-j1", "--select=MST,E9", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=TIMEOUT, env=kw.pop("env", env()), **kw)


def rows(output, keep_prefix=False):
    """{(path, line, col, code, message)}, with a leading ./ removed unless kept."""
    found = set()
    for line in output.splitlines():
        m = ROW.match(line)
        assert m, "not a result line: %r" % line
        path = m.group("path")
        found.add((path[2:] if path.startswith("./") and not keep_prefix else path, int(m.group("line")),
                   int(m.group("col")),
                   m.group("code"), m.group("msg")))
    return found


def both(tmp_path, *args, only_plugin=False, **kw):
    """Run both doors; assert they print the same findings and exit alike; return the findings."""
    a = flake8(*args, cwd=str(tmp_path), only_plugin=only_plugin, **kw)
    b = cli(*args, cwd=str(tmp_path), **kw)
    assert "Traceback" not in a.stderr + b.stderr, a.stderr + b.stderr
    assert rows(a.stdout) == rows(b.stdout), (a.stdout, b.stdout)
    assert a.returncode == b.returncode, (a.returncode, b.returncode, a.stderr, b.stderr)
    return sorted(rows(b.stdout)), b


def loops(*comments):
    return HEADER + "".join(LOOP.format(comment=c) for c in comments)


# -- noqa ----------------------------------------------------------------------------------------
def test_noqa_codes_and_prefixes_as_flake8(tmp_path):
    (tmp_path / "a.py").write_text(loops("", "  # noqa: MST401", "  # noqa: MST1", "  # noqa: ASYNC100",
                                         "  # noqa:MST102,E501", "  # NOQA : MST101", "  # noqa"))
    found, r = both(tmp_path, "--isolated", "a.py")
    # lines 4 (none), 6 (other code), 10 (another plugin's code), 12 (other codes); flake8 reads
    # '# NOQA : MST101' (space before the colon) as a bare noqa, and so does metastudio-lint
    assert [(f[1], f[3]) for f in found] == [(4, "MST101"), (6, "MST101"), (10, "MST101"), (12, "MST101")]
    assert r.returncode == 1


def test_noqa_lines_are_counted_as_flake8_counts_them(tmp_path):
    # a form feed and a U+2028 inside a string before the loop: str.splitlines() would shift the lines
    src = HEADER.replace("client =", "\x0c\nNOTE = 'a\u2028b'\nclient =") + LOOP.format(comment="  # noqa: MST101") \
        + LOOP.format(comment="")
    (tmp_path / "a.py").write_text(src, encoding="utf-8")
    found, _ = both(tmp_path, "--isolated", "a.py")
    assert [(f[1], f[3]) for f in found] == [(8, "MST101")]


def test_noqa_in_a_multiline_call_as_flake8(tmp_path):
    # flake8 looks for the comment on the reported line (the call's first line), not on its last
    (tmp_path / "a.py").write_text(HEADER + "for item in range(100):\n    client.create_product(  # noqa: MST101\n"
                                   "        CreateProductRequest(body=item),\n    )\n"
                                   "for item in range(100):\n    client.create_product(\n"
                                   "        CreateProductRequest(body=item),\n    )  # noqa: MST101\n")
    found, r = both(tmp_path, "--isolated", "a.py")
    assert [(f[1], f[3]) for f in found] == [(8, "MST101")] and r.returncode == 1


def test_file_level_flake8_noqa(tmp_path):
    (tmp_path / "a.py").write_text("# flake8: noqa\n" + loops(""))
    found, r = both(tmp_path, "--isolated", "a.py")
    assert found == [] and r.returncode == 0


# -- select / ignore / per-file-ignores ------------------------------------------------------------
def test_select_ignore_per_file_ignores_from_config_and_command_line(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.py").write_text(loops(""))
    (tmp_path / "src" / "legacy.py").write_text(loops(""))
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "t.py").write_text(loops(""))
    (tmp_path / "setup.cfg").write_text("[flake8]\nper-file-ignores =\n    src/legacy.py:MST101\n"
                                        "    tests/*:MST1\n")
    found, _ = both(tmp_path, ".")
    assert [(f[0], f[3]) for f in found] == [("src/a.py", "MST101")]
    (tmp_path / "setup.cfg").write_text("[flake8]\nextend-ignore = MST101\n")
    found, r = both(tmp_path, ".")
    assert found == [] and r.returncode == 0
    # both explicit: the longer prefix wins, as in flake8
    found, _ = both(tmp_path, "--extend-select", "MST101", "--ignore", "E", ".")
    assert found == []
    found, _ = both(tmp_path, "--isolated", "--select", "MST1", ".")
    assert len(found) == 3
    found, _ = both(tmp_path, "--isolated", "--select", "E9", ".")
    assert found == []
    found, _ = both(tmp_path, "--isolated", "--ignore", "MST10", "src/a.py")
    assert found == []


def test_exit_zero_count_statistics(tmp_path):
    (tmp_path / "a.py").write_text(loops("", ""))
    for args in (["--count"], ["--statistics"], ["--exit-zero"]):
        a = flake8("--isolated", *args, "a.py", cwd=str(tmp_path))
        b = cli("--isolated", *args, "a.py", cwd=str(tmp_path))
        assert a.stdout == b.stdout
        assert a.returncode == b.returncode == (0 if args == ["--exit-zero"] else 1)
    b = cli("--isolated", "--statistics", "--count", "a.py", cwd=str(tmp_path))
    assert b.stdout.splitlines()[-2:] == ["2     " + MST101 + " in this for loop (0.1 s per call, no delay); "
                                          "cn-north-4 allows 4/s: sleep >= 0.25 s per call or use a rate "
                                          "limiter", "2"]


# -- config paths ----------------------------------------------------------------------------------
def test_config_paths_resolve_against_the_config_folder(tmp_path):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "timbres.txt").write_text("voice-ok\n")
    (tmp_path / "config" / "limits.yaml").write_text(
        "schema_version: 1\napis:\n  - sdk_method: create_product\n    limits: {cn-north-4: 50}\n")
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-timbres = @config/timbres.txt\n"
                                        "metastudio-limits-file = config/limits.yaml\n")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "app.py").write_text(
        loops("") + "from huaweicloudsdkmetastudio.v1 import VoiceConfig\n"
        "voice = VoiceConfig(voice_asset_id='voice-bad')\n")
    found, r = both(tmp_path / "src", "app.py")  # cd src && flake8 app.py
    # 10/s is under the raised 50/s quota; the timbre list was read
    assert [(f[1], f[3]) for f in found] == [(6, "MST401")], r.stderr
    # on the command line a relative path is relative to the current folder
    found, _ = both(tmp_path / "src", "--metastudio-limits-file", "../config/limits.yaml", "app.py")
    assert [(f[1], f[3]) for f in found] == [(6, "MST401")]


# -- nothing fails silently ------------------------------------------------------------------------
def test_syntax_error_is_e999_in_every_format(tmp_path):
    (tmp_path / "broken.py").write_text("import huaweicloudsdkmetastudio\nfor x in range(3)\n    pass\n")
    found, r = both(tmp_path, "--isolated", "broken.py")
    assert [(f[1], f[3]) for f in found] == [(2, "E999")] and r.returncode == 1
    for fmt in ("json", "sarif", "gitlab", "junit", "github"):
        out = cli("--isolated", "--format", fmt, "broken.py", cwd=str(tmp_path))
        assert out.returncode == 1 and "E999" in out.stdout, (fmt, out.stdout)


FORCE_ERROR = (
    "import sys\n"
    "from flake8_metastudio import cli, engine\n"
    "def boom(*a, **k):\n"
    "    raise KeyError('forced')\n"
    "engine.lint_source = boom\n"
    "engine.lint_file = boom  # what both doors call for a file with a path\n"
    "if sys.argv[1] == 'flake8':\n"
    "    from flake8.main.cli import main\n"
    "    sys.exit(main(['-j1', '--select=MST'] + sys.argv[2:]))\n"
    "sys.exit(cli.main(sys.argv[2:]))\n"
)


def test_internal_error_is_one_line_naming_the_file_and_the_run_goes_on(tmp_path):
    (tmp_path / "a.py").write_text(loops(""))
    (tmp_path / "b.py").write_text(loops(""))
    outputs = []
    for door in ("flake8", "cli"):
        r = subprocess.run([sys.executable, "-c", FORCE_ERROR, door, "--isolated", "a.py", "b.py"],
                           cwd=str(tmp_path), capture_output=True, text=True, timeout=TIMEOUT, env=env())
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        outputs.append(rows(r.stdout))
    assert outputs[0] == outputs[1]
    assert sorted(outputs[1]) == [
        (name, 1, 1, "MST900", "internal error, this file was not checked: KeyError: 'forced' (set "
         "FLAKE8_METASTUDIO_DEBUG=1 for the traceback; please report it)") for name in ("a.py", "b.py")]
    r = subprocess.run([sys.executable, "-c", FORCE_ERROR, "cli", "--isolated", "a.py"], cwd=str(tmp_path),
                       capture_output=True, text=True, timeout=TIMEOUT, env=env(FLAKE8_METASTUDIO_DEBUG="1"))
    assert "Traceback" in r.stderr and "KeyError: 'forced'" in r.stderr


def test_code_nested_deeper_than_libcst_takes_is_refused(tmp_path):
    # 600 chained methods: ast depth 1,200 > 1,000 -> one MST901 line, in both doors, quickly
    (tmp_path / "deep.py").write_text(loops("") + "value = client" + ".b()" * 600 + "\n")
    found, r = both(tmp_path, "--isolated", "deep.py", only_plugin=True)
    assert [(f[1], f[3]) for f in found] == [(1, "MST901")]
    assert "more than 1000 levels at line 5" in found[0][4]
    # 9,000 terms: CPython's own parser gives up; the CLI says E999 rather than handing it to LibCST
    (tmp_path / "terms.py").write_text(HEADER + "total = " + " + ".join(["1"] * 9000) + "\n")
    r = cli("--isolated", "terms.py", cwd=str(tmp_path))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert re.match(r"terms\.py:\d+:\d+: E999 ", r.stdout), r.stdout


# -- output that cannot be forged ----------------------------------------------------------------------
FORGE = ("from huaweicloudsdkmetastudio.v1 import MetaStudioClient\n"
         "from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion\n"
         "client = MetaStudioClient.new_builder().with_region("
         "MetaStudioRegion.value_of('x\\nsetup.py:1:1: E999 forged\\x1b[2J\\ud800\\u202e')).build()\n")


def test_literals_cannot_forge_output(tmp_path):
    (tmp_path / "a.py").write_text(FORGE)
    found, r = both(tmp_path, "--isolated", "a.py")
    assert len(found) == 1 and found[0][3] == "MST202"
    assert "x\\nsetup.py:1:1: E999 forged\\x1b[2J\\ud800\\u202e" in found[0][4]
    for fmt in ("json", "sarif", "gitlab", "junit", "github", "text"):
        out = cli("--isolated", "--format", fmt, "a.py", cwd=str(tmp_path))
        assert out.returncode == 1 and "\x1b" not in out.stdout and "\u202e" not in out.stdout, fmt
        if fmt in ("json", "sarif", "gitlab"):
            json.loads(out.stdout)
        if fmt in ("github", "text"):
            assert len(out.stdout.splitlines()) == 1


def test_non_utf8_file_names_are_written_safely(tmp_path):
    name = os.fsdecode(b"caf\xe9.py")
    with open(os.path.join(os.fsencode(str(tmp_path)), b"caf\xe9.py"), "w") as fh:
        fh.write(loops(""))
    for fmt in ("text", "json", "sarif", "gitlab", "junit", "github"):
        out = subprocess.run([sys.executable, "-m", "flake8_metastudio", "--isolated", "--format", fmt, "."],
                             cwd=str(tmp_path), capture_output=True, timeout=TIMEOUT, env=env())
        assert out.returncode == 1 and b"Traceback" not in out.stderr, out.stderr
        text = out.stdout.decode("utf-8")  # valid UTF-8
        if fmt in ("json", "gitlab"):
            doc = json.loads(text)
            assert (doc[0].get("path") or doc[0]["location"]["path"]) in ("./caf\\xe9.py", "caf\\xe9.py")
        elif fmt == "sarif":
            uri = json.loads(text)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
            assert uri["artifactLocation"]["uri"] == "caf%E9.py"
        else:
            assert "caf\\xe9.py" in text, (fmt, text)
    assert os.fsencode(name) == b"caf\xe9.py"


# -- I/O failures ----------------------------------------------------------------------------------
def test_unreadable_paths_are_e902_and_the_run_goes_on(tmp_path):
    (tmp_path / "good.py").write_text(loops(""))
    os.symlink("nowhere.py", str(tmp_path / "broken.py"))
    os.symlink("loop2.py", str(tmp_path / "loop1.py"))
    os.symlink("loop1.py", str(tmp_path / "loop2.py"))
    os.mkfifo(str(tmp_path / "fifo.py"))
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "sock.py"))
        r = cli("--isolated", ".", cwd=str(tmp_path))
    finally:
        sock.close()
    assert r.returncode == 1 and "Traceback" not in r.stderr
    got = {(f[0], f[3]) for f in rows(r.stdout)}
    assert got == {("good.py", "MST101"), ("broken.py", "E902"), ("loop1.py", "E902"), ("loop2.py", "E902"),
                   ("fifo.py", "E902"), ("sock.py", "E902")}
    assert "fifo.py is a FIFO (named pipe), not a Python file" in r.stdout and "sock.py is a socket" in r.stdout
    # flake8 reports the broken symlink the same way
    found, _ = both(tmp_path, "--isolated", "good.py", "broken.py")
    assert {(f[0], f[3]) for f in found} == {("good.py", "MST101"), ("broken.py", "E902")}


def test_file_vanishing_mid_run_is_reported_not_fatal(tmp_path, monkeypatch, capsys):
    from flake8_metastudio import cli as cli_mod

    for name in ("a.py", "b.py", "c.py"):
        (tmp_path / name).write_text(loops(""))
    real = cli_mod.iter_files

    def walk_and_delete(paths, patterns):
        for i, path in enumerate(real(paths, patterns)):
            if i == 1:
                os.remove(path)
            yield path

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli_mod, "iter_files", walk_and_delete)
    assert cli_mod.main(["--isolated", "."]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [ln.split(": ")[0] + ": " + ln.split(": ")[1].split()[0] for ln in out] == [
        "./a.py:4:5: MST101", "./b.py:0:1: E902", "./c.py:4:5: MST101"]


@pytest.mark.parametrize("target, reason", [("missing/report.txt", "No such file or directory"),
                                            (".", "Is a directory"),
                                            ("/dev/full", "No space left on device")])
def test_output_file_that_cannot_be_written(tmp_path, target, reason):
    (tmp_path / "a.py").write_text(loops(""))
    r = cli("--isolated", "--output-file", target, "a.py", cwd=str(tmp_path))
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("metastudio-lint: error: ") and reason in r.stderr


def test_full_or_closed_stdout(tmp_path):
    (tmp_path / "a.py").write_text(loops(""))
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "flake8_metastudio", "--isolated", "a.py"], cwd=str(tmp_path),
                           stdout=full, stderr=subprocess.PIPE, text=True, timeout=TIMEOUT, env=env())
    assert r.returncode == 2 and r.stderr == ("metastudio-lint: error: cannot write the report to standard "
                                              "output (No space left on device)\n")
    r = subprocess.run("%s -m flake8_metastudio --isolated a.py >&-" % sys.executable, shell=True,
                       cwd=str(tmp_path), stderr=subprocess.PIPE, text=True, timeout=TIMEOUT, env=env())
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "metastudio-lint: error: " in r.stderr


# (every example file through both doors, message for message: tests/test_cli.py's
# test_every_format_carries_flake8s_findings)


@pytest.mark.parametrize("toml, message", [
    ("tool = 5\n", "'tool' must be a table, not int"),
    ("[tool]\nflake8-metastudio = 3\n", "[tool.flake8-metastudio] must be a table, not int"),
    ("[tool.flake8-metastudio]\nregion = {a = 1}\n", "region: expected a string, not a table"),
])
def test_bad_pyproject_is_one_line_exit_2(tmp_path, toml, message):
    (tmp_path / "pyproject.toml").write_text(toml)
    (tmp_path / "a.py").write_text(loops(""))
    r = cli("a.py", cwd=str(tmp_path))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and message in r.stderr and "pyproject.toml" in r.stderr


def test_a_code_flake8_could_never_match_is_an_error(tmp_path):
    (tmp_path / "a.py").write_text(loops(""))
    r = cli("--isolated", "--extend-ignore", "mst101", "a.py", cwd=str(tmp_path))
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == ("metastudio-lint: error: --extend-ignore: invalid code 'mst101': expected a code or "
                        "prefix such as MST101 or MST1\n")


def test_exclude_in_a_parent_config_is_relative_to_it(tmp_path):
    (tmp_path / "pkg" / "vendored").mkdir(parents=True)
    (tmp_path / "pkg" / "vendored" / "copy.py").write_text(loops(""))
    (tmp_path / "pkg" / "own.py").write_text(loops(""))
    (tmp_path / "setup.cfg").write_text("[flake8]\nextend-exclude = pkg/vendored\n")
    found, _ = both(tmp_path / "pkg", ".")
    assert [(f[0], f[3]) for f in found] == [("own.py", "MST101")]
