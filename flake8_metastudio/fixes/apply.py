"""Edits -> new text, and the check every fix passes before it is written.

A round applies the wanted fixes of one file together and re-lints the
result once: it must compile, every finding fixed must be gone and no
finding may appear (findings are compared by code, API and region, which
edits elsewhere do not change).  When the round fails, the fixes are tried
one at a time and only those that pass are kept; the others are reported
with the reason.  Rounds repeat on the new text while they change something
(a fix may uncover the next), at most ``MAX_ROUNDS`` times, so fixing the
result again changes nothing."""
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, List, Optional, Tuple

from flake8_metastudio.findings import Finding
from flake8_metastudio.fixes.model import Edit, Fix

MAX_ROUNDS = 3
_LINE_END = re.compile(r"\r\n|\r|\n")


class Conflict(Exception):
    pass


def _line_starts(text: str) -> List[int]:
    return [0] + [m.end() for m in _LINE_END.finditer(text)]


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with ``edits`` made (identical edits once); Conflict when two overlap."""
    starts = _line_starts(text)

    def offset(pos: Tuple[int, int]) -> int:
        line, col = pos
        if line - 1 >= len(starts):
            return len(text)
        return min(starts[line - 1] + col, len(text))

    spans = sorted({(offset(e.start), offset(e.end), e.content) for e in edits}, key=lambda s: (s[0], s[1]))
    out, at = [], 0
    for begin, end, content in spans:
        if begin < at:
            raise Conflict("two fixes change the same text")
        out.append(text[at:begin])
        out.append(content)
        at = max(at, end)
    out.append(text[at:])
    return "".join(out)


Relint = Callable[[str], Optional[List[Finding]]]  # findings of a text with fixes planned; None: does not parse


def _key(f: Finding) -> Tuple[str, Optional[str], Optional[str], Optional[str]]:
    return (f.code, f.method, f.api, f.region)


@dataclass
class Outcome:
    text: str
    fixed: List[Finding] = field(default_factory=list)  # of the text each was found in
    failed: List[Tuple[Finding, str]] = field(default_factory=list)
    remaining: List[Finding] = field(default_factory=list)  # findings of the final text
    first: List[Finding] = field(default_factory=list)  # findings of the text given, fixes planned


def check(before: List[Finding], fixed: List[Finding], text: str, relint: Relint,
          followed: Callable[[Finding], bool] = lambda f: False) -> Tuple[Optional[str], Optional[List[Finding]]]:
    """(why the fixed text fails, or None; its findings).  A finding that
    appears is allowed only when ``followed`` says the next round fixes it."""
    try:
        compile(text, "<fixed>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        return "the fixed file does not compile (%s)" % type(exc).__name__, None
    after = relint(text)
    if after is None:
        return "the fixed file does not parse", None
    return _compare(before, fixed, after, followed), after


def _compare(before: List[Finding], fixed: List[Finding], after: List[Finding],
             followed: Callable[[Finding], bool] = lambda f: False) -> Optional[str]:
    allowed = Counter(_key(f) for f in before)
    allowed.subtract(Counter(_key(f) for f in fixed))
    fixed_keys = {_key(f) for f in fixed}
    seen: Counter = Counter()
    for f in after:
        key = _key(f)
        seen[key] += 1
        if seen[key] > allowed.get(key, 0):
            if key in fixed_keys:
                return "the finding is still reported after the fix"
            if not followed(f):
                return "the fix makes a new %s finding appear" % key[0]
    return None


def _groups(wanted: List[Finding]) -> List[Tuple[Fix, List[Finding]]]:
    by_fix: Dict[int, Tuple[Fix, List[Finding]]] = {}
    for f in wanted:
        by_fix.setdefault(id(f.fix), (f.fix, []))[1].append(f)
    return list(by_fix.values())


def fix_text(text: str, findings: List[Finding], relint: Relint,
             wanted: Callable[[Finding, int], bool], rounds: int = MAX_ROUNDS) -> Outcome:
    """Apply the fixes of ``findings`` that ``wanted(finding, round)`` keeps,
    each checked, round after round.  A round may uncover findings (a region
    typo fixed: the calls now have a limit) only if their own fixes follow in
    the next round; the result is the last state with nothing new compared
    with the text given."""
    outcome = Outcome(text, first=findings)
    best = (text, 0, findings)  # text, how many of outcome.fixed it holds, its findings
    current = findings
    failed_keys: set = set()
    for round_no in range(rounds):
        def pick(f: Finding, round_no: int = round_no) -> bool:
            return f.fix is not None and wanted(f, round_no) and (round_no == 0 or _key(f) not in failed_keys)

        def followed(f: Finding, round_no: int = round_no) -> bool:
            return round_no + 1 < rounds and pick(f, round_no + 1)

        groups = _groups([f for f in current if pick(f)])
        if not groups:
            break
        accepted: List[Tuple[Fix, List[Finding]]] = []
        after: Optional[List[Finding]] = None
        new_text = text
        reason, candidate, result = _try(text, current, groups, relint, followed)
        if reason is None:
            accepted, new_text, after = groups, candidate, result
        else:
            for group in groups:  # one at a time: keep those that pass together
                trial = accepted + [group]
                reason, candidate, result = _try(text, current, trial, relint, followed)
                if reason is None:
                    accepted, new_text, after = trial, candidate, result
                else:
                    outcome.failed.extend((f, reason) for f in group[1])
                    failed_keys.update(_key(f) for f in group[1])
        if not accepted or after is None:
            break
        outcome.fixed.extend(f for _, fs in accepted for f in fs)
        text, current = new_text, after
        if _compare(findings, outcome.fixed, current) is None:
            best = (text, len(outcome.fixed), current)
    text, kept, current = best
    for f in outcome.fixed[kept:]:
        outcome.failed.append((f, "the fix uncovers a finding that could not be fixed"))
    outcome.fixed = outcome.fixed[:kept]
    outcome.text = text
    outcome.remaining = current
    return outcome


def _try(text: str, current: List[Finding], groups: List[Tuple[Fix, List[Finding]]], relint: Relint,
         followed: Callable[[Finding], bool]) -> Tuple[Optional[str], str, Optional[List[Finding]]]:
    try:
        candidate = apply_edits(text, [e for fix, _ in groups for e in fix.edits])
    except Conflict as exc:
        return str(exc), text, None
    reason, after = check(current, [f for _, fs in groups for f in fs], candidate, relint, followed)
    return reason, candidate, after
