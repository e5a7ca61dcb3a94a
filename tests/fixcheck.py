"""Apply every fix (unsafe included) to an example program, in memory, and
check what the issue asks of a fixed file: it compiles, re-linting reports
none of the fixed findings and nothing new, lines outside the edits are
unchanged (in order), and fixing again changes nothing.  Used by
tests/test_fixes.py and, for the share of findings that carry a fix, by
``python tests/fixcheck.py [FILES]``."""
import difflib
import glob
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from expectations import option_values, options  # noqa: E402
from flake8_metastudio import engine  # noqa: E402
from flake8_metastudio.options import settings_from  # noqa: E402

RATE = ("MST101", "MST102", "MST103", "MST104")
FIXABLE = RATE + ("MST202",)


def key(f):
    return (f.code, f.method, f.api, f.region)


def run(path):
    """(findings before with fixes planned, outcome, problems found)."""
    text = open(path, encoding="utf-8").read()
    settings = settings_from(option_values(options(text)))
    outcome = engine.fix_source(text, settings, lambda f, r: True)
    before = outcome.first
    problems = []
    new = outcome.text
    if new != text:
        try:
            compile(new, path, "exec", dont_inherit=True)
        except SyntaxError as exc:
            problems.append("does not compile: %s" % exc)
        after = engine.lint_source(new, settings)
        remaining = Counter(key(f) for f in after)
        allowed = Counter(key(f) for f in before)
        allowed.subtract(Counter(key(f) for f in outcome.fixed))
        for k, n in remaining.items():
            if n > max(0, allowed.get(k, 0)):
                problems.append("reported after fixing: %s" % (k,))
        # untouched lines unchanged: every original line is kept or lies in a replaced range
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, text.splitlines(), new.splitlines(),
                                                           autojunk=False).get_opcodes():
            if tag in ("replace", "delete"):
                old = text.splitlines()[i1:i2]
                if tag == "delete" or not _only_moved(old, new.splitlines()[j1:j2]):
                    problems.append("line(s) %d-%d changed: %r" % (i1 + 1, i2, old))
        again = engine.fix_source(new, settings, lambda f, r: True)
        if again.text != new:
            problems.append("fixing again changes the file")
    return before, outcome, problems


def _only_moved(old, new):
    """A one-line body moved under its header, a literal replaced: the words of the old
    lines are kept apart from the fixed token."""
    return len(old) <= 2 and all(any(_close(o, n) for n in new) for o in old)


def _close(a, b):
    return difflib.SequenceMatcher(None, a.strip(), b.strip()).ratio() > 0.6 or a.strip() in b


def share(paths):
    total = fixed = 0
    for path in paths:
        before, outcome, _ = run(path)
        done = {id(f) for f in outcome.fixed}
        for f in before:
            if f.code in RATE:
                total += 1
                fixed += id(f) in done
    return fixed, total


if __name__ == "__main__":
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "eval_files", "*.py"))) + sorted(
        glob.glob(os.path.join(os.path.dirname(HERE), "examples", "*.py")))
    total = fixed = 0
    for path in files:
        before, outcome, problems = run(path)
        done = {id(f) for f in outcome.fixed}
        failed = {id(f): why for f, why in outcome.failed}
        for f in before:
            if f.code in FIXABLE:
                if f.code in RATE:
                    total += 1
                    fixed += id(f) in done
                if id(f) not in done:
                    print("%s:%d: %s NOT FIXED: %s" % (os.path.basename(path), f.line, f.code,
                                                       failed.get(id(f)) or f.no_fix))
        for p in problems:
            print("%s: PROBLEM %s" % (os.path.basename(path), p))
    print("MST101-MST104 findings with a fix applied: %d of %d (%.0f%%)" % (fixed, total, 100.0 * fixed / max(1, total)))
