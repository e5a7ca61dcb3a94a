"""Issue 11 recall: ``metastudio-lint explain FILE`` lists the call sites lint
reports in FILE, also those found through the analysis of a file importing it
(an object passed in from another module: by a caller that mentions
MetaStudio, ``farm/cli.py``, or one that does not, ``farm/main.py``), with the
same verdict."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import HERE


def _run(args, cwd):
    proc = subprocess.run([sys.executable, "-m", "flake8_metastudio", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture(scope="module")
def render_farm(tmp_path_factory):
    root = str(tmp_path_factory.mktemp("recall11") / "render_farm")
    shutil.copytree(os.path.join(HERE, "projects", "render_farm"), root)
    return root


@pytest.mark.parametrize("path, line, code, method", [
    ("farm/watch.py", 7, "MST103", "show2_d_digital_human_video"),
    ("farm/batch.py", 6, "MST101", "create2_d_digital_human_video"),
])
def test_explain_shows_the_call_sites_lint_reports_through_an_importer(render_farm, path, line, code, method):
    lint = _run(["--metastudio-no-cache", "--format", "json", path], render_farm)
    assert [(f["line"], f["code"]) for f in json.loads(lint.stdout)] == [(line, code)], lint.stdout
    explained = _run(["explain", "--metastudio-no-cache", "--format", "json", path], render_farm)
    sites = [(r["reported_at_line"], r["sdk_method"], r["region"], r["verdict"]) for r in json.loads(explained.stdout)]
    assert sites == [(line, method, "cn-east-3", code)], explained.stdout
