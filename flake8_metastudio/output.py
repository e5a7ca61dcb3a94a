"""Report formats of the standalone CLI: text (flake8's), json, sarif (2.1.0,
as GitHub code scanning reads it), github (workflow annotations), gitlab
(Code Quality) and junit (XML test report).

Every string from the linted code or the file system has been escaped by
``sanitize.safe_text`` before it gets here or is escaped here, so no format
can be forged.  ``Report`` carries what the machine formats need besides the
findings: the repository root that URIs are relative to.
"""
import json
import os
import urllib.parse
from typing import Any, List, Optional, Tuple

try:
    from typing import Protocol
except ImportError:  # pragma: no cover
    Protocol = object  # type: ignore

from flake8_metastudio import __version__, resources
from flake8_metastudio.checking import DIAGNOSTICS, FLAKE8_CODES
from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import MESSAGES
from flake8_metastudio.sanitize import safe_text

FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")
PROJECT_URL = "https://github.com/flake8-metastudio/flake8-metastudio"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

# rule code -> (SARIF level, GitLab severity, precision, problem.severity, tags)
_RATE = ("warning", "major", "medium", "warning", ["reliability", "throttling", "APIGW.0308"])
RULE_PROPERTIES = {
    "MST101": _RATE, "MST102": _RATE,
    "MST103": ("warning", "major", "high", "warning", ["reliability", "throttling", "polling"]),
    "MST104": ("warning", "major", "high", "warning", ["reliability", "throttling", "retry"]),
    "MST201": ("error", "critical", "high", "error", ["correctness", "region"]),
    "MST202": ("error", "critical", "high", "error", ["correctness", "region"]),
    "MST301": ("error", "critical", "medium", "error", ["correctness", "knowledge-base"]),
    "MST401": ("error", "critical", "high", "error", ["correctness", "timbre"]),
}
_TOOL = ("error", "blocker", "high", "error", ["tool"])


def rule_help_uri(code: str) -> str:
    return "%s/blob/main/rules/%s.md" % (PROJECT_URL, code)


Results = List[Tuple[str, Finding]]


class Writer(Protocol):
    def write(self, text: str) -> Any: ...


def limits_provenance(table: Any, finding: Optional[Finding] = None) -> dict:
    """Which limits table a report (or one finding) was judged against: the bundled vendor document's
    date, or the override file that gave the finding's limit."""
    if table is None:
        return {}
    p = table.provenance()
    if finding is None:
        return p
    if finding.extra.get("limit_from") == "override" and p["overrides"]:
        return {"source": "override", "file": p["overrides"][-1]["path"], "updated": p["overrides"][-1]["updated"]}
    return {"source": "bundled", "updated": p["updated"]}


def write_findings(results: Results, fmt: str, out: Writer, root: Optional[str] = None, table: Any = None) -> None:
    root = root or os.getcwd()
    if fmt == "text":
        for path, f in results:
            out.write("%s:%d:%d: %s\n" % (safe_text(path), f.line, f.col + 1, safe_text(f.message)))
    elif fmt == "json":
        rows = []
        for path, f in results:
            row = _safe_json(f.as_json(path))
            if table is not None:
                row["limits_table"] = limits_provenance(table, f)
            rows.append(row)
        out.write(json_text(rows))
    elif fmt == "sarif":
        out.write(json_text(sarif(results, root, table)))
    elif fmt == "gitlab":
        out.write(json_text(gitlab(results, root)))
    elif fmt == "junit":
        out.write(junit([(root_relative(path, root) or os.path.abspath(path), f) for path, f in results]))
    elif fmt == "github":
        for path, f in results:
            out.write("::%s file=%s,line=%d,col=%d,title=%s::%s\n"
                      % ("error" if f.code in _TOOL_CODES else "warning",
                         _gh_property(safe_text(path)), f.line, f.col + 1, f.code,
                         _gh_data(safe_text(f.message[len(f.code) + 1:]))))
    else:
        raise ValueError(fmt)


_TOOL_CODES = set(DIAGNOSTICS) | set(FLAKE8_CODES)


def _safe_json(entry: dict) -> dict:
    return {k: safe_text(v) if isinstance(v, str) else v for k, v in entry.items()}


def json_text(doc) -> str:
    # ensure_ascii=False keeps messages readable; safe_text already removed surrogates
    return json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _props(code: str):
    return RULE_PROPERTIES.get(code, _TOOL)


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def repo_root(start: Optional[str] = None) -> str:
    """The git top level above ``start`` (a ``.git`` folder or file), else ``start``."""
    here = os.path.abspath(start or os.getcwd())
    probe = here
    while True:
        if os.path.exists(os.path.join(probe, ".git")):
            return probe
        parent = os.path.dirname(probe)
        if parent == probe:
            return here
        probe = parent


def root_relative(path: str, root: str) -> Optional[str]:
    """``path`` relative to ``root`` with '/' separators, or None outside it."""
    if path == "stdin":
        return "stdin"
    rel = os.path.relpath(os.path.abspath(path), root)
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return None
    return rel.replace(os.sep, "/")


def _uri(path: str) -> str:
    # file names that are not UTF-8 come as surrogate escapes: percent-encode their bytes
    return urllib.parse.quote(os.fsencode(path), safe="/")


def _rule_entry(code: str) -> dict:
    msg = MESSAGES.get(code) or DIAGNOSTICS.get(code) or FLAKE8_CODES[code]
    level, _, precision, severity, tags = _props(code)
    entry = {"id": code, "name": msg.name, "shortDescription": {"text": msg.summary}}
    page = resources.rule_page(code) if code in MESSAGES else None
    if page:
        entry["fullDescription"] = {"text": _first_paragraph(page) or msg.summary}
        entry["help"] = {"text": "%s See %s" % (_first_paragraph(page), rule_help_uri(code)),
                         "markdown": page}
        entry["helpUri"] = rule_help_uri(code)
    else:
        entry["fullDescription"] = {"text": msg.summary}
        entry["help"] = {"text": msg.summary}
    entry["defaultConfiguration"] = {"level": level}
    entry["properties"] = {"tags": tags, "precision": precision, "problem.severity": severity}
    return entry


def _first_paragraph(page: str) -> str:
    for block in page.split("\n\n"):
        block = block.strip()
        if block and not block.startswith("#"):
            return " ".join(block.split())
    return ""


def sarif_rule_ids(results: Results) -> List[str]:
    return sorted(MESSAGES) + sorted({f.code for _, f in results if f.code not in MESSAGES})


def sarif(results: Results, root: str, table: Any = None) -> dict:
    codes = sarif_rule_ids(results)
    sarif_results = []
    for path, f in results:
        rel = root_relative(path, root)
        artifact = {"uri": _uri(rel), "uriBaseId": "%SRCROOT%"} if rel is not None else {
            "uri": "file://" + _uri(os.path.abspath(path))}
        region = {"startLine": max(1, f.line), "startColumn": f.col + 1}
        end = f.extra.get("end")
        if end:
            region["endLine"], region["endColumn"] = end[0], end[1] + 1
        result = {
            "ruleId": f.code,
            "ruleIndex": codes.index(f.code),
            "level": _props(f.code)[0],
            "message": {"text": safe_text(f.message[len(f.code) + 1:])},
            "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": region}}],
        }
        if f.extra.get("fingerprint"):
            result["partialFingerprints"] = {"flake8-metastudio/v1": f.extra["fingerprint"]}
        if f.chain:
            _add_chain(result, f, root)
        props = {k: v for k, v in f.as_json(path).items()
                 if k in ("sdk_method", "api", "region", "estimated_rate", "limit") and v is not None}
        props = {k: safe_text(v) if isinstance(v, str) else v for k, v in props.items()}
        if table is not None and f.code in MESSAGES:
            props["limitsTable"] = limits_provenance(table, f)
        if f.fix is not None:
            result["fixes"] = [sarif_fix(f.fix, artifact)]
            props["fixApplicability"] = f.fix.applicability
        elif f.no_fix:
            props["noFix"] = safe_text(f.no_fix)
        if props:
            result["properties"] = props
        sarif_results.append(result)
    run: dict = {
        "tool": {"driver": {"name": "flake8-metastudio", "version": __version__,
                            "informationUri": PROJECT_URL, "rules": [_rule_entry(c) for c in codes]}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": "file://" + _uri(root.rstrip("/") + "/")}},
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
    }
    if table is not None:
        run["properties"] = {"limitsTable": limits_provenance(table)}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def _add_chain(result: dict, f: Finding, root: str) -> None:
    """A finding reached through other modules (whole-project analysis): the
    places on the way as ``relatedLocations``, and the path from the reported
    call to the SDK call as a ``codeFlow``, so code scanning shows both."""
    related = []
    for i, (path, line, col, text) in enumerate(f.chain, 1):
        rel = root_relative(path, root)
        artifact = {"uri": _uri(rel), "uriBaseId": "%SRCROOT%"} if rel is not None else {
            "uri": "file://" + _uri(os.path.abspath(path))}
        related.append({"id": i, "message": {"text": safe_text(text)},
                        "physicalLocation": {"artifactLocation": artifact,
                                             "region": {"startLine": max(1, line), "startColumn": col + 1}}})
    result["relatedLocations"] = related
    first = dict(result["locations"][0], message={"text": "the repeated call"})
    steps = [{"location": first}] + [{"location": {"physicalLocation": r["physicalLocation"],
                                                   "message": r["message"]}} for r in related]
    result["codeFlows"] = [{"threadFlows": [{"locations": steps}]}]


def sarif_fix(fix: Any, artifact: dict) -> dict:
    """A SARIF ``fix``: one artifact change whose replacements are the fix's
    edits (lines and columns from 1, columns in code points as the run says)."""
    return {
        "description": {"text": "%s (%s fix)" % (safe_text(fix.message), fix.applicability)},
        "artifactChanges": [{
            "artifactLocation": artifact,
            "replacements": [{
                "deletedRegion": {"startLine": e.start[0], "startColumn": e.start[1] + 1,
                                  "endLine": e.end[0], "endColumn": e.end[1] + 1},
                "insertedContent": {"text": e.content},
            } for e in fix.edits],
        }],
    }


def gitlab(results: Results, root: str) -> list:
    """GitLab Code Quality report (the subset of the Code Climate spec GitLab reads)."""
    issues = []
    for path, f in results:
        rel = root_relative(path, root) or os.path.abspath(path)
        issue = {
            "description": safe_text(f.message),
            "check_name": f.code,
            "fingerprint": f.extra.get("fingerprint") or _fallback_fingerprint(rel, f),
            "severity": _props(f.code)[1],
            "location": {"path": safe_text(rel), "lines": {"begin": max(1, f.line)}},
        }
        issue["type"] = "issue"
        issue["categories"] = ["Bug Risk"]
        issues.append(issue)
    return issues


def _fallback_fingerprint(rel: str, f: Finding) -> str:
    import hashlib

    return hashlib.sha256(("%s\0%s\0%d\0%s" % (f.code, rel, f.line, f.message)).encode("utf-8", "replace")).hexdigest()


def junit(results: Results) -> str:
    """JUnit XML: one failing test case per finding (one passing case when there
    are none); paths relative to the repository root."""
    import xml.etree.ElementTree as ET

    suites = ET.Element("testsuites", name="flake8-metastudio", tests=str(max(1, len(results))),
                        failures=str(len(results)), errors="0")
    suite = ET.SubElement(suites, "testsuite", name="flake8-metastudio", tests=str(max(1, len(results))),
                          failures=str(len(results)), errors="0", skipped="0")
    for path, f in results:
        shown = safe_text(path)
        name = "%s:%d:%d %s" % (shown, f.line, f.col + 1, f.code)
        case = ET.SubElement(suite, "testcase", classname=shown, name=name, file=shown, line=str(f.line))
        failure = ET.SubElement(case, "failure", type=f.code, message=safe_text(f.message))
        failure.text = "%s:%d:%d: %s" % (shown, f.line, f.col + 1, safe_text(f.message))
    if not results:
        ET.SubElement(suite, "testcase", classname="flake8-metastudio", name="no findings")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def text_table(headers: List[str], rows: List[List[str]]) -> str:
    # cells can come from a limits file (API names): escaped, so no cell forges a line
    headers = [safe_text(h) for h in headers]
    rows = [[safe_text(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows]) + "\n"
