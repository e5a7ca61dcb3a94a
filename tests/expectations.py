"""Expected findings written in example files (``# expect: MST101``) and the
options a file asks for (``# flake8-options: --metastudio-region=...``)."""
import re
import shlex
from typing import List, Set, Tuple

EXPECT = re.compile(r"#\s*expect:\s*((?:MST\d{3}[\s,]*)+)")
OPTIONS = re.compile(r"^#\s*flake8-options:\s*(.+)$")
FOUND = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>MST\d{3}) ")


def expected(text: str) -> Set[Tuple[int, str]]:
    out = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        m = EXPECT.search(line)
        if m:
            for code in re.findall(r"MST\d{3}", m.group(1)):
                out.add((lineno, code))
    return out


def options(text: str) -> List[str]:
    opts = []
    for line in text.splitlines()[:10]:
        m = OPTIONS.match(line.strip())
        if m:
            opts.extend(shlex.split(m.group(1)))
    return opts


def found(output: str) -> Set[Tuple[int, str]]:
    out = set()
    for line in output.splitlines():
        m = FOUND.match(line)
        if m:
            out.add((int(m.group("line")), m.group("code")))
    return out
