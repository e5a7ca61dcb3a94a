"""Every example program in tests/eval_files is run through flake8 itself;
its findings must be exactly the ``# expect:`` comments in the file."""
import glob
import os

import pytest

from conftest import HERE, run_flake8
from expectations import expected, found, options

FILES = sorted(glob.glob(os.path.join(HERE, "eval_files", "*.py")))


@pytest.mark.parametrize("path", FILES, ids=[os.path.basename(p) for p in FILES])
def test_eval_file(path):
    text = open(path, encoding="utf-8").read()
    result = run_flake8([path], *options(text))
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
    got = found(result.stdout)
    want = expected(text)
    missing = sorted(want - got)
    extra = sorted(got - want)
    assert not missing and not extra, "missing %s, unexpected %s\n%s" % (missing, extra, result.stdout)


def test_there_are_examples_for_every_code():
    from flake8_metastudio.messages import MESSAGES

    seen = set()
    for path in FILES:
        seen |= {code for _, code in expected(open(path, encoding="utf-8").read())}
    assert set(MESSAGES) <= seen, "codes without an example file: %s" % sorted(set(MESSAGES) - seen)
