"""A baseline of accepted findings, for adopting the linter on legacy code.

``metastudio-lint --write-baseline FILE`` records today's findings; with
``--baseline FILE`` (``metastudio-baseline`` in the flake8 config, which the
flake8 plugin honours too) only findings that are not in it are reported.

An entry is keyed, as semgrep and detekt do, by what the finding is rather
than where: code, SDK method (or API), the file (relative to the baseline
file's folder, so the key does not depend on the current folder) and the
source line with its whitespace normalised, plus how many times that key
occurs.  Moving code or editing lines above it keeps the key; a new
occurrence of the same line counts above the recorded number and is
reported.
"""
import json
import os
from collections import Counter
from typing import Dict, Iterable, Optional, Tuple

from flake8_metastudio import userinput

VERSION = 1
MAX_BYTES = 64 * 1024 * 1024  # a baseline of some 200,000 findings
Key = Tuple[str, str, str, str]  # (code, method or api, file, normalised source line)


class BaselineError(Exception):
    pass


def normalised(line: Optional[str]) -> str:
    return " ".join((line or "").split())


def key_of(code: str, what: Optional[str], relpath: str, line: Optional[str]) -> Key:
    return (code, what or "", relpath, normalised(line))


class Baseline:
    def __init__(self, path: str, counts: Dict[Key, int]):
        self.path = path
        self.base = os.path.dirname(os.path.abspath(path))
        self.counts = counts
        self.by_file: Dict[str, Dict[Key, int]] = {}
        for key, n in counts.items():
            self.by_file.setdefault(key[2], {})[key] = n

    def relpath(self, path: str) -> str:
        return relpath(path, self.base)

    def split(self, path: str, findings: Iterable, line_of) -> Tuple[list, list, Dict[Key, int]]:
        """(new findings, findings the baseline holds, entries of this file left
        unused).  ``line_of(finding)`` gives the finding's source line."""
        rel = self.relpath(path)
        left = Counter(self.by_file.get(rel, {}))
        new, held = [], []
        for f in findings:
            key = key_of(f.code, f.method or f.api, rel, line_of(f))
            if left[key] > 0:
                left[key] -= 1
                held.append(f)
            else:
                new.append(f)
        return new, held, {k: n for k, n in left.items() if n > 0}


def relpath(path: str, base: str) -> str:
    return os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")


def load(path: str) -> Baseline:
    try:
        # a regular file of bounded size (a FIFO would block, /dev/zero never end)
        text = userinput.read_text(path, MAX_BYTES)
    except userinput.UserInputError as exc:
        raise BaselineError("cannot read baseline: %s" % exc)
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise BaselineError("%s: not a baseline written by --write-baseline (%s)"
                            % (userinput.show_path(path), str(exc)[:80]))
    except RecursionError:
        raise BaselineError("%s: not a baseline written by --write-baseline (nested too deeply)"
                            % userinput.show_path(path))
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError("%s: not a baseline written by --write-baseline (expected version %d and a "
                            "'findings' list)" % (userinput.show_path(path), VERSION))
    counts: Dict[Key, int] = {}
    for i, entry in enumerate(data["findings"]):
        try:
            key = key_of(entry["code"], entry.get("sdk_method"), entry["path"], entry["source"])
            n = entry.get("count", 1)
            if type(n) is not int or n < 1:
                raise TypeError
        except (KeyError, TypeError, AttributeError):
            raise BaselineError("%s: findings[%d]: expected code, path, source and a count >= 1"
                                % (userinput.show_path(path), i))
        counts[key] = counts.get(key, 0) + n
    return Baseline(path, counts)


def dump(path: str, keys: Iterable[Key]) -> None:
    """Write the baseline for these finding keys (one key per occurrence)."""
    counts = Counter(keys)
    entries = [{"code": k[0], "sdk_method": k[1] or None, "path": k[2], "source": k[3], "count": n}
               for k, n in sorted(counts.items())]
    text = json.dumps({"version": VERSION, "tool": "flake8-metastudio", "findings": entries}, indent=2,
                      ensure_ascii=True) + "\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def describe(key: Key, count: int) -> str:
    return "%s: %s %s%s: %s" % (key[2], key[0], key[1] or "-", " (x%d)" % count if count > 1 else "", key[3])
