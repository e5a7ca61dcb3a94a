import os
import resource
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


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
