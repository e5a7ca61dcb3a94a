"""Snapshot of every finding (path:line:col: full message) that the example
programs and rule pages give, used while moving code: run it before and after
a change and diff the two outputs.

    python tools/golden.py           # print the snapshot
    python tools/golden.py --write   # record it in tests/golden/findings.txt

tests/test_golden.py fails when the snapshot and the recorded file differ, so
a change of any message is a reviewed change of that file.
"""
import glob
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))

from expectations import options  # noqa: E402

from flake8_metastudio import cli  # noqa: E402


SNAPSHOT = os.path.join(ROOT, "tests", "golden", "findings.txt")


def snapshot() -> str:
    import contextlib
    import io

    out = []
    files = sorted(glob.glob(os.path.join(ROOT, "tests", "eval_files", "*.py")))
    files += sorted(glob.glob(os.path.join(ROOT, "tests", "hostile", "*.py")))
    for path in files:
        text = open(path, encoding="utf-8").read()
        parser_args = options(text) + ["--isolated", "--format", "text", path]
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            cli.main(parser_args)
        rel = os.path.relpath(path, ROOT)
        for line in buf.getvalue().splitlines():
            out.append(line.replace(path, rel).replace(os.path.relpath(path), rel) + "\n")
    return "".join(out)


def main() -> int:
    text = snapshot()
    if sys.argv[1:] == ["--write"]:
        os.makedirs(os.path.dirname(SNAPSHOT), exist_ok=True)
        with open(SNAPSHOT, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
