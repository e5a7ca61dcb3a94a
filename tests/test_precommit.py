"""The pre-commit hook, run by real pre-commit (``try-repo`` with this
checkout as the hook repository) on a throttle-unsafe file and a clean one.

pre-commit installs the hook into a fresh virtualenv with pip.  When
``METASTUDIO_WHEELHOUSE`` names a directory of wheels (CI downloads one
before the tests run), pip is pointed at it and at nothing else, so the test
itself uses no network."""
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

BAD = ("from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateProductRequest\n"
       "client = MetaStudioClient.new_builder().build()\n"
       "def seed(items):\n"
       "    for item in items:\n"
       "        client.create_product(CreateProductRequest(body=item))\n")
GOOD = BAD.replace("        client.create_product", "        time.sleep(0.5)\n        client.create_product") \
          .replace("from huaweicloudsdkmetastudio", "import time\nfrom huaweicloudsdkmetastudio")

pre_commit = shutil.which("pre-commit") or os.path.join(os.path.dirname(sys.executable), "pre-commit")


@pytest.mark.skipif(not os.path.exists(pre_commit), reason="pre-commit is not installed (pip install -e '.[test]')")
@pytest.mark.skipif(not os.path.isdir(os.path.join(ROOT, ".git")), reason="needs the git checkout as hook repo")
def test_pre_commit_hook_fails_bad_file_and_passes_good_one(tmp_path):
    repo = tmp_path / "project"
    repo.mkdir()
    (repo / "bad.py").write_text(BAD)
    (repo / "good.py").write_text(GOOD)
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache"), GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@t", PRE_COMMIT_COLOR="never")
    wheelhouse = os.environ.get("METASTUDIO_WHEELHOUSE")
    if wheelhouse:
        env.update(PIP_NO_INDEX="1", PIP_FIND_LINKS=os.path.abspath(wheelhouse))
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    def run(name):
        return subprocess.run([pre_commit, "try-repo", ROOT, "flake8-metastudio", "--files", name],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    bad = run("bad.py")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "MST101" in bad.stdout and "bad.py:5:" in bad.stdout
    good = run("good.py")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
