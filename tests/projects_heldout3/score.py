"""Score the installed linter on the held-out multi-module projects in this folder.

Runs, as a user would, at each project's root: ``flake8 --select=MST .``, ``flake8 -j 2 --select=MST .``
and ``metastudio-lint .`` (all with ``--metastudio-no-cache``, so no cache folder is left behind), and
compares the (file, line, code) findings with the ``# expect: MSTnnn`` comments of the project's files.
Prints a Markdown summary; ``-v`` also lists every miss and extra finding with the linter's message.

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
ITEM = re.compile(r"^(MST\d{3})")
FOUND = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>MST\d{3}) (?P<msg>.*)$")


def tool(name):
    path = shutil.which(name)
    if path is None:
        sys.exit("score.py: %s is not on PATH" % name)
    return path


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
                            raise ValueError("%s:%d: bad expectation %r" % (path, lineno, item))
                        want.add((rel, lineno, im.group(1)))
    return want


def parse(output, root):
    got, messages = set(), {}
    for line in output.splitlines():
        m = FOUND.match(line)
        if m:
            rel = os.path.relpath(os.path.join(root, m.group("path")), root)
            key = (rel, int(m.group("line")), m.group("code"))
            got.add(key)
            messages[key] = m.group("msg")
    return got, messages


def run(cmd, cwd):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    crashed = "Traceback" in proc.stderr or proc.returncode not in (0, 1) or "MST900" in proc.stdout
    return proc.stdout, crashed, proc.stderr


def table(title, rows):
    print("\n### %s\n" % title)
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
    print("\nprecision %.2f (%d/%d), recall %.2f (%d/%d)" % (precision, hit, hit + extra, recall, hit, want))


def main(verbose):
    flake8, lint = tool("flake8"), tool("metastudio-lint")
    doors = (
        ("flake8 --select=MST .", [flake8, "--select=MST", "--metastudio-no-cache", "."]),
        ("flake8 -j 2 --select=MST .", [flake8, "-j", "2", "--select=MST", "--metastudio-no-cache", "."]),
        ("metastudio-lint .", [lint, "--metastudio-no-cache", "."]),
    )
    roots = sorted(d for d in glob.glob(os.path.join(HERE, "*")) if os.path.isdir(d))
    per_door = {}
    for door, cmd in doors:
        rows = []
        for root in roots:
            name = os.path.basename(root)
            out, crashed, err = run(cmd, root)
            if crashed:
                print("CRASH %s (%s):\n%s" % (name, door, err[-2000:]), file=sys.stderr)
            want = project_expected(root)
            got, messages = parse(out, root)
            per_door.setdefault(name, {})[door] = got
            miss, extra = sorted(want - got), sorted(got - want)
            rows.append((name, len(want), len(want & got), len(miss), len(extra), "yes" if crashed else ""))
            if verbose and door == doors[0][0]:
                for item in miss:
                    print("  MISS  %s %s:%d %s" % ((name,) + item), file=sys.stderr)
                for item in extra:
                    print("  EXTRA %s %s:%d %s  %s" % ((name,) + item + (messages[item],)), file=sys.stderr)
        table("`%s` at each project root" % door, rows)
    disagree = [n for n, d in per_door.items() if len({frozenset(v) for v in d.values()}) > 1]
    print("\nDoors agree on every project: %s" % ("yes" if not disagree else "NO: " + ", ".join(disagree)))


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
