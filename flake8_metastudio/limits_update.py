"""``metastudio-lint limits update``: compare the vendor's current "Constraints
on APIs" page with the bundled limits table and write what differs as an
override file (the limits-file schema of ``limits.py``).

* Reading: ``vendor_doc`` (a file, HTML or browser text, or an http(s) URL).
* Titles: the bundled row with the same title; else the one whose title has
  the same normalised words (case, punctuation, articles and prepositions,
  plural and -ing forms, "Modifying"/"Updating"...), reported with the match;
  a title matching no bundled row is a new API, given the SDK method whose
  name spells it (from the SDK catalog) when exactly one does; otherwise it is
  written commented out (a new API needs ``sdk_method`` and ``http`` to be
  used; the user adds them and uncomments it) and listed as unmapped.
* Regions: a column's display name is looked up in the bundled table's
  ``regions:``, then in ``data/huaweicloud-regions.yaml``; ``--region-id
  NAME=ID`` names any other (else an id is derived from the name and reported).
* Removal: a bundled row of a table the document has, that the document no
  longer lists, is written as ``removed: true``.
"""
import datetime
import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from flake8_metastudio import resources
from flake8_metastudio.limits import ApiRow, LimitsTable
from flake8_metastudio.vendor_doc import VendorDocError, VendorDocument, VendorRow, parse, read_source

# -- titles ----------------------------------------------------------------------
_STOP = {"a", "an", "the", "of", "for", "to", "in", "on", "by", "with", "from", "at"}
_SYNONYMS = {"modify": "updat", "remov": "delet", "get": "query", "retriev": "query"}
_GENERIC = {"task", "job", "detail", "information", "info"}  # words SDK method names often leave out
# first word of a title (stemmed) -> prefixes of the SDK methods that do it
_VERBS = {
    "creat": ("create", "batch_create"), "add": ("create",), "query": ("list", "show"), "view": ("show", "list"),
    "obtain": ("show", "list"), "updat": ("update",), "delet": ("delete", "batch_delete"),
    "start": ("start",), "stop": ("stop",), "end": ("stop",), "cancel": ("cancel",), "confirm": ("confirm",),
    "set": ("set", "update"), "configur": ("set", "create"), "download": ("download",), "upload": ("create",),
    "export": ("export",), "import": ("import",), "submitt": ("commit",), "submit": ("commit",),
    "check": ("check",), "validat": ("validate",), "transfer": ("transfer",), "sign": ("sign",),
}


def _stem(word: str) -> str:
    w = word.lower()
    if len(w) <= 3:
        return w
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "aeiouls":
            w = w[:-1]  # setting -> set
    elif w.endswith(("sses", "xes", "ches", "shes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us")):
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]  # create/creating -> creat
    return _SYNONYMS.get(w, w)


def title_words(title: str) -> List[str]:
    """Normalised words of an API title: 'Querying the Assets' -> ['query', 'asset']."""
    text = re.sub(r"'s\b", "", title.lower())
    words = re.findall(r"[a-z0-9]+", text)
    return [_stem(w) for w in words if w not in _STOP]


@dataclass
class TitleMatch:
    row: Optional[ApiRow]  # the bundled row, or None for a new API
    how: str  # "exact", "normalised words", "normalised words, any order", or for new APIs "SDK method name"
    sdk_method: Optional[str] = None
    http: Optional[str] = None
    candidates: List[str] = field(default_factory=list)  # when unmapped because ambiguous


def match_titles(vendor_rows: List[VendorRow], bundled: List[ApiRow], catalog) -> List[TitleMatch]:
    """One TitleMatch per vendor row, in order; a bundled row is matched at most once."""
    by_title = {r.api: r for r in bundled}
    matches: List[Optional[TitleMatch]] = [None] * len(vendor_rows)
    taken = set()
    for i, v in enumerate(vendor_rows):
        row = by_title.get(v.api)
        if row is not None and id(row) not in taken:
            matches[i] = TitleMatch(row, "exact")
            taken.add(id(row))
    for how, key in (("normalised words", lambda t: tuple(title_words(t))),
                     ("normalised words, any order", lambda t: tuple(sorted(title_words(t))))):
        index: Dict[tuple, List[ApiRow]] = {}
        for r in bundled:
            if id(r) not in taken:
                index.setdefault(key(r.api), []).append(r)
        wanted: Dict[tuple, List[int]] = {}
        for i, v in enumerate(vendor_rows):
            if matches[i] is None:
                wanted.setdefault(key(v.api), []).append(i)
        for k, positions in wanted.items():
            rows = index.get(k, [])
            if len(rows) == 1 and len(positions) == 1:  # only an unambiguous match is made
                matches[positions[0]] = TitleMatch(rows[0], how)
                taken.add(id(rows[0]))
    used = {r.sdk_method for r in bundled if r.sdk_method}
    for i, v in enumerate(vendor_rows):
        if matches[i] is None:
            found = _methods_named_like(v.api, catalog, used)
            if len(found) == 1:
                method = catalog.methods[found[0]]
                matches[i] = TitleMatch(None, "SDK method name", method.name, method.http)
                used.add(method.name)
            else:
                matches[i] = TitleMatch(None, "unmapped", candidates=found)
    return [m for m in matches if m is not None]


def _methods_named_like(title: str, catalog, used) -> List[str]:
    """SDK methods (not already in the table) whose name spells the title: 'Creating a Photo Detection
    Task' -> create_photo_detection."""
    words = title_words(title)
    if not words or words[0] not in _VERBS:
        return []
    nouns = set(words[1:])
    found = []
    for name in catalog.methods:
        if name in used:
            continue
        for prefix in _VERBS[words[0]]:
            if name.startswith(prefix + "_"):
                rest = {_stem(w) for w in name[len(prefix) + 1:].split("_") if w}
                if rest and (rest == nouns or rest == nouns - _GENERIC):
                    found.append(name)
                    break
    if words[0] == "query" and len(found) == 2:
        # "Querying X Details" is show_x, "Querying Xs" is list_x (the vendor's own titles do this)
        raw = re.findall(r"[a-z0-9]+", title.lower())
        pick = "show_" if "detail" in words else ("list_" if raw[-1].endswith("s") else None)
        chosen = [n for n in found if pick and n.startswith(pick)]
        if len(chosen) == 1 and {n.split("_", 1)[1] for n in found} == {chosen[0].split("_", 1)[1]}:
            return chosen
    return sorted(found)


# -- regions -----------------------------------------------------------------------
def _name_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def known_region_names() -> Dict[str, str]:
    """Huawei Cloud region display name -> id, from data/huaweicloud-regions.yaml."""
    import yaml

    with open(resources.data_path("huaweicloud-regions.yaml"), encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    return {name: rid for rid, name in doc["regions"].items()}


def parse_region_ids(values: List[str]) -> Dict[str, str]:
    """--region-id 'CN South-Guangzhou=cn-south-1' (repeatable) -> {display name: id}."""
    from flake8_metastudio.limits import _REGION_ID

    out = {}
    for value in values:
        name, sep, rid = value.rpartition("=")
        if not sep or not name.strip() or not _REGION_ID.match(rid.strip()):
            raise VendorDocError("--region-id: invalid value %r: expected 'DISPLAY NAME=region-id', e.g. "
                                 "'CN South-Guangzhou=cn-south-1'" % value)
        out[name.strip()] = rid.strip()
    return out


def region_ids(names: List[str], table: LimitsTable, given: Dict[str, str]) -> Dict[str, Tuple[str, str]]:
    """Display name -> (id, how it was found)."""
    sources = [("--region-id", given), ("bundled table", {n: r for r, n in table.regions.items()}),
               ("Huawei Cloud region list", known_region_names())]
    out = {}
    for name in names:
        for how, mapping in sources:
            by_key = {_name_key(n): r for n, r in mapping.items()}
            if _name_key(name) in by_key:
                out[name] = (by_key[_name_key(name)], how)
                break
        else:
            derived = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            if not re.match(r"^[a-z]{2,}(-[a-z0-9]+)+$", derived):
                derived = "region-" + (derived or "unnamed")
            out[name] = (derived, "derived from the name: check it, or pass --region-id '%s=<id>'" % name)
    ids = [rid for rid, _ in out.values()]
    clash = sorted({r for r in ids if ids.count(r) > 1})
    if clash:
        raise VendorDocError("region columns %s map to the same id %s; name them with --region-id"
                             % (", ".join(repr(n) for n, (r, _) in out.items() if r in clash), ", ".join(clash)))
    return out


# -- the difference ------------------------------------------------------------------
@dataclass
class Change:
    row: ApiRow
    where: str  # a region id, "every region" or "system-wide"
    old: Optional[float]
    new: Optional[float]


@dataclass
class Update:
    source: str
    updated: Optional[str]
    bundled_updated: Optional[str]
    tables: List[int]
    regions: Dict[str, Tuple[str, str]]  # display name -> (id, how)
    regions_added: List[str] = field(default_factory=list)  # ids
    regions_absent: List[str] = field(default_factory=list)  # bundled ids the document has no column for
    tables_absent: List[int] = field(default_factory=list)
    changed: List[Change] = field(default_factory=list)
    reworded: List[Tuple[VendorRow, ApiRow, str]] = field(default_factory=list)
    added: List[Tuple[VendorRow, TitleMatch]] = field(default_factory=list)
    removed: List[ApiRow] = field(default_factory=list)
    entries: List[dict] = field(default_factory=list)  # the override file's apis, in document order
    rows: int = 0

    @property
    def unmapped(self) -> List[Tuple[VendorRow, TitleMatch]]:
        return [(v, m) for v, m in self.added if m.sdk_method is None]

    @property
    def differs(self) -> bool:
        return bool(self.entries or self.regions_added)


def compare(doc: VendorDocument, table: LimitsTable, catalog, source: str,
            given_regions: Optional[Dict[str, str]] = None) -> Update:
    """What the document changes in ``table`` (the bundled table)."""
    regions = region_ids(doc.region_names, table, given_regions or {})
    upd = Update(source=source, updated=doc.updated, bundled_updated=table.source.get("updated"),
                 tables=[t.number for t in doc.tables], regions=regions, rows=len(doc.rows))
    doc_ids = [rid for rid, _ in regions.values()]
    upd.regions_added = [rid for rid in doc_ids if rid not in table.regions]
    if any(t.region_names for t in doc.tables):
        upd.regions_absent = [rid for rid in table.regions if rid not in doc_ids]
    matches = match_titles(doc.rows, table.rows, catalog)
    for v, m in zip(doc.rows, matches):
        new_regional = {regions[name][0]: value for name, value in v.regional.items()}
        if m.row is None:
            upd.added.append((v, m))
            upd.entries.append(_new_entry(v, m, new_regional))
            continue
        entry = _changes(v, m.row, new_regional, table, upd)
        if m.how != "exact":
            upd.reworded.append((v, m.row, m.how))
            entry["api"] = v.api
        if len(entry) > 1:
            upd.entries.append(entry)
    matched = {id(m.row) for m in matches if m.row is not None}
    doc_tables = set(upd.tables)
    upd.tables_absent = sorted({r.table for r in table.rows if r.table and r.table not in doc_tables})
    for row in table.rows:
        if id(row) not in matched and (row.table in doc_tables or row.table is None):
            upd.removed.append(row)
            upd.entries.append({"sdk_method": row.sdk_method, "api": row.api, "removed": True}
                               if row.sdk_method else {"api": row.api, "removed": True})
    return upd


def _changes(v: VendorRow, row: ApiRow, new_regional: Dict[str, Optional[int]], table: LimitsTable,
             upd: Update) -> dict:
    """The override entry for a bundled row (only its sdk_method when nothing changed)."""
    entry: dict = {"sdk_method": row.sdk_method} if row.sdk_method else {"api": row.api}
    limits: Dict[str, Optional[int]] = {}
    for rid, new in new_regional.items():
        if rid not in table.regions:
            limits[rid] = new  # a new region column: reported once as a region added
            continue
        old = row.limit_in(rid).per_second
        if old != new:
            upd.changed.append(Change(row, rid, old, new))
            limits[rid] = new
    if not v.regional:  # a table without region columns (Table 3) states every region at once
        if v.single_tenant != row.every_region:
            upd.changed.append(Change(row, "every region", row.every_region, v.single_tenant))
            if v.single_tenant is not None:
                entry["every_region"] = v.single_tenant
            # the bundled row states each region too: those figures change with it
            limits.update({rid: v.single_tenant for rid in row.limits if rid not in new_regional})
    if v.system_wide is not None and v.system_wide != row.system_wide:
        upd.changed.append(Change(row, "system-wide", row.system_wide, v.system_wide))
        entry["system_wide"] = v.system_wide
    if limits:
        entry["limits"] = limits
    return entry


def _new_entry(v: VendorRow, m: TitleMatch, new_regional: Dict[str, Optional[int]]) -> dict:
    entry: dict = {"api": v.api, "category": v.category}
    if m.sdk_method:
        entry["sdk_method"] = m.sdk_method
        entry["http"] = m.http
    entry["table"] = v.table if v.table in (2, 3) else None
    if entry["table"] is None:
        del entry["table"]
    entry["limits"] = dict(new_regional)
    if v.single_tenant is not None:
        entry["every_region"] = v.single_tenant
    if v.system_wide is not None:
        entry["system_wide"] = v.system_wide
    return entry


# -- writing ---------------------------------------------------------------------------
def override_yaml(upd: Update, table: LimitsTable) -> str:
    """The override file: only what differs, in the limits-file schema."""
    import yaml

    header: dict = {"schema_version": 1,
                    "source": {"document": table.source.get("document"), "updated": upd.updated}}
    if not upd.updated:
        del header["source"]["updated"]
    new_regions = {rid: name for name, (rid, _) in upd.regions.items() if rid in upd.regions_added}
    if new_regions:
        header["regions"] = new_regions
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = ["# Generated by `metastudio-lint limits update` on %s from %s" % (stamp, upd.source),
           "# (vendor document dated %s; bundled table %s). Holds only what differs from the bundled table;"
           % (upd.updated or "unknown", upd.bundled_updated or "?"),
           "# use it with --metastudio-limits-file. `removed: true` deletes a row.",
           yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=200).rstrip()]
    loadable = [e for e in upd.entries if "removed" in e or "sdk_method" in e or "http" in e]
    out.append("apis:" if loadable else "apis: []")
    for entry in upd.entries:
        text = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=200).rstrip()
        if entry not in loadable:
            # A new API needs api, http and limits to be loaded; the user
            # completes and uncomments it rather than the loader guessing.
            out.append("# unmapped: no SDK method found for this title; add sdk_method and http, then "
                       "uncomment it so the linter can use it")
            text = "\n".join("# " + line for line in text.splitlines())
        out.append(text)
    return "\n".join(out) + "\n"


def _fmt(value) -> str:
    if value is None:
        return "-"
    return str(int(value)) if float(value).is_integer() else str(value)


def _label(row: ApiRow) -> str:
    return '%s ("%s")' % (row.sdk_method or row.http or "-", row.api)


def render_difference(upd: Update) -> str:
    lines = ["Vendor document dated %s (bundled table: %s), read from %s: %d rows in Table%s %s."
             % (upd.updated or "unknown (no 'Updated on' line)", upd.bundled_updated or "?", upd.source, upd.rows,
                "s" if len(upd.tables) > 1 else "", ", ".join(map(str, upd.tables)))]
    if upd.regions:
        lines.append("Region columns: " + ", ".join("%s = %s" % (n, r) for n, (r, _) in upd.regions.items()))
    if upd.regions_added:
        lines.append("Regions added:")
        for name, (rid, how) in upd.regions.items():
            if rid in upd.regions_added:
                lines.append("  %s (%s; id from %s)" % (rid, name, how))
    if upd.changed:
        lines.append("Limits changed (calls per second, old -> new):")
        for c in upd.changed:
            lines.append("  %s: %s %s -> %s" % (_label(c.row), c.where, _fmt(c.old), _fmt(c.new)))
    mapped = [(v, m) for v, m in upd.added if m.sdk_method]
    if mapped:
        lines.append("Rows added:")
        for v, m in mapped:
            lines.append('  %s ("%s", %s): %s [SDK method matched by its name]'
                         % (m.sdk_method, v.api, m.http, _limits_text(v, upd)))
    if upd.removed:
        lines.append("Rows removed:")
        lines.extend("  " + _label(r) for r in upd.removed)
    if upd.reworded:
        lines.append("Titles matched by normalised words:")
        lines.extend('  "%s" -> %s [%s]' % (v.api, _label(r), how) for v, r, how in upd.reworded)
    if upd.unmapped:
        lines.append("Rows added whose title maps to no SDK method (written commented out: add sdk_method and http, then uncomment):")
        for v, m in upd.unmapped:
            extra = "; candidates: %s" % ", ".join(m.candidates) if m.candidates else ""
            lines.append('  "%s" (Table %d, %s): %s%s'
                         % (v.api, v.table, v.category or "no category", _limits_text(v, upd), extra))
    if upd.regions_absent:
        lines.append("Regions the document has no column for (bundled limits kept): " + ", ".join(upd.regions_absent))
    if upd.tables_absent:
        lines.append("Tables not in the document (their bundled rows kept): "
                     + ", ".join("Table %d" % t for t in upd.tables_absent))
    if not upd.differs:
        lines.append("No difference from the bundled table.")
    return "\n".join(lines) + "\n"


def _limits_text(v: VendorRow, upd: Update) -> str:
    parts = ["%s %s" % (upd.regions[n][0], _fmt(x)) for n, x in v.regional.items()]
    if v.single_tenant is not None:
        parts.append("every region %s" % _fmt(v.single_tenant))
    if v.system_wide is not None:
        parts.append("system-wide %s" % _fmt(v.system_wide))
    return ", ".join(parts)


def run(source: str, table: LimitsTable, catalog, given_regions: Optional[Dict[str, str]] = None) -> Update:
    """Read SOURCE and compare it with the bundled ``table``."""
    text = read_source(source)
    doc = parse(text)
    shown = source if re.match(r"^https?://", source, re.I) else os.path.relpath(source)
    return compare(doc, table, catalog, shown, given_regions)
