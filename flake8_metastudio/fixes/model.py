"""What a fix is: text edits at positions of the file as read, with their
applicability (safe: keeps behaviour apart from the mistake; unsafe: changes
timing on purpose, to be reviewed) and a one-line description."""
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Tuple

SAFE = "safe"
UNSAFE = "unsafe"


@dataclass(frozen=True)
class Edit:
    """Replace the text from ``start`` to ``end`` (line from 1, column from 0,
    in code points; equal for an insertion) with ``content``."""
    start: Tuple[int, int]
    end: Tuple[int, int]
    content: str

    def as_json(self) -> Dict[str, Any]:
        # ruff's shape: rows from 1, columns from 1
        return {"content": self.content,
                "location": {"row": self.start[0], "column": self.start[1] + 1},
                "end_location": {"row": self.end[0], "column": self.end[1] + 1}}


@dataclass
class Fix:
    code: str
    applicability: str  # SAFE or UNSAFE
    message: str
    edits: Tuple[Edit, ...]

    def as_json(self) -> Dict[str, Any]:
        return {"applicability": self.applicability, "message": self.message,
                "edits": [e.as_json() for e in self.edits]}


@dataclass
class Proposal:
    """A fix not built yet.  Findings whose proposals share an ``anchor`` (one
    loop, one pool literal) get one fix: the one with the greatest ``weight``
    (the longest sleep, the smallest pool), so the strictest limit is kept."""
    anchor: Tuple[Any, ...]
    weight: float
    build: Callable[[], Fix]
    findings: List[Any] = field(default_factory=list)
