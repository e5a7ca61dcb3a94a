"""Adversarial program shapes (tests/shapes.py) at growing sizes.

Each case runs in a subprocess under a 4 GB address-space cap and a 60 s
CPU-time cap (RLIMIT_CPU: the kernel stops the child; wall-clock time, which
a loaded machine stretches, only detects hangs), and must give exactly the findings the shape expects, valid
``explain`` JSON (``allow_nan=False``) and a whole-file analysis costing at
most twice LibCST's parse of that file (CPU time, in process:
tests/shape_probe.py).  The largest sizes also go through both doors, flake8
and ``metastudio-lint``, which must agree with each other and with the shape.
"""
import json
import os
import re
import resource
import statistics
import subprocess
import sys

import pytest

from conftest import flake8_script
from shapes import SHAPES

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MEMORY_CAP = 4 * 1024 ** 3
CPU_CAP = 60  # seconds
HANG_SECONDS = 300
MAX_RATIO = 2.0  # analysis CPU / parse CPU
FOUND = re.compile(r"^.+?:(\d+):(\d+): (MST\d{3}) (.*)$")

CASES = [
    # the sizes first, then larger ones of the same family
    ("assignment_chain", 4), ("assignment_chain", 50),
    ("many_returns", 20), ("many_returns", 100),
    ("fanout_chain", 10), ("fanout_chain", 40), ("fanout_chain", 200),
    ("deep_helper_chain", 12), ("deep_helper_chain", 300),
    ("unrelated_deep_loop", 12), ("unrelated_deep_loop", 150),
    ("loop_of_calls", 2500),
    ("polled_queries", 2500),
    ("many_futures", 2500),
    ("elif_chain", 800), ("elif_chain", 2500),
    ("mutual_methods", 300), ("mutual_methods", 1000),
    ("calls_all_along", 1500), ("ring_of_calls", 3), ("ring_of_calls", 1500),
    ("dead_loops", 1), ("dead_loops", 30),
    ("huge_loops", 2), ("huge_loops", 60),
    ("nested_call_args", 190), ("long_method_chain", 400), ("long_method_chain", 1000),
    ("handler_table", 65), ("handler_table", 3000), ("long_region_list", 65), ("long_region_list", 3000),
]
# small files whose parse takes a few milliseconds: the ratio there measures
# timer noise, so only the outcome is checked
RATIO_FROM_BYTES = 5000
BOTH_DOORS = [("assignment_chain", 4), ("many_returns", 20), ("fanout_chain", 10), ("deep_helper_chain", 12),
              ("unrelated_deep_loop", 12), ("loop_of_calls", 2500), ("many_futures", 2500),
              ("elif_chain", 800), ("mutual_methods", 300), ("ring_of_calls", 1500), ("dead_loops", 30),
              ("nested_call_args", 190), ("long_method_chain", 400), ("handler_table", 65),
              ("long_region_list", 65)]
# (past 1,000 levels of nesting the doors refuse the file with MST901: guard.py)
# flake8 as ``python -m flake8``, with this plugin only: flake8's own pyflakes
# fails with RecursionError on some of these shapes (an 800-branch elif)
ONLY_THIS_PLUGIN = flake8_script("p.package == 'flake8-metastudio' or p.entry_point.group == 'flake8.report'")


def _capped():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_CAP, CPU_CAP))


def run_capped(cmd, cwd=ROOT):
    env = dict(os.environ)
    env["FLAKE8_METASTUDIO_DEBUG"] = "1"  # internal errors become tracebacks
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=HANG_SECONDS,
                          preexec_fn=_capped, env=env)


def probe(name, size):
    proc = run_capped([sys.executable, os.path.join(HERE, "shape_probe.py"), name, str(size)])
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return json.loads(proc.stdout)


@pytest.mark.parametrize("name,size", CASES, ids=["%s-%d" % c for c in CASES])
def test_shape_outcome_and_cost(name, size):
    got = probe(name, size)
    assert got["findings"] == got["expected"], "findings %s\nexpected %s" % (got["findings"][:10],
                                                                            got["expected"][:10])
    rows = json.loads(got["explain_json"])
    assert rows, "explain lists the call sites"
    assert all("nan" not in json.dumps(r).lower() for r in rows)
    if got["bytes"] >= RATIO_FROM_BYTES:
        # noisy on a loaded machine (the suite runs a worker per core): up to
        # four more measurements while the medians are over the bound, the
        # medians decide (a real blow-up is far above the bound in every run)
        bound = MAX_RATIO
        analysis, parse = [got["analysis_cpu"]], [got["parse_cpu"]]
        while statistics.median(analysis) / statistics.median(parse) > bound and len(analysis) < 5:
            again = probe(name, size)
            analysis.append(again["analysis_cpu"])
            parse.append(again["parse_cpu"])
        assert statistics.median(analysis) / statistics.median(parse) <= bound, "analysis %s s vs parse %s s" % (analysis, parse)


def test_shape_rates_in_messages():
    """The figures, not only the codes: a 5**40 fan-out still waits 0.1 s per
    call (10/s), a helper chain 300 deep is followed to the SDK call, a loop
    inside a loop that never runs adds nothing."""
    fan = probe("fanout_chain", 40)
    assert any("~10.0/s" in m and "[via f0()]" in m for m in fan["messages"]), fan["messages"]
    huge_fan = probe("fanout_chain", 200)  # 5**200 calls per iteration: saturated, shown short
    assert [m for m in huge_fan["messages"] if "~10.0/s" in m and "e+" in m and len(m) < 300], huge_fan["messages"]
    deep = probe("deep_helper_chain", 300)
    assert any("~10.0/s" in m and "[via h0()]" in m for m in deep["messages"]), deep["messages"]
    dead = probe("dead_loops", 30)
    rows = json.loads(dead["explain_json"])
    assert any(r["how"] == "inside a loop that never runs" for r in rows), rows
    huge = probe("huge_loops", 60)
    assert huge["messages"] and all("~10.0/s" in m for m in huge["messages"]), huge["messages"]


@pytest.mark.parametrize("size", [3, 12, 40])
def test_small_dense_method_cycles(size):
    """Cycles of every size are solved whole: the SDK call made by the last
    method is reached from the first however the methods call one another,
    with the figures of one iteration (each recursion counted once)."""
    got = probe("mutual_methods", size)
    assert got["findings"] == got["expected"]
    assert all("~10.0/s" in m and "[via self.m0()]" in m for m in got["messages"]), got["messages"]


def test_cycle_cut_short_is_said_in_explain(monkeypatch):
    """A cycle whose solving hits its bound keeps the call sites found so far
    and says in ``explain`` that it was cut short (never a silent nothing)."""
    from flake8_metastudio.analysis import evaluator
    from flake8_metastudio.explain import explain
    from flake8_metastudio.options import settings_from

    monkeypatch.setattr(evaluator, "MAX_SOLVE_EVALUATIONS", 1)
    shape = SHAPES["mutual_methods"](40)
    rows = explain(shape.source, settings_from({}))
    (line, _), = shape.expected
    reported = [r for r in rows if r["reported_at_line"] == line]
    assert reported and reported[0]["verdict"] == "MST101", rows
    assert ("cut short: a cycle of 40 functions (m0, m1, m10, m11, m12 ...) needs more than 1 evaluations "
            "of one of them") in reported[0]["how"]


@pytest.mark.parametrize("name,size", BOTH_DOORS, ids=["%s-%d" % c for c in BOTH_DOORS])
def test_shape_through_both_doors(tmp_path, name, size):
    shape = SHAPES[name](size)
    path = tmp_path / ("%s_%d.py" % (name, size))
    path.write_text(shape.source, encoding="utf-8")
    flake8 = run_capped([sys.executable, "-c", ONLY_THIS_PLUGIN, "--select=MST", "--no-show-source", str(path)])
    cli = run_capped([sys.executable, "-m", "flake8_metastudio", str(path)])
    for proc in (flake8, cli):
        assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
        assert proc.returncode == (1 if shape.expected else 0), proc.stderr[-3000:]
    want = shape.expected
    assert {(line, code) for line, _, code, _ in _found(flake8.stdout)} == want
    # the same findings, message for message, from either door (paths are shown differently)
    assert _found(cli.stdout) == _found(flake8.stdout)


def _found(stdout):
    return sorted((int(m.group(1)), int(m.group(2)), m.group(3), m.group(4))
                  for m in map(FOUND.match, stdout.splitlines()) if m)


ORDER_CASES = [("deep_helper_chain", 30), ("unrelated_deep_loop", 30), ("fanout_chain", 12),
               ("many_returns", 10), ("mutual_methods", 300), ("ring_of_calls", 50), ("assignment_chain", 4)]


@pytest.mark.parametrize("name,size", ORDER_CASES, ids=["%s-%d" % c for c in ORDER_CASES])
def test_findings_do_not_depend_on_analysis_order(name, size, monkeypatch):
    """Functions analysed first to last or last to first: the same findings,
    message for message (no memoised answer depends on which came first)."""
    import libcst

    from flake8_metastudio.analysis import index
    from flake8_metastudio.engine import analyze_module
    from flake8_metastudio.options import settings_from

    source = SHAPES[name](size).source
    settings = settings_from({})

    def findings():
        _, found = analyze_module(libcst.parse_module(source), settings, source=source)
        return sorted((f.line, f.col, f.code, f.message) for f in found)

    forward = findings()
    build = index.ModuleIndex._build

    def reversed_build(self):
        build(self)
        self.functions.reverse()

    monkeypatch.setattr(index.ModuleIndex, "_build", reversed_build)
    assert findings() == forward
    assert {(line, code) for line, _, code, _ in forward} == SHAPES[name](size).expected
