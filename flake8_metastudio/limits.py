"""The limits table: the vendor's per-API, per-region throttling limits.

The bundled table (``data/metastudio-limits.yaml``, dated, generated from the
vendor document by ``tools/build_limits.py``) can be extended or overridden by
a user file of the same schema (``--metastudio-limits-file``; a row there
with ``removed: true`` deletes the API from the table).  Both are
validated on load; problems are reported as ``LimitsFileError``, one line
"FILE:LINE: problem", never as a traceback.

A file cannot lie: it is read with a size cap and refused if it is not a
regular file (``userinput``), parsed without duplicate keys or alias bombs
(``strict_yaml``), and checked for exact types (``schema_version`` is the
integer 1, not ``true`` or ``1.0``; a limit is a number > 0, ``1.0`` meaning
1 call/s), known keys, regions that are bundled or declared under
``regions:``, rows that name a bundled API or bring ``api``, ``http`` and
``limits``, and no two rows for one API.
"""
import datetime
import os
import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, NoReturn, Optional, Tuple

from flake8_metastudio import resources, userinput
from flake8_metastudio.formatting import plain_number
from flake8_metastudio.suggest import closest
from flake8_metastudio.userinput import quote

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 4 << 20  # the bundled table is 40 KB
MAX_LIMIT = 1000000  # calls per second; the vendor's largest is 100
MAX_TEXT = 200  # characters in a name, title or route
_TOP_KEYS = {"schema_version", "source", "sdk", "regions", "apis"}
_ROW_KEYS = {"api", "category", "sdk_method", "http", "table", "limits", "every_region", "system_wide",
             "removed"}
# fullmatch everywhere: "$" would also match before a trailing newline
_REGION_ID = re.compile(r"[a-z]{2,}(?:-[a-z0-9]+)+")
_HTTP = re.compile(r"(?:GET|POST|PUT|DELETE|PATCH|HEAD) /[!-~]*")
_METHOD = re.compile(r"[a-z_][a-z0-9_]*")


class LimitsFileError(Exception):
    """A limits file that cannot be used; str() is one line naming the file."""


@dataclass(frozen=True)
class Limit:
    """What the vendor table says about one API in one region: offered with
    ``per_second`` calls per second, not offered (a "-" cell), or no
    published limit (the table does not know the region or the API)."""
    OFFERED = "offered"
    NOT_OFFERED = "not offered"
    UNPUBLISHED = "no published limit"

    status: str
    per_second: Optional[float] = None

    @classmethod
    def offered(cls, per_second: float) -> "Limit":
        return cls(cls.OFFERED, per_second)

    @classmethod
    def not_offered(cls) -> "Limit":
        return cls(cls.NOT_OFFERED)

    @classmethod
    def unpublished(cls) -> "Limit":
        return cls(cls.UNPUBLISHED)

    @property
    def is_offered(self) -> bool:
        return self.status == self.OFFERED

    @property
    def is_not_offered(self) -> bool:
        return self.status == self.NOT_OFFERED


@dataclass
class ApiRow:
    api: str
    category: Optional[str]
    sdk_method: Optional[str]
    http: Optional[str]
    limits: Dict[str, Optional[float]]
    table: Optional[int] = None
    every_region: Optional[float] = None
    system_wide: Optional[float] = None
    origin: str = "bundled"
    # which file set each region's limit ("*": every_region), when not the row's origin
    limit_origins: Dict[str, str] = field(default_factory=dict)

    def limit_origin(self, region: str) -> str:
        """"bundled" or "override": where the limit applied in ``region`` came from."""
        return self.limit_origins.get(region if region in self.limits else "*", self.origin)

    def limit_in(self, region: str) -> Limit:
        """The limit of this API in ``region``."""
        if region in self.limits:
            value = self.limits[region]
            return Limit.not_offered() if value is None else Limit.offered(value)
        if self.every_region is not None:
            return Limit.offered(self.every_region)
        return Limit.unpublished()

    def offered_in(self) -> List[str]:
        return [r for r, v in self.limits.items() if v is not None]

    def as_json(self, regions: List[str]) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "api": self.api,
            "category": self.category,
            "sdk_method": self.sdk_method,
            "http": self.http,
            "limits": {r: plain_number(self.limit_in(r).per_second) for r in regions},
        }
        if self.table is not None:
            out["table"] = self.table
        if self.system_wide is not None:
            out["system_wide"] = plain_number(self.system_wide)
        out["origin"] = self.origin
        return out


@dataclass
class LimitsTable:
    regions: Dict[str, str]
    rows: List[ApiRow]
    source: Dict[str, str] = field(default_factory=dict)
    sdk: Dict[str, str] = field(default_factory=dict)
    overrides: List[Dict[str, Optional[str]]] = field(default_factory=list)  # [{"path", "updated"}]

    def provenance(self) -> dict:
        """Which table the limits come from: the bundled document's date and the override files."""
        return {"document": self.source.get("document"), "updated": self.source.get("updated"),
                "sdk_version": self.sdk.get("version"), "overrides": [dict(o) for o in self.overrides]}

    def __post_init__(self) -> None:
        self._by_method = {r.sdk_method: r for r in self.rows if r.sdk_method}

    @property
    def region_ids(self) -> List[str]:
        seen = dict.fromkeys(self.regions)
        for row in self.rows:
            seen.update(dict.fromkeys(row.limits))
        return list(seen)

    def row_for_method(self, method: str) -> Optional[ApiRow]:
        return self._by_method.get(method)

    def rows_by_http(self) -> List[ApiRow]:
        return [r for r in self.rows if r.http]


def _fail(path: str, line: Optional[int], message: str) -> NoReturn:
    raise LimitsFileError(userinput.located(path, line, message))


def _load_yaml(path: str) -> Any:
    try:
        text = userinput.read_text(path, MAX_FILE_BYTES)
    except userinput.UserInputError as exc:
        raise LimitsFileError(str(exc))
    try:
        from flake8_metastudio import strict_yaml  # deferred: pyyaml is imported only to read a table

        return strict_yaml.load(text)
    except strict_yaml.StrictYamlError as exc:
        _fail(path, exc.line, exc.problem)


# Lines come from strict_yaml's Marked/MarkedList; a plain dict or list (a
# document built in Python) has none, and errors then name the file only.
def _lines(mapping, key, default):
    """The line of ``mapping[key]``'s value."""
    return getattr(mapping, "value_lines", {}).get(key, default)


def _key_line(mapping, key, default):
    return getattr(mapping, "key_lines", {}).get(key, default)


def _suggest(value, choices) -> str:
    close = closest(value, choices)
    return " (did you mean %s?)" % quote(close) if close else ""


def _number(path, line, where, value, allow_null=True):
    """A limit: a finite number of calls per second, > 0 and <= MAX_LIMIT
    (``1.0`` is 1, fractions are fine); null means "not offered"."""
    if value is None and allow_null:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        _fail(path, line, "%s: expected calls per second%s, not %s"
              % (where, " or null (not offered)" if allow_null else "", quote(value)))
    if not value > 0:  # also NaN
        _fail(path, line, "%s: expected a number > 0%s, not %s"
              % (where, " (null: not offered)" if allow_null else "", quote(value)))
    if value > MAX_LIMIT:
        _fail(path, line, "%s: expected at most %d calls per second, not %s" % (where, MAX_LIMIT, quote(value)))
    return value


def _str(path, line, where, value, required=True):
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        _fail(path, line, "%s must be a non-empty string, not %s" % (where, quote(value)))
    if not value.isprintable() or len(value) > MAX_TEXT:
        _fail(path, line, "%s must be one printable line of at most %d characters, not %s"
              % (where, MAX_TEXT, quote(value)))
    return value


def _mapping(path, line, where, value):
    if value is None:
        return {}
    if not isinstance(value, dict):
        _fail(path, line, "%s must be a mapping, not %s" % (where, quote(value)))
    return value


def _unknown_keys(path, mapping, allowed, where):
    for key in mapping:
        if key not in allowed:
            line = _key_line(mapping, key, getattr(mapping, "line", None))
            hint = _suggest(key, allowed) or "; allowed: %s" % ", ".join(sorted(allowed))
            _fail(path, line, "unknown key %s %s%s" % (quote(key), where, hint))


@dataclass
class RawRow:
    """One validated ``apis`` entry of a file, with the lines to blame."""
    line: int
    fields: dict
    lines: Dict[str, int]


def parse_document(doc, path: str, require_header: bool,
                   known_regions: Iterable[str] = ()) -> Tuple[dict, List[RawRow]]:
    """Validate one limits document; return (header, rows).

    ``known_regions``: regions the rows may use besides those the document
    declares under ``regions:`` (the bundled ones, for an override file)."""
    if not isinstance(doc, dict):
        _fail(path, getattr(doc, "line", 1), "expected a mapping with schema_version and apis at the top, not %s"
              % quote(doc))
    top = getattr(doc, "line", None)
    _unknown_keys(path, doc, _TOP_KEYS, "at the top level")
    if "schema_version" not in doc:
        _fail(path, top, "schema_version: %d is missing" % SCHEMA_VERSION)
    version = doc["schema_version"]
    if type(version) is not int or version != SCHEMA_VERSION:  # true == 1 and 1.0 == 1 in Python
        _fail(path, _lines(doc, "schema_version", top), "schema_version must be the integer %d, not %s"
              % (SCHEMA_VERSION, quote(version)))
    header = {}
    for key in ("source", "sdk"):
        section = _mapping(path, _lines(doc, key, top), key, doc.get(key))
        for name, value in section.items():
            line = _lines(section, name, _lines(doc, key, top))
            if isinstance(value, bool) or not isinstance(value, (str, int, float, datetime.date)):
                _fail(path, line, "%s.%s must be a string, not %s" % (key, quote(name), quote(value)))
            _str(path, line, "%s.%s" % (key, quote(name)), str(value))
        header[key] = {str(k): str(v) for k, v in section.items()}
    regions = _mapping(path, _lines(doc, "regions", top), "regions", doc.get("regions"))
    for rid, name in regions.items():
        line = _key_line(regions, rid, top)
        if not isinstance(rid, str) or not _REGION_ID.fullmatch(rid):
            _fail(path, line, "region id %s is not of the form 'cn-north-4'" % quote(rid))
        _str(path, line, "the name of region %s" % rid, name)
    header["regions"] = dict(regions)
    if require_header:
        for key in ("source", "sdk", "regions"):
            if not doc.get(key):
                _fail(path, top, "%s is missing" % key)
    apis = doc.get("apis")
    if apis is None:
        apis = []
    if not isinstance(apis, list):
        _fail(path, _lines(doc, "apis", top), "apis must be a list of rows, not %s" % quote(apis))
    regions_ok = list(known_regions) + [r for r in regions if r not in known_regions]
    rows = []
    for i, raw in enumerate(apis):
        line = apis.lines[i] if hasattr(apis, "lines") else top
        rows.append(_parse_row(path, line, raw, regions_ok))
    return header, rows


def _parse_row(path, line, raw, regions_ok) -> RawRow:
    if not isinstance(raw, dict):
        _fail(path, line, "each apis entry must be a mapping, not %s" % quote(raw))
    _unknown_keys(path, raw, _ROW_KEYS, "in an apis row")
    at = {key: _lines(raw, key, line) for key in raw}
    row = {}
    if "api" in raw:
        row["api"] = _str(path, at["api"], "api", raw["api"])
    for key in ("category", "sdk_method"):
        if key in raw:
            row[key] = _str(path, at[key], key, raw[key], required=False)
    if row.get("sdk_method") is not None and not _METHOD.fullmatch(row["sdk_method"]):
        _fail(path, at["sdk_method"], "sdk_method %s is not a Python method name" % quote(row["sdk_method"]))
    if "http" in raw and raw["http"] is not None:
        http = _str(path, at["http"], "http", raw["http"])
        if not _HTTP.fullmatch(http):
            _fail(path, at["http"], "http must look like 'POST /v1/{project_id}/products', not %s" % quote(http))
        row["http"] = http
    if "table" in raw:
        if raw["table"] is not None and (type(raw["table"]) is not int or raw["table"] not in (2, 3)):
            _fail(path, at["table"], "table must be 2 or 3, not %s" % quote(raw["table"]))
        row["table"] = raw["table"]
    if "limits" in raw:
        limits = _mapping(path, at["limits"], "limits", raw["limits"])
        parsed = {}
        for rid, value in limits.items():
            key_line = _key_line(limits, rid, at["limits"])
            if not isinstance(rid, str) or not _REGION_ID.fullmatch(rid):
                _fail(path, key_line, "limits: region id %s is not of the form 'cn-north-4'" % quote(rid))
            if rid not in regions_ok:
                _fail(path, key_line, "limits: region %s is neither bundled nor declared under regions:%s"
                      % (quote(rid), _suggest(rid, regions_ok)))
            parsed[rid] = _number(path, _lines(limits, rid, key_line), "limits.%s" % rid, value)
        row["limits"] = parsed
    for key in ("every_region", "system_wide"):
        if key in raw:
            row[key] = _number(path, at[key], key, raw[key], allow_null=False)
    if "removed" in raw:
        if raw["removed"] is not True:
            _fail(path, at["removed"], "removed must be true (the API is no longer in the table), not %s"
                  % quote(raw["removed"]))
        row["removed"] = True
    if not (row.get("sdk_method") or row.get("api") or row.get("http")):
        _fail(path, line, "an apis row needs sdk_method, api or http to say which API it is")
    return RawRow(line=line, fields=row, lines=at)


_IDENTITY = ("sdk_method", "api", "http")


def _merge(table_rows: List[ApiRow], raw_rows: List[RawRow], path: str, origin: str) -> None:
    """Apply a file's rows to ``table_rows``: a row that names an existing API
    changes only what it gives; any other row is a new API and must say what
    it is (api, http) and its limits.  Two rows for one API are an error."""
    index = {key: {getattr(r, key): r for r in table_rows if getattr(r, key)} for key in _IDENTITY}
    used: Dict[int, int] = {}  # id(target row) -> line of the row of this file that named it
    for raw in raw_rows:
        fields = raw.fields
        named = [(key, fields[key]) for key in _IDENTITY if fields.get(key)]
        hits = [(key, value, index[key].get(value)) for key, value in named]
        targets = {id(t): t for _, _, t in hits if t is not None}
        if len(targets) > 1:
            (k1, v1, t1), (k2, v2, _) = [h for h in hits if h[2] is not None][:2]
            _fail(path, raw.lines.get(k2, raw.line), "%s %s and %s %s name two different APIs"
                  % (k1, quote(v1), k2, quote(v2)))
        target = next(iter(targets.values()), None)
        if fields.get("removed"):
            if target is None:
                key, value = named[0]
                _fail(path, raw.lines.get("removed", raw.line), "%s %s is marked removed but is not in the table"
                      % (key, quote(value)))
            table_rows.remove(target)
            for by_key in index.values():
                for k in [k for k, v in by_key.items() if v is target]:
                    del by_key[k]
            continue
        if target is None:
            missing = [key for key in ("api", "http") if not fields.get(key)]
            if not ("limits" in fields and fields["limits"]) and "every_region" not in fields:
                missing.append("limits")
            if missing:
                key, value = named[0]
                known = [getattr(r, key) for r in table_rows]
                _fail(path, raw.lines.get(key, raw.line), "%s %s matches no bundled row%s; a new API needs %s"
                      % (key, quote(value), _suggest(value, known), ", ".join(missing)))
            target = ApiRow(api=fields["api"], category=fields.get("category"), sdk_method=fields.get("sdk_method"),
                            http=fields["http"], limits={}, origin=origin)
            table_rows.append(target)
        elif target.origin != origin:
            # the regions this file does not give keep the origin they had
            for rid in list(target.limits) + ["*"]:
                target.limit_origins.setdefault(rid, target.origin)
            target.origin = origin
        if id(target) in used:
            _fail(path, raw.line, "duplicate row: the row on line %d already gives %s"
                  % (used[id(target)], quote(target.sdk_method or target.api)))
        used[id(target)] = raw.line
        for key in ("api", "category", "sdk_method", "http", "table", "every_region", "system_wide"):
            if key in fields:
                setattr(target, key, fields[key])
        target.limits.update(fields.get("limits", {}))
        if target.limit_origins:
            target.limit_origins.update(dict.fromkeys(fields.get("limits", {}), origin))
            if "every_region" in fields:
                target.limit_origins["*"] = origin
        for key in _IDENTITY:
            if getattr(target, key):
                index[key][getattr(target, key)] = target


_CACHE: Dict[Tuple, LimitsTable] = {}


def load(override: Optional[str] = None) -> LimitsTable:
    """The bundled table, merged with ``override`` (a path) when given."""
    if override is not None and not override.strip():  # "given but empty" must not mean "the bundled table"
        raise LimitsFileError("empty value: expected the path of a YAML limits file")
    try:
        info = os.stat(override) if override else None
        key: Tuple = (override, info.st_mtime_ns, info.st_size, info.st_ino) if info else (None,)
    except OSError:
        key = (override, None)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    bundled_path = resources.data_path("metastudio-limits.yaml")
    from flake8_metastudio import compiled

    document = compiled.document("metastudio-limits.yaml")  # its JSON copy: no YAML parse per process
    header, raw_rows = parse_document(document if document is not None else _load_yaml(bundled_path),
                                      bundled_path, require_header=True)
    rows: List[ApiRow] = []
    _merge(rows, raw_rows, bundled_path, "bundled")
    regions = dict(header["regions"])
    source, sdk = dict(header["source"]), dict(header["sdk"])
    if override:
        o_header, o_rows = parse_document(_load_yaml(override), override, require_header=False,
                                          known_regions=regions)
        regions.update(o_header["regions"])
        _merge(rows, o_rows, override, "override")
        source["override"] = override
    overrides = []
    if override:
        o_source = o_header["source"] if isinstance(o_header["source"], dict) else {}
        overrides.append({"path": override, "updated": str(o_source["updated"]) if o_source.get("updated") else None})
    table = LimitsTable(regions=regions, rows=rows, source=source, sdk=sdk, overrides=overrides)
    _CACHE[key] = table
    return table
