"""Analyse one adversarial shape in this process and print, as one JSON
line, what a user would see and what it cost::

    python tests/shape_probe.py loop_of_calls 2500
    python tests/shape_probe.py --file case.py     (any program: no expected findings)

``parse_cpu`` is LibCST's parse of the file (when the analysis costs more, the
mean of one parse before it and one after), ``analysis_cpu`` everything the
plugin does after it (flake8 hands the plugin the ``ast`` tree, so that is
not counted); ``explain_json`` is ``metastudio-lint explain --format json``'s
rows, dumped with ``allow_nan=False`` (invalid JSON raises).  The tests run
this in a subprocess under a memory cap and a timeout.
"""
import ast
import gc
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from shapes import SHAPES  # noqa: E402


def probe(name: str, size: int, source: str = "") -> dict:
    import libcst

    from flake8_metastudio.engine import analyze_module
    from flake8_metastudio.explain import explain
    from flake8_metastudio.options import settings_from

    settings = settings_from({})
    # what every flake8 process pays once (tables, imports), not this file
    analyze_module(libcst.parse_module(SHAPES["loop_of_calls"](1).source), settings)
    expected = set()
    if not source:
        shape = SHAPES[name](size)
        source, expected = shape.source, shape.expected
    tree = ast.parse(source)
    gc.disable()  # as analyze_source does; the same for both measurements
    start = time.process_time()
    module = libcst.parse_module(source)
    parse_cpu = time.process_time() - start
    start = time.process_time()
    _, findings = analyze_module(module, settings, source=source, tree=tree)
    analysis_cpu = time.process_time() - start
    if analysis_cpu > parse_cpu:
        # a parse on each side of the analysis: the machine's speed drifts (the other core's load,
        # a shared cache), and the mean of the two is the parse at the time of the analysis (only
        # where the ratio is near its bound: a shape whose parse dominates needs no second one)
        start = time.process_time()
        libcst.parse_module(source)
        parse_cpu = (parse_cpu + time.process_time() - start) / 2
    gc.enable()
    rows = explain(source, settings)
    return {
        "shape": name, "size": size, "bytes": len(source.encode()),
        "parse_cpu": parse_cpu, "analysis_cpu": analysis_cpu,
        "findings": sorted([f.line, f.code] for f in findings),
        "messages": sorted(set(f.message for f in findings)),
        "expected": sorted([line, code] for line, code in expected),
        "explain_json": json.dumps(rows, allow_nan=False),
    }


if __name__ == "__main__":
    if sys.argv[1] == "--file":
        with open(sys.argv[2], encoding="utf-8") as f:
            print(json.dumps(probe(sys.argv[2], 0, f.read()), allow_nan=False))
    else:
        print(json.dumps(probe(sys.argv[1], int(sys.argv[2])), allow_nan=False))
