"""Score the linter on the held-out projects and the pending single-file programs.

Runs, as a user would, ``flake8 --select=MST .`` at each project's root (also with ``-j 2``) and
``metastudio-lint .`` there, and ``flake8`` on each file of ``tests/eval_files_pending`` with its
``# flake8-options:``; compares the (file, line, code) findings with the ``# expect:`` comments.
Prints a Markdown summary for SCORES.md; ``-v`` also lists every miss and extra finding.

    python tests/projects_heldout/score.py [-v] [FOLDER ...]

FOLDER is a folder of projects (default: this one, which also scores ``eval_files_pending``), e.g.
``tests/projects_heldout4``.  The on-disk cache is off, so nothing is left in the projects.
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, TESTS)

from expectations import EXPECT, FOUND, expected, options  # noqa: E402

BIN = os.path.dirname(sys.executable)


def project_expected(root):
    want = set()
    for path in glob.glob(os.path.join(root, "**", "*.py"), recursive=True):
        rel = os.path.relpath(path, root)
        for line, code in expected(open(path, encoding="utf-8").read()):
            want.add((rel, line, code))
    return want


def parse(output, root):
    got = set()
    for line in output.splitlines():
        m = FOUND.match(line)
        if m:
            rel = os.path.relpath(os.path.join(root, m.group("path")), root)
            got.add((rel, int(m.group("line")), m.group("code")))
    return got


def run(cmd, cwd):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    crashed = "Traceback" in proc.stderr or proc.returncode not in (0, 1)
    return proc.stdout, crashed, proc.stderr


def score(name, want, got, crashed, verbose, rows):
    hit, miss, extra = want & got, sorted(want - got), sorted(got - want)
    rows.append((name, len(want), len(hit), len(miss), len(extra), "yes" if crashed else ""))
    if verbose:
        for item in miss:
            print("  MISS  %s %s" % (name, item), file=sys.stderr)
        for item in extra:
            print("  EXTRA %s %s" % (name, item), file=sys.stderr)
    return len(want), len(hit), len(extra)


def table(title, rows):
    print("\n### %s\n" % title)
    print("| name | expected | reported | missed | extra | crash |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| %s | %d | %d | %d | %d | %s |" % row)
    want = sum(r[1] for r in rows)
    hit = sum(r[2] for r in rows)
    extra = sum(r[4] for r in rows)
    precision = hit / (hit + extra) if hit + extra else 1.0
    recall = hit / want if want else 1.0
    print("| **total** | %d | %d | %d | %d | |" % (want, hit, want - hit, extra))
    print("\nprecision %.2f, recall %.2f" % (precision, recall))


def main(verbose, folders):
    for door, cmd in (
        ("flake8 --select=MST .", [os.path.join(BIN, "flake8"), "--select=MST", "--metastudio-no-cache", "."]),
        ("flake8 -j 2 --select=MST .", [os.path.join(BIN, "flake8"), "-j", "2", "--select=MST",
                                        "--metastudio-no-cache", "."]),
        ("metastudio-lint .", [os.path.join(BIN, "metastudio-lint"), "--metastudio-no-cache", "."]),
    ):
        rows = []
        for root in sorted(d for f in folders for d in glob.glob(os.path.join(f, "*")) if os.path.isdir(d)):
            out, crashed, err = run(cmd, root)
            if crashed and verbose:
                print(err, file=sys.stderr)
            score(os.path.basename(root), project_expected(root), parse(out, root), crashed, verbose, rows)
        table("projects, `%s` at each project root" % door, rows)
    if folders != [HERE]:
        return

    rows = []
    for path in sorted(glob.glob(os.path.join(TESTS, "eval_files_pending", "*.py"))):
        text = open(path, encoding="utf-8").read()
        out, crashed, err = run([os.path.join(BIN, "flake8"), "--isolated", "--select=MST", *options(text), path],
                                os.path.dirname(path))
        name = os.path.basename(path)
        got = {(name, line, code) for line, code in _found_lines(out)}
        want = {(name, line, code) for line, code in expected(text)}
        score(name, want, got, crashed, verbose, rows)
    table("tests/eval_files_pending, `flake8 --isolated --select=MST FILE`", rows)


def _found_lines(output):
    for line in output.splitlines():
        m = FOUND.match(line)
        if m:
            yield int(m.group("line")), m.group("code")


assert EXPECT  # the annotation format is the one tests/eval_files use

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main("-v" in sys.argv[1:], [os.path.abspath(a) for a in args] or [HERE])
