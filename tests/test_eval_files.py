"""Every example program in tests/eval_files runs in process through the
engine (what both doors call); its findings must be exactly the
``# expect:`` comments in the file, with the rate and column they state.
One smoke test per door runs flake8 and metastudio-lint on a few files."""
import glob
import os
import subprocess
import sys

import pytest

from conftest import HERE, ROOT, run_flake8
from expectations import Expect, expectations, expected, found, option_values, options, suppressed
from flake8_metastudio import engine
from flake8_metastudio.options import settings_from

FILES = sorted(glob.glob(os.path.join(HERE, "eval_files", "*.py")))
# the smoke tests: options in the header, noqa, several codes, a rate in the expectation
SMOKE = [os.path.join(HERE, "eval_files", name) for name in (
    "clean_paginated_export.py", "mst101_replicas_catalog_worker.py", "mst102_anyio_task_group_asset_refresh.py",
    "mst301_kb_provider_cbs.py", "mst401_timbres_livestream.py")]


def lint_in_process(path):
    text = open(path, encoding="utf-8").read()
    settings = settings_from(option_values(options(text)))
    lines = text.splitlines()
    return text, [f for f in engine.lint_source(text, settings)
                  if not (0 < f.line <= len(lines) and suppressed(lines[f.line - 1], f.code))]


def compare(want, got):
    """Expectations no finding meets, and findings (line, col 1-based, code,
    rate) that meet no expectation.  One expectation covers every finding of
    its code on its line (two region literals on one line), as flake8's
    output is read line by line."""
    missing = [e for e in want if not any(e.matches(*item) for item in got)]
    extra = [item for item in got if not any(e.matches(*item) for e in want)]
    return missing, extra


@pytest.mark.parametrize("path", FILES, ids=[os.path.basename(p) for p in FILES])
def test_eval_file(path, monkeypatch):
    monkeypatch.chdir(ROOT)  # @FILE options are relative to where flake8 runs
    text, findings = lint_in_process(path)
    got = [(f.line, f.col + 1, f.code, f.rate) for f in findings]
    missing, extra = compare(expectations(text), got)
    shown = "\n".join(f.message for f in findings)
    assert not missing and not extra, "missing %s, unexpected %s\n%s" % (
        [str(e) for e in missing], extra, shown)


def test_there_are_examples_for_every_code():
    from flake8_metastudio.messages import MESSAGES

    seen = set()
    for path in FILES:
        seen |= {code for _, code in expected(open(path, encoding="utf-8").read())}
    assert set(MESSAGES) <= seen, "codes without an example file: %s" % sorted(set(MESSAGES) - seen)


def test_a_good_number_of_examples_state_the_rate():
    rated = [e for p in FILES for e in expectations(open(p, encoding="utf-8").read()) if e.rate]
    assert len(rated) >= 30, len(rated)


@pytest.mark.parametrize("text,ok,bad", [
    ("x()  # expect: MST102 ~80/s @13", [(1, 13, "MST102", 80.4)], [(1, 13, "MST102", 80.6), (1, 12, "MST102", 80.0)]),
    ("x()  # expect: MST101 ~12.5/s", [(1, 5, "MST101", 12.54)], [(1, 5, "MST101", 12.56), (1, 5, "MST101", None)]),
    ("x()  # expect: MST103 ~unbounded", [(1, 1, "MST103", float("inf"))], [(1, 1, "MST103", 9999.0)]),
])
def test_expectation_syntax(text, ok, bad):
    (e,) = expectations(text)
    assert all(e.matches(*item) for item in ok)
    assert not any(e.matches(*item) for item in bad)


def test_a_malformed_expectation_is_an_error():
    with pytest.raises(ValueError, match="line 1: bad expectation 'MST102 80/s'"):
        expectations("x()  # expect: MST102 80/s")


def _per_file_runs(run):
    for path in SMOKE:
        text = open(path, encoding="utf-8").read()
        result = run(path, options(text))
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode in (0, 1), result.stderr
        assert found(result.stdout) == expected(text), (path, result.stdout)


def test_smoke_flake8_door():
    _per_file_runs(lambda path, opts: run_flake8([path], *opts))


def test_smoke_metastudio_lint_door():
    def run(path, opts):
        cmd = [sys.executable, "-m", "flake8_metastudio", "--isolated", *opts, path]
        return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    _per_file_runs(run)


def test_in_process_and_flake8_agree_on_messages():
    path = SMOKE[2]
    text, findings = lint_in_process(path)
    result = run_flake8([path], *options(text))
    assert [line.split(": ", 1)[1] for line in result.stdout.splitlines()] == [f.message for f in findings]
    assert isinstance(expectations(text)[0], Expect)
