"""Every finding's full text on the example programs, compared with the
recorded snapshot: code that moves must not change a message.  After an
intended change, record it with ``python tools/golden.py --write`` and review
the diff."""
import os
import sys

from conftest import ROOT

sys.path.insert(0, os.path.join(ROOT, "tools"))

import golden  # noqa: E402


def test_findings_match_the_recorded_snapshot():
    with open(golden.SNAPSHOT, encoding="utf-8") as fh:
        recorded = fh.read().splitlines()
    now = golden.snapshot().splitlines()
    assert now == recorded, "\n".join(
        ["- " + line for line in recorded if line not in now] + ["+ " + line for line in now if line not in recorded])
