"""Report formats of the standalone CLI: text (flake8's), json, sarif (2.1.0)
and github (workflow annotations)."""
import json
from typing import IO, List, Optional, Tuple

from flake8_metastudio import __version__
from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import MESSAGES

FORMATS = ("text", "json", "sarif", "github")
PROJECT_URL = "https://github.com/flake8-metastudio/flake8-metastudio"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def rule_help_uri(code: str) -> str:
    return "%s/blob/main/rules/%s.md" % (PROJECT_URL, code)


def limits_provenance(table, finding: Optional[Finding] = None) -> dict:
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


def write_findings(results: List[Tuple[str, Finding]], fmt: str, out: IO[str], table=None) -> None:
    if fmt == "text":
        for path, f in results:
            out.write("%s:%d:%d: %s\n" % (path, f.line, f.col + 1, f.message))
    elif fmt == "json":
        rows = []
        for path, f in results:
            row = f.as_json(path)
            if table is not None:
                row["limits_table"] = limits_provenance(table, f)
            rows.append(row)
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif fmt == "sarif":
        json.dump(sarif(results, table), out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif fmt == "github":
        for path, f in results:
            out.write("::warning file=%s,line=%d,col=%d,title=%s::%s\n"
                      % (_gh_property(path), f.line, f.col + 1, f.code, _gh_data(f.message[len(f.code) + 1:])))
    else:
        raise ValueError(fmt)


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def sarif(results: List[Tuple[str, Finding]], table=None) -> dict:
    codes = sorted(MESSAGES)
    rules = []
    for code in codes:
        msg = MESSAGES[code]
        rules.append({
            "id": code,
            "name": msg.name,
            "shortDescription": {"text": msg.summary},
            "fullDescription": {"text": msg.summary},
            "help": {"text": "%s See %s" % (msg.summary, rule_help_uri(code)),
                     "markdown": "%s [Rule documentation](%s)" % (msg.summary, rule_help_uri(code))},
            "helpUri": rule_help_uri(code),
            "defaultConfiguration": {"level": "warning"},
        })
    sarif_results = []
    for path, f in results:
        result = {
            "ruleId": f.code,
            "ruleIndex": codes.index(f.code),
            "level": "warning",
            "message": {"text": f.message[len(f.code) + 1:]},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": path.replace("\\", "/"), "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": max(1, f.line), "startColumn": f.col + 1},
            }}],
        }
        props = {k: v for k, v in f.as_json(path).items()
                 if k in ("sdk_method", "api", "region", "estimated_rate", "limit") and v is not None}
        if table is not None:
            props["limitsTable"] = limits_provenance(table, f)
        if props:
            result["properties"] = props
        sarif_results.append(result)
    run = {
        "tool": {"driver": {"name": "flake8-metastudio", "version": __version__,
                            "informationUri": PROJECT_URL, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
    }
    if table is not None:
        run["properties"] = {"limitsTable": limits_provenance(table)}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def text_table(headers: List[str], rows: List[List[str]]) -> str:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows]) + "\n"
