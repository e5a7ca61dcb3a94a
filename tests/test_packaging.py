"""The built distributions carry what the issue asks of a package: the LICENSE
(sdist and wheel), the rule pages SARIF's help comes from, project URLs and
classifiers.  Builds offline from METASTUDIO_WHEELHOUSE (hatchling)."""
import os
import subprocess
import sys
import tarfile
import zipfile

import pytest

from conftest import ROOT

WHEELHOUSE = os.environ.get("METASTUDIO_WHEELHOUSE")


@pytest.mark.skipif(not WHEELHOUSE, reason="needs METASTUDIO_WHEELHOUSE with hatchling to build offline")
def test_sdist_and_wheel_carry_license_rule_pages_and_metadata(tmp_path):
    env = dict(os.environ, PIP_NO_INDEX="1", PIP_FIND_LINKS=os.path.abspath(WHEELHOUSE))
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), ROOT],
                       capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    wheel = [n for n in os.listdir(str(tmp_path)) if n.endswith(".whl")][0]
    with zipfile.ZipFile(str(tmp_path / wheel)) as zf:
        names = zf.namelist()
        meta = zf.read([n for n in names if n.endswith(".dist-info/METADATA")][0]).decode()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert {"flake8_metastudio/data/rules/MST%s.md" % c for c in ("101", "202", "401")} <= set(names)
    for line in ("Classifier: Framework :: Flake8", "Classifier: License :: OSI Approved :: MIT License",
                 "Classifier: Programming Language :: Python :: 3.13", "Classifier: Development Status :: 4 - Beta",
                 "Project-URL: Source, https://github.com/flake8-metastudio/flake8-metastudio"):
        assert line in meta
    # the README shown on the index has no relative links
    assert "](rules/" not in meta

    code = ("import os, sys\nfrom hatchling.build import build_sdist\n"
            "print(os.path.join(sys.argv[2], build_sdist(sys.argv[2])))\n")
    backend = tmp_path / "backend"  # hatchling from the wheelhouse, for the sdist
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target", str(backend), "hatchling"],
                       capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    out = subprocess.run([sys.executable, "-c", code, ROOT, str(tmp_path)], capture_output=True, text=True,
                         timeout=300, env=dict(os.environ, PYTHONPATH=str(backend)), cwd=ROOT)
    assert out.returncode == 0, out.stderr
    with tarfile.open(out.stdout.strip()) as tf:
        members = {m.name.split("/", 1)[1] for m in tf.getmembers() if "/" in m.name}
    assert {"LICENSE", "CHANGELOG.md", "examples/import_products.py", "rules/MST101.md"} <= members
