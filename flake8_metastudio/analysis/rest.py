"""MetaStudio REST calls made without the SDK (requests, httpx, aiohttp):
URLs as far as the code spells them, and the limits-table API they reach.

A URL is a list of parts, each a known string or None for text the code
computes at run time.  The path is matched against the table's HTTP routes:
a ``{param}`` segment matches any one segment, a literal segment only the
same literal; the most specific route (most literal segments) wins.  The
region comes from a literal MetaStudio host, else the configured one.
"""
import re
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from flake8_metastudio.analysis.values import ENDPOINT_HOST

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.limits import ApiRow, LimitsTable

VERBS = ("get", "post", "put", "delete", "patch", "head")
HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/?#]*)", re.I)
UNKNOWN = None

Parts = List[Optional[str]]


def normalize(parts: Parts) -> Parts:
    out: Parts = []
    for p in parts:
        if p is None:
            if out and out[-1] is None:
                continue
            out.append(None)
        elif p:
            if out and out[-1] is not None:
                out[-1] += p
            else:
                out.append(p)
    return out


def shown(parts: Parts) -> str:
    return "".join("{...}" if p is None else p for p in parts)


class Route:
    __slots__ = ("verb", "segments", "row", "specificity")

    def __init__(self, verb: str, path: str, row: "ApiRow") -> None:
        self.verb = verb
        self.segments = [s for s in path.split("/") if s]
        self.row = row
        self.specificity = sum(1 for s in self.segments if not s.startswith("{"))


class RestMatcher:
    def __init__(self, table: "LimitsTable") -> None:
        self.routes: Dict[str, List[Route]] = {}
        for row in table.rows_by_http():
            verb, path = (row.http or "").split(" ", 1)  # rows_by_http: only rows with a route
            self.routes.setdefault(verb, []).append(Route(verb, path, row))
        for routes in self.routes.values():
            routes.sort(key=lambda r: -r.specificity)

    def match(self, verb: str, parts: Parts) -> "Optional[Tuple[ApiRow, Optional[str], bool]]":
        """(row, region id from the host or None, host is MetaStudio's) or None."""
        parts = normalize(parts)
        if not parts:
            return None
        host, path_parts = _split_host(parts)
        region = None
        metastudio_host = False
        if host is not None:
            m = ENDPOINT_HOST.fullmatch(host.rpartition("@")[2].partition(":")[0])  # without user and port
            if not m:
                return None  # another host: never a MetaStudio call
            region, metastudio_host = m.group(1).lower(), True
        segments = _segments(path_parts)
        if segments is None:
            return None
        for route in self.routes.get(verb.upper(), ()):
            if _fits(route.segments, segments):
                return route.row, region, metastudio_host
        return None


def _split_host(parts: Parts) -> Tuple[Optional[str], Parts]:
    """Host text when the URL starts with a literal scheme://host, and the
    remaining parts from the path on; when the start is not literal, the
    path starts at the first literal "/v1/" or "/v2/"."""
    first = parts[0]
    if first is not None:
        m = HOST.match(first)
        if m:
            host = m.group(1)
            rest = first[m.end():]
            if len(parts) > 1 and rest == "" and not first.endswith("/"):
                # https://{region}.example... host partly computed
                return host + "{...}", parts[1:]
            return host, ([rest] if rest else []) + parts[1:]
    for i, p in enumerate(parts):
        if p is None:
            continue
        idx = _version_index(p)
        if idx is not None:
            return None, [p[idx:]] + parts[i + 1:]
    return None, []


def _version_index(text: str) -> Optional[int]:
    m = re.search(r"/v[12]/", text)
    return m.start() if m else (0 if re.match(r"v[12]/", text) else None)


def _segments(parts: Parts) -> Optional[List[Optional[str]]]:
    """Path segments: a literal string, or None where any part is computed."""
    text = ""
    marks = []
    for p in parts:
        if p is None:
            marks.append(len(text))
            text += "\0"
        else:
            text += p
    text = text.split("?", 1)[0].split("#", 1)[0]
    if not text.startswith("/") and not text.startswith("v"):
        return None
    segs = [s for s in text.split("/") if s]
    if not segs:
        return None
    return [None if "\0" in s else s for s in segs]


def _fits(template: List[str], segments: List[Optional[str]]) -> bool:
    if len(template) != len(segments):
        return False
    for t, s in zip(template, segments):
        if t.startswith("{"):
            continue
        if s is None or s != t:
            return False
    return True
