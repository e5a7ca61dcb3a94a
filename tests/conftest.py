import os
import resource
import shutil
import subprocess
import sys
import tempfile

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The on-disk cache of every linter run of the test session (in this process
# and in the flake8/metastudio-lint processes it starts, which inherit the
# variable) goes to one temporary folder, not to a .metastudio_cache/ in the
# folder a test runs in: a test run leaves the checkout as it found it.  Tests
# of the default folder remove the variable (monkeypatch.delenv).
SESSION_CACHE = tempfile.mkdtemp(prefix="metastudio-test-cache-")
os.environ["METASTUDIO_CACHE_DIR"] = SESSION_CACHE


# Most tests run the linter as a user does, in a new process: with
# PYTHONDONTWRITEBYTECODE set (as it is on some CI images) each of those
# processes compiles the editable package again (~0.1 s each, over a thousand
# of them).  Bytecode is written to __pycache__/, which git ignores.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(SESSION_CACHE, ignore_errors=True)


# Time caps on child processes.  CI machines are slow and shared, so a cap on
# what a run costs is on the CPU time of the child (and its own children, such
# as flake8's --jobs workers), which load does not inflate; wall-clock time is
# only a hang detector, generous enough that a loaded machine never trips it.
HANG_SECONDS = 300


def flake8_script(keep: str) -> str:
    """``python -c`` code running flake8 as ``python -m flake8`` does, with
    only the plugins for which the expression ``keep`` (over ``p``, flake8's
    plugin record) holds: pyflakes and pycodestyle have limits of their own
    on hostile code, which are not this plugin's."""
    return (
        "import sys\n"
        "from flake8.plugins import finder\n"
        "_find = finder.find_plugins\n"
        "finder.find_plugins = lambda cfg, opts: [p for p in _find(cfg, opts) if %s]\n"
        "from flake8.main.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n" % keep
    )


def children_cpu() -> float:
    """CPU seconds (user + system) of the children this process has waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cpu_timed(cmd, **kwargs):
    """``subprocess.run(cmd, **kwargs)`` with a hang-detecting wall timeout;
    returns (the completed process, CPU seconds the child used)."""
    kwargs.setdefault("timeout", HANG_SECONDS)
    before = children_cpu()
    proc = subprocess.run(cmd, **kwargs)
    return proc, children_cpu() - before


def run_flake8(paths, *options, cwd=None, stdin=None, timeout=HANG_SECONDS):
    """flake8 with only this plugin's codes selected, as a user runs it."""
    cmd = [sys.executable, "-m", "flake8", "--select=MST", "--no-show-source", *options, *paths]
    env = dict(os.environ)
    env.pop("FLAKE8_METASTUDIO_DEBUG", None)
    env["FLAKE8_METASTUDIO_DEBUG"] = "1"  # tests see internal errors instead of silence
    return subprocess.run(cmd, cwd=cwd or ROOT, capture_output=True, text=True, input=stdin, env=env,
                          timeout=timeout)


@pytest.fixture
def flake8():
    return run_flake8
