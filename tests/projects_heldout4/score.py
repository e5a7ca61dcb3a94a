"""Score the installed linter on the held-out projects in this folder (adapted from tests/projects_heldout/score.py).

For each project folder (one with a setup.cfg / pyproject.toml), runs as a user would, at the project root:
``flake8 --select=MST --metastudio-no-cache .``, ``flake8 -j 2 --select=MST --metastudio-no-cache .`` and
``metastudio-lint --metastudio-no-cache .``; compares the (file, line, code) findings with the
``# expect: MSTnnn`` comments of the project's .py files. Prints a Markdown summary; ``-v`` also lists
every miss and extra finding with the linter's message (on stderr).

    python3 score.py [-v]
"""
import glob
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECT = re.compile(r"#\s*expect:\s*(MST\d{3}.*?)\s*$")
ITEM = re.compile(r"^(MST\d{3})\b")
FOUND = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>MST\d{3}) (?P<msg>.*)$")


def tool(name):
    return shutil.which(name) or os.path.join(os.path.dirname(sys.executable), name)


DOORS = (
    ("flake8 --select=MST .", [tool("flake8"), "--select=MST", "--metastudio-no-cache", "."]),
    ("flake8 -j 2 --select=MST .", [tool("flake8"), "-j", "2", "--select=MST", "--metastudio-no-cache", "."]),
    ("metastudio-lint .", [tool("metastudio-lint"), "--metastudio-no-cache", "."]),
)


def project_expected(root):
    want = set()
    for path in glob.glob(os.path.join(root, "**", "*.py"), recursive=True):
        rel = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                m = EXPECT.search(line)
                if m:
                    for item in m.group(1).split(","):
                        im = ITEM.match(item.strip())
                        if im is None:
                            raise SystemExit("%s:%d: bad expectation %r" % (path, lineno, item))
                        want.add((rel, lineno, im.group(1)))
    return want


def parse(output, root):
    got, messages = set(), {}
    for line in output.splitlines():
        m = FOUND.match(line)
        if m:
            key = (os.path.normpath(m.group("path")), int(m.group("line")), m.group("code"))
            got.add(key)
            messages[key] = m.group("msg")
    return got, messages


def run(cmd, cwd):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    crashed = "Traceback" in proc.stderr or proc.returncode not in (0, 1)
    return proc.stdout, crashed, proc.stderr


def projects():
    return sorted(d for d in glob.glob(os.path.join(HERE, "*"))
                  if os.path.isdir(d) and (os.path.exists(os.path.join(d, "setup.cfg"))
                                           or os.path.exists(os.path.join(d, "pyproject.toml"))))


def main(verbose):
    for door, cmd in DOORS:
        rows = []
        for root in projects():
            name = os.path.basename(root)
            out, crashed, err = run(cmd, root)
            if crashed:
                print("CRASH %s (%s):\n%s" % (name, door, err[-2000:]), file=sys.stderr)
            want = project_expected(root)
            got, messages = parse(out, root)
            hit, miss, extra = want & got, sorted(want - got), sorted(got - want)
            rows.append((name, len(want), len(hit), len(miss), len(extra), "yes" if crashed else ""))
            if verbose:
                for item in miss:
                    print("  MISS  [%s] %s %s:%d %s" % (door, name, item[0], item[1], item[2]), file=sys.stderr)
                for item in extra:
                    print("  EXTRA [%s] %s %s:%d %s %s" % (door, name, item[0], item[1], item[2], messages[item]),
                          file=sys.stderr)
        print("\n### `%s` at each project root\n" % door)
        print("| project | expected | hit | missed | extra | crash |")
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


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
