import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run_flake8(paths, *options, cwd=None, stdin=None):
    """flake8 with only this plugin's codes selected, as a user runs it."""
    cmd = [sys.executable, "-m", "flake8", "--select=MST", "--no-show-source", *options, *paths]
    env = dict(os.environ)
    env.pop("FLAKE8_METASTUDIO_DEBUG", None)
    env["FLAKE8_METASTUDIO_DEBUG"] = "1"  # tests see internal errors instead of silence
    return subprocess.run(cmd, cwd=cwd or ROOT, capture_output=True, text=True, input=stdin, env=env, timeout=120)


@pytest.fixture
def flake8():
    return run_flake8
