"""Issue 11 recall: ``metastudio-lint explain FILE`` lists the call sites lint
reports in FILE, also those found through the analysis of a file importing it
(an object passed in from another module), with the same verdict."""
import json
import os
import shutil
import subprocess
import sys

from conftest import HERE


def _run(args, cwd):
    proc = subprocess.run([sys.executable, "-m", "flake8_metastudio", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_explain_shows_the_call_sites_lint_reports_through_an_importer(tmp_path):
    root = str(tmp_path / "render_farm")
    shutil.copytree(os.path.join(HERE, "projects", "render_farm"), root)
    lint = _run(["--metastudio-no-cache", "--format", "json", "farm/watch.py"], root)
    reported = json.loads(lint.stdout)
    assert [(f["line"], f["code"]) for f in reported] == [(7, "MST103")], lint.stdout
    explained = _run(["explain", "--metastudio-no-cache", "--format", "json", "farm/watch.py"], root)
    rows = json.loads(explained.stdout)
    sites = [(r["reported_at_line"], r["sdk_method"], r["region"], r["verdict"]) for r in rows]
    assert sites == [(7, "show2_d_digital_human_video", "cn-east-3", "MST103")], explained.stdout
