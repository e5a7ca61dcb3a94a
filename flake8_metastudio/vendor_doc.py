"""Read the vendor's "Constraints on APIs" page into its limit tables.

Two forms of the same page are read: the HTML page (saved from a browser or
fetched), parsed with the standard library's ``html.parser``, and the text a
browser copies from it, where every table cell is a paragraph of its own (the
form of ``tests/data/metastudio-api-constraints.txt``).  Both are turned into
the same grid (a header row, then rows of cells) and interpreted once:

* a limits table has an ``API`` column, optionally ``API Category``, and limit
  columns ``Single Tenant (<region display name>)`` (one per region, any
  number), ``Single Tenant`` (every region) and ``System-based`` (all tenants);
* a cell is ``N times per second``, ``Once per second``, ``Twice per second``
  or ``-`` (not offered).

The page comes from a file or an http(s) URL (``read_source``: urllib, with a
timeout and a size cap).  Anything else in a limits table is an error (``VendorDocError``, one line
saying where and what was expected), never a silently dropped row.  This
module knows nothing of SDK methods or region ids: ``limits_update`` maps the
titles and region names.
"""
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Dict, List, Optional, Tuple

_RATE = re.compile(r"^(?:(\d+) times?|(Once)|(Twice)) per second$", re.I)
_NOT_OFFERED = {"-", "\u2013", "\u2014", "N/A"}
# a cell that is meant as a limit but is not one we can read ("ten times per second", "5/min")
_RATE_LIKE = re.compile(r"\bper (second|minute|hour|day)\b|\btimes?\b.*\bper\b|^\d+(\.\d+)?\s*(/\s*\w+)?$", re.I)
_TABLE_TITLE = re.compile(r"^Table\s+(\d+)\b\s*(.*)$")
_DATE = re.compile(r"Updated on (\d{4}-\d{2}-\d{2})")
_REGION_HEAD = re.compile(r"^Single Tenant\s*\((.+)\)$", re.I)
_EVERY_HEAD = re.compile(r"^Single Tenant$", re.I)
_SYSTEM_HEAD = re.compile(r"^System[- ](based|wide)$", re.I)
_HEADER_LINE = re.compile(r"^(API Category|API|Single Tenant.*|System[- ](based|wide)|\(.+\))$", re.I)


FETCH_TIMEOUT = 20.0  # seconds
MAX_BYTES = 5 * 1024 * 1024  # the vendor page is ~200 kB


class VendorDocError(Exception):
    """The page cannot be read as the vendor's limits tables; str() is one line."""


@dataclass
class Column:
    header: str
    kind: str  # "region", "every_region" or "system_wide"
    region_name: str = ""  # the display name, for "region" columns


@dataclass
class VendorRow:
    table: int
    category: Optional[str]
    api: str
    regional: Dict[str, Optional[int]] = field(default_factory=dict)  # display name -> limit
    single_tenant: Optional[int] = None  # Table 3: every region
    system_wide: Optional[int] = None


@dataclass
class VendorTable:
    number: int
    columns: List[Column]
    rows: List[VendorRow]

    @property
    def region_names(self) -> List[str]:
        return [c.region_name for c in self.columns if c.kind == "region"]


@dataclass
class VendorDocument:
    updated: Optional[str]
    tables: List[VendorTable]

    @property
    def rows(self) -> List[VendorRow]:
        return [r for t in self.tables for r in t.rows]

    @property
    def region_names(self) -> List[str]:
        names: Dict[str, None] = {}
        for t in self.tables:
            names.update(dict.fromkeys(t.region_names))
        return list(names)


# -- reading the source (a URL is fetched only by `limits update`, never while linting) ----------
def read_source(source: str, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_BYTES) -> str:
    """The page's text, from a file or an http(s) URL; VendorDocError on failure."""
    if re.match(r"^https?://", source, re.I):
        return _fetch(source, timeout, max_bytes)
    from flake8_metastudio import userinput

    try:  # the capped reader: a FIFO or /dev/zero given as SOURCE is refused, not read forever
        data = userinput.read_bytes(source, max_bytes)
    except userinput.UserInputError as exc:
        raise VendorDocError(str(exc))
    return _decode(data, None, source)


def _fetch(url: str, timeout: float, max_bytes: int) -> str:
    import socket
    import urllib.error
    import urllib.request

    from flake8_metastudio import __version__

    request = urllib.request.Request(url, headers={"User-Agent": "flake8-metastudio/%s" % __version__})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise VendorDocError("cannot fetch %s: HTTP %d %s" % (url, exc.code, exc.reason))
    except urllib.error.URLError as exc:
        raise VendorDocError("cannot fetch %s: %s" % (url, exc.reason))
    except (socket.timeout, TimeoutError):
        raise VendorDocError("cannot fetch %s: no answer within %g s" % (url, timeout))
    except (OSError, ValueError) as exc:
        raise VendorDocError("cannot fetch %s: %s" % (url, exc))
    if len(data) > max_bytes:
        raise VendorDocError("cannot fetch %s: larger than %d bytes; not the vendor's page" % (url, max_bytes))
    return _decode(data, charset, url)


def _decode(data: bytes, charset: Optional[str], where: str) -> str:
    for encoding in ([charset] if charset else []) + ["utf-8-sig"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    raise VendorDocError("%s: not UTF-8 text (a saved page or its copied text was expected)" % where)


def parse_rate(cell: str) -> Optional[int]:
    """'10 times per second' -> 10, 'Once per second' -> 1, '-' -> None; ValueError otherwise."""
    cell = " ".join(cell.split())
    if cell in _NOT_OFFERED:
        return None
    m = _RATE.match(cell)
    if not m:
        raise ValueError(cell)
    value = int(m.group(1)) if m.group(1) else (1 if m.group(2) else 2)
    if value <= 0:
        raise ValueError(cell)  # "0 times per second" is no limit the linter can judge against ("-" is none)
    return value


def _is_cell(line: str) -> bool:
    """A line that stands in a limit cell's place (readable or not)."""
    return " ".join(line.split()) in _NOT_OFFERED or bool(_RATE_LIKE.search(line))


def parse(text: str) -> VendorDocument:
    """The limits tables of the page, HTML or browser text."""
    if re.search(r"<(table|html|body|div)\b", text, re.I):
        return _parse_html(text)
    return _parse_text(text)


# -- shared interpretation of one table's grid --------------------------------
def _columns(number: int, header: List[str]) -> Tuple[Optional[int], int, List[Tuple[int, Column]]]:
    names = [" ".join(h.split()) for h in header]
    lowered = [h.lower() for h in names]
    if "api" not in lowered:
        raise VendorDocError("Table %d: no 'API' column in its header %r" % (number, names))
    api_col = lowered.index("api")
    cat_col = lowered.index("api category") if "api category" in lowered else None
    columns = []
    for i, name in enumerate(names):
        if i in (api_col, cat_col):
            continue
        m = _REGION_HEAD.match(name)
        if m:
            columns.append((i, Column(name, "region", " ".join(m.group(1).split()))))
        elif _EVERY_HEAD.match(name):
            columns.append((i, Column(name, "every_region")))
        elif _SYSTEM_HEAD.match(name):
            columns.append((i, Column(name, "system_wide")))
        else:
            raise VendorDocError("Table %d: column %r is not a limit column (expected 'Single Tenant (<region>)', "
                                 "'Single Tenant' or 'System-based')" % (number, name))
    if not columns:
        raise VendorDocError("Table %d: no limit columns in its header %r" % (number, names))
    return cat_col, api_col, columns


def _row(number: int, category: Optional[str], api: str, columns: List[Column], cells: List[str],
         where: str) -> VendorRow:
    row = VendorRow(table=number, category=category, api=" ".join(api.split()))
    for column, cell in zip(columns, cells):
        try:
            value = parse_rate(cell)
        except ValueError:
            raise VendorDocError("%s: row %r, column %r: limit %r is not a number of calls per second "
                                 "(expected 'N times per second', 'Once per second' or '-')"
                                 % (where, row.api, column.header, " ".join(cell.split())))
        if column.kind == "region":
            row.regional[column.region_name] = value
        elif column.kind == "every_region":
            row.single_tenant = value
        else:
            row.system_wide = value
    return row


def _check_tables(tables: List[VendorTable], updated: Optional[str]) -> VendorDocument:
    if not tables:
        raise VendorDocError("no recognisable limits table: expected 'Table N API request throttling' with "
                             "columns 'API' and 'Single Tenant (<region>)'")
    for t in tables:
        if not t.rows:
            raise VendorDocError("Table %d has a header but no rows (truncated table?)" % t.number)
    return VendorDocument(updated=updated, tables=tables)


# -- browser text -------------------------------------------------------------
def _parse_text(text: str) -> VendorDocument:
    lines = [(n, ln.strip()) for n, ln in enumerate(text.splitlines(), 1) if ln.strip()]
    m = _DATE.search(text)
    starts = [i for i, (_, ln) in enumerate(lines) if _TABLE_TITLE.match(ln)]
    tables = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        table = _text_table(lines[start:end])
        if table is not None:
            tables.append(table)
    return _check_tables(tables, m.group(1) if m else None)


def _text_table(lines: List[Tuple[int, str]]) -> Optional[VendorTable]:
    title_line, title = lines[0]
    number = int(lines[0][1].split()[1])  # the line matched _TABLE_TITLE: "Table 2 ..."
    i = 1
    header: List[str] = []
    while i < len(lines) and _HEADER_LINE.match(lines[i][1]):
        text = lines[i][1]
        if text.startswith("(") and header:  # "Single Tenant" / "(CN North-Beijing4)": one header cell
            header[-1] += " " + text
        else:
            header.append(text)
        i += 1
    if "API" not in header:
        if "throttling" in title.lower():
            raise VendorDocError("line %d: %r has no recognisable header (expected 'API Category', 'API', "
                                 "'Single Tenant (<region>)'...)" % (title_line, title))
        return None  # another table of the page (Table 1: items and constraints)
    _, _, indexed = _columns(number, header)  # in the text form the cells come in header order
    columns = [c for _, c in indexed]
    n = len(columns)
    rows: List[VendorRow] = []
    category = None
    while i < len(lines):
        line_no, text = lines[i]
        cells: List[str] = []
        j = i + 1
        while j < len(lines) and len(cells) < n and _is_cell(lines[j][1]):
            cells.append(lines[j][1])
            j += 1
        if _is_cell(text):
            raise VendorDocError("Table %d, line %d: limit cell %r where an API title was expected "
                                 "(a row with too many cells, or a truncated title)" % (number, line_no, text))
        if len(cells) == n:
            rows.append(_row(number, category, text, columns, cells, "Table %d, line %d" % (number, line_no)))
            i = j
        elif cells:
            raise VendorDocError("Table %d, line %d: row %r has %d of %d limit cells (truncated table, or a cell "
                                 "that is not a limit)" % (number, line_no, text, len(cells), n))
        elif j < len(lines) and _starts_row(lines, j, n):
            category = text  # a category line precedes its first row
            i += 1
        elif not rows:
            raise VendorDocError("Table %d, line %d: %r is followed by no limit cells (truncated table?)"
                                 % (number, line_no, text))
        else:
            break  # the text after the table (e.g. "Parent topic")
    return VendorTable(number, columns, rows)


def _starts_row(lines: List[Tuple[int, str]], j: int, n: int) -> bool:
    """lines[j] is a title followed by at least one limit cell."""
    return not _is_cell(lines[j][1]) and j + 1 < len(lines) and _is_cell(lines[j + 1][1])


# -- HTML -----------------------------------------------------------------------
class _Cell:
    def __init__(self, rowspan: int, colspan: int, header: bool):
        self.text: List[str] = []
        self.rowspan, self.colspan, self.header = rowspan, colspan, header


class _TableCollector(HTMLParser):
    """Tables as lists of rows of cells (with spans), their captions, the text before each table and
    the page's whole text."""

    _BLOCK = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "caption", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: List[dict] = []
        self._stack: List[dict] = []
        self._cell: Optional[_Cell] = None
        self._skip = 0
        self._in_caption = False
        self._in_thead = False
        self.text: List[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "table":
            self._stack.append({"rows": [], "caption": [], "before": "".join(self.text[-40:]), "thead": 0})
        elif not self._stack:
            pass
        elif tag == "caption":
            self._in_caption = True
        elif tag == "thead":
            self._in_thead = True
        elif tag == "tr":
            self._stack[-1]["rows"].append([])
            if self._in_thead:
                self._stack[-1]["thead"] += 1
        elif tag in ("td", "th"):
            self._cell = _Cell(_span(a.get("rowspan")), _span(a.get("colspan")), tag == "th")
            if not self._stack[-1]["rows"]:
                self._stack[-1]["rows"].append([])
            self._stack[-1]["rows"][-1].append(self._cell)
        if tag in self._BLOCK:
            self._add(" \n ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "table" and self._stack:
            self.tables.append(self._stack.pop())
        elif tag == "caption":
            self._in_caption = False
        elif tag == "thead":
            self._in_thead = False
        elif tag in ("td", "th"):
            self._cell = None
        if tag in self._BLOCK or tag in ("td", "th"):
            self._add(" \n ")

    def handle_data(self, data):
        if not self._skip:
            self._add(data)

    def _add(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.text.append(data)
        elif self._in_caption and self._stack:
            self._stack[-1]["caption"].append(data)


def _span(value) -> int:
    try:
        return max(1, min(int(value), 1000))
    except (TypeError, ValueError):
        return 1


def _grid(rows: List[List[_Cell]]) -> List[List[Tuple[str, bool]]]:
    """Rows of (text, is_header) with row and column spans expanded."""
    grid: List[List[Tuple[str, bool]]] = []
    pending: Dict[int, Tuple[int, Tuple[str, bool]]] = {}  # column -> (rows left, cell)
    for cells in rows:
        out: List[Tuple[str, bool]] = []
        queue = list(cells)
        col = 0
        while queue or any(c >= col for c in pending):
            if col in pending:
                left, value = pending[col]
                out.append(value)
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = (left - 1, value)
                col += 1
                continue
            if not queue:
                col += 1
                continue
            cell = queue.pop(0)
            value = (" ".join("".join(cell.text).split()), cell.header)
            for _ in range(cell.colspan):
                out.append(value)
                if cell.rowspan > 1:
                    pending[col] = (cell.rowspan - 1, value)
                col += 1
        grid.append(out)
    return grid


def _parse_html(text: str) -> VendorDocument:
    collector = _TableCollector()
    collector.feed(text)
    collector.close()
    page_text = " ".join("".join(collector.text).split())
    m = _DATE.search(page_text)
    tables = []
    for index, raw in enumerate(collector.tables, 1):
        caption = " ".join("".join(raw["caption"]).split())
        before = [ln.strip() for ln in raw["before"].splitlines() if ln.strip()]
        title = caption or (before[-1] if before else "")
        tm = _TABLE_TITLE.match(title)
        number = int(tm.group(1)) if tm else index
        grid = [r for r in _grid(raw["rows"]) if any(t for t, _ in r)]
        if not grid:
            continue
        n_head = raw["thead"] or max(1, next((i for i, r in enumerate(grid) if not all(h for _, h in r)), 1))
        head_rows, body = grid[:n_head], grid[n_head:]
        header = []
        for col in range(max(len(r) for r in head_rows)):
            parts: List[str] = []
            for r in head_rows:
                if col < len(r) and r[col][0] and r[col][0] not in parts:
                    parts.append(r[col][0])
            header.append(" ".join(parts))
        if "api" not in [" ".join(h.split()).lower() for h in header]:
            if "throttling" in title.lower():
                raise VendorDocError("%r has no recognisable header (expected 'API Category', 'API', "
                                     "'Single Tenant (<region>)'...)" % title)
            continue
        cat_col, api_col, indexed = _columns(number, header)
        rows = []
        for k, cells in enumerate(body, n_head + 1):
            where = "Table %d, HTML row %d" % (number, k)
            api = cells[api_col][0] if api_col < len(cells) else ""
            if not api:
                raise VendorDocError("%s: no API title (truncated table?)" % where)
            if len(cells) < len(header):
                raise VendorDocError("%s: row %r has %d of %d cells (truncated table?)"
                                     % (where, api, len(cells), len(header)))
            category = cells[cat_col][0] if cat_col is not None and cells[cat_col][0] else None
            rows.append(_row(number, category, api, [c for _, c in indexed], [cells[i][0] for i, _ in indexed],
                             where))
        tables.append(VendorTable(number, [c for _, c in indexed], rows))
    return _check_tables(tables, m.group(1) if m else None)
