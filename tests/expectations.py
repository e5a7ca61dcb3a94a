"""Expected findings written in example files and the options a file asks for.

    client.create_product(req)  # expect: MST101
    pool.submit(work, item)     # expect: MST102 ~80/s @13, MST301

An expectation is a code, optionally the estimated rate the message states
(``~80/s``: within the rounding of the figure as written, so ``~80/s``
accepts 79.5 to 80.5 and ``~12.5/s`` 12.45 to 12.55; ``~unbounded`` for a
rate with no bound) and optionally the column flake8 prints (``@13``).
Options: ``# flake8-options: --metastudio-region=...`` in the first lines."""
import math
import re
import shlex
from dataclasses import dataclass
from typing import List, Optional, Set, Tuple

EXPECT = re.compile(r"#\s*expect:\s*(MST\d{3}.*?)\s*$")
ITEM = re.compile(r"^(?P<code>MST\d{3})(?:\s+~(?P<rate>unbounded|\d+(?:\.\d+)?)(?:/s)?)?(?:\s*@(?P<col>\d+))?$")
OPTIONS = re.compile(r"^#\s*flake8-options:\s*(.+)$")
FOUND = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>MST\d{3}) ")
NOQA = re.compile(r"#\s*noqa(?::[\s]?(?P<codes>[A-Z][0-9]+(?:[,\s]+[A-Z][0-9]+)*))?", re.I)


@dataclass(frozen=True)
class Expect:
    line: int
    code: str
    rate: Optional[str] = None  # the figure as written: "80", "12.5", "unbounded"
    col: Optional[int] = None  # 1-based, as flake8 prints it

    def rate_matches(self, rate: Optional[float]) -> bool:
        if self.rate is None:
            return True
        if rate is None:
            return False
        if self.rate == "unbounded":
            return math.isinf(rate)
        places = len(self.rate.split(".", 1)[1]) if "." in self.rate else 0
        return abs(rate - float(self.rate)) <= 0.5 * 10 ** -places + 1e-9

    def matches(self, line: int, col: int, code: str, rate: Optional[float]) -> bool:
        return (line == self.line and code == self.code and (self.col is None or self.col == col)
                and self.rate_matches(rate))

    def __str__(self) -> str:
        return "%d: %s%s%s" % (self.line, self.code, " ~%s/s" % self.rate if self.rate else "",
                               " @%d" % self.col if self.col else "")


def expectations(text: str) -> List[Expect]:
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        m = EXPECT.search(line)
        if not m:
            continue
        for item in m.group(1).split(","):
            im = ITEM.match(item.strip())
            if im is None:
                raise ValueError("line %d: bad expectation %r: expected MSTnnn, optionally ~RATE/s and @COLUMN"
                                 % (lineno, item.strip()))
            out.append(Expect(lineno, im.group("code"), im.group("rate"),
                              int(im.group("col")) if im.group("col") else None))
    return out


def expected(text: str) -> Set[Tuple[int, str]]:
    return {(e.line, e.code) for e in expectations(text)}


def options(text: str) -> List[str]:
    opts = []
    for line in text.splitlines()[:10]:
        m = OPTIONS.match(line.strip())
        if m:
            opts.extend(shlex.split(m.group(1)))
    return opts


def option_values(argv: List[str]) -> dict:
    """``--metastudio-region=cn-east-3`` -> {"metastudio_region": "cn-east-3"} (settings_from's input)."""
    values = {}
    for arg in argv:
        name, sep, value = arg.partition("=")
        if not sep or not name.startswith("--metastudio-"):
            raise ValueError("flake8-options: expected --metastudio-NAME=VALUE, got %r" % arg)
        values[name.lstrip("-").replace("-", "_")] = value
    return values


def suppressed(line: str, code: str) -> bool:
    """Whether flake8 hides ``code`` on this source line (``# noqa``, ``# noqa: MST1``)."""
    m = NOQA.search(line)
    if not m:
        return False
    if not m.group("codes"):
        return True
    return any(code.startswith(c.upper()) for c in re.split(r"[,\s]+", m.group("codes").strip()) if c)


def found(output: str) -> Set[Tuple[int, str]]:
    out = set()
    for line in output.splitlines():
        m = FOUND.match(line)
        if m:
            out.add((int(m.group("line")), m.group("code")))
    return out
