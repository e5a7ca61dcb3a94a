"""``metastudio-lint explain``: every SDK call site and how the linter judged
it, so users can check its reasoning and tune the options."""
import os
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from flake8_metastudio import engine
from flake8_metastudio.findings import shown_path
from flake8_metastudio.formatting import fmt_num, fmt_rate
from flake8_metastudio.output import text_table

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.options import Settings


def explain(source: str, settings: "Settings", path: Optional[str] = None) -> List[dict]:
    """One row per SDK call site reached from this file's code; with ``path``,
    as a file of its project: a call site in another module is shown at the
    call of this file that leads to it, with the chain across modules
    (``this file:line -> pkg.mod.f() -> other/module.py:line``) and where the
    region came from (file:line)."""
    return explain_document(source, settings, path)[0]


def explain_document(source: str, settings: "Settings",
                     path: Optional[str] = None) -> Tuple[List[dict], List[dict]]:
    """``explain``'s rows, and the project modules the analysis needed but
    could not analyse (``{"path", "reason"}``: too large, not compiling, not
    readable): what they define stays unknown, so a finding that depends on
    them cannot be made."""
    analysed = engine.analyze(source, settings, path=path)
    if analysed is None:
        return [], []
    facts = analysed[0]
    notes = [{"path": shown_path(p), "reason": why} for p, why in engine.not_followed(facts)]
    if path is not None:
        from flake8_metastudio.project import closure

        for far in closure.distant_importers(os.path.abspath(path), settings.source_roots):
            notes.append({"path": shown_path(far), "reason": (
                "imports this file through more than %d project modules that never mention MetaStudio: "
                "what its analysis would find here (a region it passes in, a retry here of a call it hands "
                "over) is not asked for" % (closure.CALLER_HOPS - 1))})
    return _explained_rows(analysed, settings, path), notes


def _explained_rows(analysed: "Tuple[Any, List[Any]]", settings: "Settings", path: Optional[str]) -> List[dict]:
    rows = _rows(analysed, settings)
    if path is not None:
        # what lint reports here from the analyses of the files importing this
        # one (an object passed in from there): the same call sites, one code path
        # (one whose region the code states replaces a row judged in --metastudio-region for want of
        # one, as lint prefers its finding: engine._one_per_slot)
        own = {(r["line"], r["column"], r["sdk_method"], r["reported_at_line"]): i for i, r in enumerate(rows)}
        here = os.path.abspath(path)
        for importer in engine.importer_analyses(here, settings):
            for r in _rows(importer, settings, here):
                key = (r["line"], r["column"], r["sdk_method"], r["reported_at_line"])
                if key not in own:
                    own[key] = len(rows)
                    rows.append(r)
                elif rows[own[key]]["region_from"] == engine.ASSUMED_REGION and r["region_from"] != engine.ASSUMED_REGION:
                    rows[own[key]] = r
    rows.sort(key=lambda r: (r["line"], r["column"], r["reported_at_line"]))
    return rows


def _rows(analysed: "Tuple[Any, List[Any]]", settings: "Settings", here: Optional[str] = None) -> List[dict]:
    """The call sites an analysis found in its own file, or with ``here``, those
    it found in that other file of the project (the importer's findings there)."""
    facts, findings = analysed
    linker = facts.linker
    if here is not None:
        if linker is None:
            return []
        findings = list(linker.exported.get(here, []))  # what that analysis found in ``here``, set aside for it

    def foreign(node: Any) -> bool:
        if here is None:
            return linker is not None and linker.is_foreign(node)
        place = linker.where(node) if linker is not None else None
        return place is None or place[0] != here

    def position(node: Any) -> Tuple[int, int]:
        if here is None:
            return facts.position(node)
        place = linker.where(node) if linker is not None else None
        return (place[1], place[2]) if place is not None else (0, 0)
    engine.plan_fixes(facts, findings)  # planned, not verified: `fix` verifies before it writes
    by_node: Dict[int, List[str]] = {}
    fixes: Dict[int, List[Any]] = {}
    for f in findings:
        by_node.setdefault(id(f.node), []).append(f.code)
        fixes.setdefault(id(f.node), []).append(f)
    rows, seen = [], set()
    for occ in facts.occs:
        row = facts.row(occ)
        result = facts.assess(occ)
        report = result.level.report if isinstance(result, engine.RateEstimate) else (
            occ.levels[0].report if occ.levels else occ.sdk_node)
        key = (id(occ.sdk_node), id(report), tuple(id(l.node) for l in occ.levels))
        if key in seen:
            continue
        seen.add(key)
        chain = None
        region_from = occ.region_from
        if linker is not None:
            if foreign(report):
                continue  # repeated in another module: that module's call site
            if foreign(occ.sdk_node):
                anchor = report if report is not occ.sdk_node else occ.top
                if foreign(anchor):
                    continue
                line, col = position(anchor)
                via = linker.path_to(anchor) if here is None else None
                shown_here = linker.this_file if here is None else linker.shown(anchor).rsplit(":", 1)[0]
                chain = " -> ".join(["%s:%d" % (shown_here, line)] + (["%s()" % via] if via else [])
                                    + [linker.shown(occ.sdk_node) + " " + occ.label])
            else:
                line, col = position(occ.sdk_node)
            ref = occ.region_ref
            if ref is not None and ref.region_id and ref.node is not None and foreign(ref.node):
                region_from = "%s at %s" % (region_from, linker.shown(ref.node))
        else:
            line, col = position(occ.sdk_node)
        report_line, _ = position(report) if report is not occ.sdk_node or chain is None else (line, 0)
        region = occ.region
        contexts = " > ".join(reversed([_level_text(l, settings) for l in occ.levels])) or "-"
        throttle = _throttles(occ)
        verdict = sorted(set(by_node.get(id(report), []) + by_node.get(id(occ.sdk_node), [])))
        entry = {
            "line": line, "column": col + 1, "sdk_method": occ.label,
            "api": row.api if row else None, "region": region, "region_from": region_from,
            "client": occ.client_how, "via": " > ".join(occ.via) or None, "regions": list(occ.regions) or None,
            "reported_at_line": report_line, "repeated_context": contexts,
            "concurrency": None, "delay_or_throttle": throttle, "estimated_rate": None,
            "limit": None, "verdict": ", ".join(verdict) or "ok",
        }
        if chain is not None:
            entry["chain"] = chain
        nodes = [report] if report is occ.sdk_node else [report, occ.sdk_node]
        planned = [f for node in nodes for f in fixes.get(id(node), []) if f.code in verdict]
        entry["fix"] = ", ".join("%s %s fix: %s" % (f.code, f.fix.applicability, f.fix.message)
                                 for f in planned if f.fix is not None) or None
        entry["no_fix"] = ", ".join("%s: %s" % (f.code, f.no_fix) for f in planned
                                    if f.fix is None and f.no_fix) or None
        if here is not None and linker is not None and planned:  # fixes are planned for a file's own analysis only
            entry["fix"], entry["no_fix"] = None, "%s: found through %s; not planned from there" % (
                ", ".join(f.code for f in planned), linker.this_file)
        if row is not None:
            allowed = row.limit_in(region)
            entry["limit"] = (allowed.per_second if allowed.is_offered
                              else "not offered" if allowed.is_not_offered else None)
            entry["limit_from"] = _limit_from(row.limit_origin(region), settings.table)
        if isinstance(result, engine.RateEstimate):
            entry["concurrency"] = result.concurrency
            entry["estimated_rate"] = None if result.rate == float("inf") else round(result.rate, 3)
            entry["how"] = result.how
        elif isinstance(result, engine.NoEstimate):
            entry["how"] = result.reason
        if occ.bound:  # the analysis of how the call is reached was cut short: say so
            entry["how"] = "; ".join(str(part) for part in (entry.get("how"), occ.bound) if part)
        rows.append(entry)
    return rows


def _limit_from(origin: str, table: Any) -> str:
    """'bundled table (2025-04-03)' or 'override FILE': where the limit a call site is judged by comes from."""
    if origin == "override" and table.overrides:
        return "override %s" % table.overrides[-1]["path"]
    return "bundled table (%s)" % table.source.get("updated", "?")


def _level_text(level: Any, settings: "Settings") -> str:
    if level.kind == "spawn":
        return "%s (x%d)" % (level.label, engine.concurrency(level, settings.max_concurrency))
    n = "%d iterations" % level.iterations if level.iterations is not None else "unbounded"
    return "%s, %s" % (level.label, n)


def _throttles(occ: Any) -> str:
    parts = []
    for level in occ.levels[:1]:
        if level.body.delay:
            parts.append("sleep %s s" % fmt_num(level.body.delay))
        elif level.kind == "loop" and level.backedge and level.backedge != float("inf"):
            parts.append("sleep %s s before repeating" % fmt_num(level.backedge))
        if level.body.unknown_delay or (level.kind == "loop" and level.backedge == float("inf")):
            parts.append("sleep of unstated length")
        if level.throttled:
            parts.append("limiter")
        if level.cap is not None:
            parts.append("limiter %s/s" % fmt_num(level.cap))
        if level.sem:
            parts.append("semaphore %d" % level.sem)
    return ", ".join(parts) or "none"


def render_table(rows: List[dict], path: str, settings: "Settings", not_followed: Optional[List[dict]] = None) -> str:
    headers = ["line", "SDK method", "API", "region (from)", "repeated context", "conc.", "delay/throttle",
               "est. rate", "limit", "verdict"]
    body = []
    for r in rows:
        rate = "-" if r["estimated_rate"] is None and r["concurrency"] is None else (
            fmt_rate(r["estimated_rate"]) if r["estimated_rate"] is not None else "unbounded")
        limit = r["limit"]
        body.append([str(r["line"]), r["sdk_method"], r["api"] or "-", "%s (%s)" % (r["region"], r["region_from"]),
                     r["repeated_context"], str(r["concurrency"] or "-"), r["delay_or_throttle"], rate,
                     "-" if limit is None else (limit if isinstance(limit, str) else "%s/s" % fmt_num(limit)),
                     r["verdict"] + ("" if r["verdict"] == "ok" else " @%d" % r["reported_at_line"])])
    head = "%s: %d SDK call site(s); latency %s s, replicas %d, max concurrency %d, default region %s\n\n" % (
        path, len(rows), fmt_num(settings.latency), settings.replicas, settings.max_concurrency, settings.region)
    notes = "".join("  line %d: %s\n" % (r["line"], r["how"]) for r in rows if r.get("how"))
    chains = "".join("  line %d: %s\n" % (r["line"], r["chain"]) for r in rows if r.get("chain"))
    found = "".join("  line %d: %s%s\n" % (r["line"], r["client"], "; through " + r["via"] if r["via"] else "")
                    for r in _distinct(rows))
    overridden = [r for r in rows if r.get("limit_from", "").startswith("override")]
    limits_note = "\nLimits: %s" % ("bundled table (%s)" % settings.table.source.get("updated", "?"))
    if overridden:
        limits_note += "; from %s at line(s) %s" % (overridden[0]["limit_from"],
                                                    ", ".join(str(r["line"]) for r in overridden))
    fixes = "".join("  line %d: %s\n" % (r["reported_at_line"], r["fix"] or "no automatic fix: " + r["no_fix"])
                    for r in rows if r.get("fix") or r.get("no_fix"))
    return (head + text_table(headers, body) + limits_note + "\n"
            + ("\nCalls into other modules:\n" + chains if chains else "")
            + ("\nHow each call site was recognised (client, instance, container entry, getattr name):\n" + found
               if found else "")
            + ("\nHow each estimate was made:\n" + notes if notes else "")
            + ("\nFixes (metastudio-lint fix [--unsafe-fixes] applies them, each verified):\n" + fixes
               if fixes else "")
            + ("\nProject modules not analysed for this file (what they hold is unknown here, never guessed):\n"
               + "".join("  %s: %s\n" % (n["path"], n["reason"]) for n in not_followed) if not_followed else ""))


def _distinct(rows: List[dict]) -> List[dict]:
    seen, out = set(), []
    for r in rows:
        key = (r["line"], r["client"], r["via"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
