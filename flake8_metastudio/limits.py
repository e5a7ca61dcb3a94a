"""The limits table: the vendor's per-API, per-region throttling limits.

The bundled table (``data/metastudio-limits.yaml``, dated, generated from the
vendor document by ``tools/build_limits.py``) can be extended or overridden by
a user file of the same schema (``--metastudio-limits-file``).  Both are
validated on load; problems are reported as ``LimitsFileError`` naming the
file and the problem, never as a traceback.
"""
import os
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, NoReturn, Optional, Tuple

from flake8_metastudio import resources
from flake8_metastudio.formatting import plain_number

SCHEMA_VERSION = 1
_TOP_KEYS = {"schema_version", "source", "sdk", "regions", "apis"}
_ROW_KEYS = {"api", "category", "sdk_method", "http", "table", "limits", "every_region", "system_wide"}
_REGION_ID = re.compile(r"^[a-z]{2,}(-[a-z0-9]+)+$")
_HTTP = re.compile(r"^(GET|POST|PUT|DELETE|PATCH|HEAD) (/\S*)$")


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


def _fail(path: str, message: str) -> NoReturn:
    raise LimitsFileError("%s: %s" % (path, message))


def _load_yaml(path: str) -> Any:
    import yaml  # deferred: flake8 runs that never lint MetaStudio code do not pay for it

    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        _fail(path, "file not found")
    except IsADirectoryError:
        _fail(path, "is a directory, not a YAML file")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(path, "cannot be read (%s)" % exc)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = " at line %d, column %d" % (mark.line + 1, mark.column + 1) if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        _fail(path, "YAML syntax error%s: %s" % (where, problem))


def _number(path: str, where: str, value: Any, allow_null: bool = True) -> Optional[float]:
    if value is None and allow_null:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        _fail(path, "%s must be a number of calls per second%s, got %r"
              % (where, " or null (not offered)" if allow_null else "", value))
    if value != value or value in (float("inf"),):
        _fail(path, "%s must be a finite number, got %r" % (where, value))
    if value < 0:
        _fail(path, "%s must not be negative, got %r" % (where, value))
    return value


def _str(path: str, where: str, value: Any, required: bool = True) -> Optional[str]:
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        _fail(path, "%s must be a non-empty string, got %r" % (where, value))
    return value


def parse_document(doc: Any, path: str, require_header: bool) -> Tuple[dict, List[dict]]:
    """Validate one limits document; return (header, raw rows)."""
    if not isinstance(doc, dict):
        _fail(path, "top level must be a mapping with keys %s" % ", ".join(sorted(_TOP_KEYS)))
    unknown = set(doc) - _TOP_KEYS
    if unknown:
        _fail(path, "unknown top-level key(s) %s; allowed: %s"
              % (", ".join(sorted(map(str, unknown))), ", ".join(sorted(_TOP_KEYS))))
    version = doc.get("schema_version")
    if version != SCHEMA_VERSION:
        _fail(path, "schema_version must be %d, got %r" % (SCHEMA_VERSION, version))
    regions = doc.get("regions") or {}
    if not isinstance(regions, dict):
        _fail(path, "regions must be a mapping of region id to display name")
    for rid, name in regions.items():
        if not isinstance(rid, str) or not _REGION_ID.match(rid):
            _fail(path, "region id %r is not of the form 'cn-north-4'" % (rid,))
        _str(path, "regions.%s" % rid, name)
    apis = doc.get("apis")
    if apis is None:
        apis = []
    if not isinstance(apis, list):
        _fail(path, "apis must be a list of rows")
    if require_header:
        for key in ("source", "sdk", "regions"):
            if not doc.get(key):
                _fail(path, "missing %s" % key)
    rows = []
    for i, raw in enumerate(apis):
        where = "apis[%d]" % i
        if not isinstance(raw, dict):
            _fail(path, "%s must be a mapping" % where)
        unknown = set(raw) - _ROW_KEYS
        if unknown:
            _fail(path, "%s: unknown key(s) %s; allowed: %s"
                  % (where, ", ".join(sorted(map(str, unknown))), ", ".join(sorted(_ROW_KEYS))))
        row: Dict[str, Any] = {}
        if "api" in raw:
            row["api"] = _str(path, where + ".api", raw["api"])
            where = "%s (%s)" % (where, raw["api"])
        for key in ("category", "sdk_method"):
            if key in raw:
                row[key] = _str(path, "%s.%s" % (where, key), raw[key], required=False)
        if raw.get("sdk_method") is not None and not re.match(r"^[a-z_][a-z0-9_]*$", raw["sdk_method"]):
            _fail(path, "%s.sdk_method %r is not a Python method name" % (where, raw["sdk_method"]))
        if "http" in raw and raw["http"] is not None:
            http = _str(path, where + ".http", raw["http"])
            if not _HTTP.match(http or ""):
                _fail(path, "%s.http must look like 'POST /v1/{project_id}/products', got %r" % (where, http))
            row["http"] = http
        if "table" in raw:
            if raw["table"] not in (2, 3, None):
                _fail(path, "%s.table must be 2 or 3, got %r" % (where, raw["table"]))
            row["table"] = raw["table"]
        if "limits" in raw:
            limits = raw["limits"]
            if not isinstance(limits, dict):
                _fail(path, "%s.limits must be a mapping of region id to calls per second" % where)
            parsed = {}
            for rid, value in limits.items():
                if not isinstance(rid, str) or not _REGION_ID.match(rid):
                    _fail(path, "%s.limits: region id %r is not of the form 'cn-north-4'" % (where, rid))
                parsed[rid] = _number(path, "%s.limits.%s" % (where, rid), value)
            row["limits"] = parsed
        for key in ("every_region", "system_wide"):
            if key in raw:
                row[key] = _number(path, "%s.%s" % (where, key), raw[key], allow_null=False)
        if not (row.get("sdk_method") or row.get("api") or row.get("http")):
            _fail(path, "%s needs sdk_method, api or http to say which API it is" % where)
        rows.append(row)
    header = {"regions": regions, "source": doc.get("source") or {}, "sdk": doc.get("sdk") or {}}
    return header, rows


def _merge(table_rows: List[ApiRow], raw_rows: List[dict], path: str, origin: str) -> None:
    by_method = {r.sdk_method: r for r in table_rows if r.sdk_method}
    by_api = {r.api: r for r in table_rows}
    by_http = {r.http: r for r in table_rows if r.http}
    for raw in raw_rows:
        target = (by_method.get(raw.get("sdk_method") or "") or by_api.get(raw.get("api") or "")
                  or by_http.get(raw.get("http") or ""))
        if target is None:
            if "limits" not in raw and "every_region" not in raw:
                _fail(path, "new API %r needs limits" % (raw.get("api") or raw.get("sdk_method")))
            target = ApiRow(api=str(raw.get("api") or raw.get("sdk_method") or raw.get("http")),
                            category=raw.get("category"), sdk_method=raw.get("sdk_method"),
                            http=raw.get("http"), limits={}, origin=origin)
            table_rows.append(target)
        else:
            target.origin = origin
        for key in ("api", "category", "sdk_method", "http", "table", "every_region", "system_wide"):
            if key in raw:
                setattr(target, key, raw[key])
        target.limits.update(raw.get("limits", {}))
        if target.sdk_method:
            by_method[target.sdk_method] = target
        by_api[target.api] = target
        if target.http:
            by_http[target.http] = target


_CACHE: Dict[Tuple, LimitsTable] = {}


def load(override: Optional[str] = None) -> LimitsTable:
    """The bundled table, merged with ``override`` (a path) when given."""
    key = (override, os.path.getmtime(override) if override and os.path.isfile(override) else None)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    bundled_path = resources.data_path("metastudio-limits.yaml")
    header, raw_rows = parse_document(_load_yaml(bundled_path), bundled_path, require_header=True)
    rows: List[ApiRow] = []
    _merge(rows, raw_rows, bundled_path, "bundled")
    regions = dict(header["regions"])
    source, sdk = dict(header["source"]), dict(header["sdk"])
    if override:
        o_header, o_rows = parse_document(_load_yaml(override), override, require_header=False)
        regions.update(o_header["regions"])
        _merge(rows, o_rows, override, "override")
        source["override"] = override
    table = LimitsTable(regions=regions, rows=rows, source=source, sdk=sdk)
    _CACHE[key] = table
    return table
