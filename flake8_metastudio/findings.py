"""A finding: what the rules produce and every output format reports."""
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple


@dataclass
class Finding:
    code: str
    message: str  # starts with the code, as flake8 expects
    node: Any = field(default=None, repr=False, compare=False)  # the LibCST node reported at
    line: int = 0
    col: int = 0
    method: Optional[str] = None
    api: Optional[str] = None
    region: Optional[str] = None
    rate: Optional[float] = None
    limit: Optional[float] = None
    extra: Dict[str, Any] = field(default_factory=dict)
    sdk_node: Any = field(default=None, repr=False, compare=False)  # the SDK (or REST) call it is about
    # where the finding leads in other modules (whole-project analysis): (path, line, column, what is there)
    chain: List[Tuple[str, int, int, str]] = field(default_factory=list, compare=False)
    # what the analysis saw (the call site, its repeated context, the estimate): what a fix is planned from
    basis: Dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    fix: Any = field(default=None, repr=False, compare=False)  # fixes.model.Fix, when one is offered
    no_fix: Optional[str] = field(default=None, repr=False, compare=False)  # why none is offered

    def as_json(self, path: str) -> dict:
        out = self._json(path)
        if self.chain:  # reached through other modules
            out["related"] = [{"path": shown_path(p), "line": line, "column": col + 1, "message": text}
                              for p, line, col, text in self.chain]
        return out

    def _json(self, path: str) -> dict:
        return {
            "path": path, "line": self.line, "column": self.col + 1, "code": self.code,
            "message": self.message[len(self.code) + 1:], "sdk_method": self.method, "api": self.api,
            "region": self.region,
            "estimated_rate": None if self.rate is None or self.rate == float("inf") else round(self.rate, 3),
            "limit": self.limit,
            "fix": self.fix.as_json() if self.fix is not None else None,
            "no_fix": self.no_fix,
        }


def shown_path(path: str) -> str:
    """A path below the current folder as a relative one, like the paths a user gives."""
    import os

    rel = os.path.relpath(path)
    return path if rel.startswith(os.pardir) else rel
