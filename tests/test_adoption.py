"""Adopting the linter on an existing code base: the baseline (both doors),
SARIF as code scanning reads it, GitLab Code Quality and JUnit reports, and
explain over several files with what noqa or the baseline hides."""
import json
import os
import subprocess
import xml.etree.ElementTree as ET

import pytest

from conftest import HERE
from test_frontend import HEADER, LOOP, cli, flake8, rows

PROJECT = {
    "app/uploader.py": HEADER + "def upload(items):\n" + "".join(
        "    for item in items:\n        client.create_product(CreateProductRequest(body=item))\n" for _ in range(2)),
    "app/seed.py": HEADER + LOOP.format(comment=""),
    "app/clean.py": "print('nothing to see')\n",
}
NEW_LOOP = "\nfor row in range(50):\n    client.create_product(CreateProductRequest(body=row))\n"


def make_project(root):
    for rel, text in PROJECT.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_baseline_survives_edits_above_and_reports_only_the_new_loop(tmp_path):
    make_project(tmp_path)
    r = cli("--isolated", "--write-baseline", "metastudio-baseline.json", ".", cwd=str(tmp_path))
    assert r.returncode == 0 and r.stdout == "", r.stderr
    assert "wrote 3 finding(s)" in r.stderr
    entries = json.load(open(tmp_path / "metastudio-baseline.json"))["findings"]
    assert {(e["path"], e["code"], e["count"]) for e in entries} == {("app/uploader.py", "MST101", 2),
                                                                     ("app/seed.py", "MST101", 1)}
    # ten lines inserted at the top of every file: nothing new, in either door
    for rel in PROJECT:
        path = tmp_path / rel
        path.write_text("".join("# header line %d\n" % i for i in range(10)) + path.read_text())
    r = cli("--isolated", "--baseline", "metastudio-baseline.json", ".", cwd=str(tmp_path))
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")
    f = flake8("--isolated", "--metastudio-baseline", "metastudio-baseline.json", ".", cwd=str(tmp_path))
    assert (f.returncode, f.stdout) == (0, ""), f.stderr
    # one new loop: exactly that finding, in every format
    with open(tmp_path / "app" / "seed.py", "a") as fh:
        fh.write(NEW_LOOP)
    r = cli("--isolated", "--baseline", "metastudio-baseline.json", ".", cwd=str(tmp_path))
    assert r.returncode == 1 and [(p, ln, c) for p, ln, _, c, _ in rows(r.stdout)] == [("app/seed.py", 17, "MST101")]
    f = flake8("--isolated", "--metastudio-baseline", "metastudio-baseline.json", ".", cwd=str(tmp_path))
    assert rows(f.stdout) == rows(r.stdout)
    js = json.loads(cli("--isolated", "--baseline", "metastudio-baseline.json", "--format", "json", ".",
                        cwd=str(tmp_path)).stdout)
    assert [(e["path"], e["line"]) for e in js] == [("./app/seed.py", 17)]
    sarif = json.loads(cli("--isolated", "--baseline", "metastudio-baseline.json", "--format", "sarif", ".",
                           cwd=str(tmp_path)).stdout)
    assert len(sarif["runs"][0]["results"]) == 1
    # from another folder, through the config file: the same
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-baseline = metastudio-baseline.json\n")
    for door in (cli, flake8):
        r = door("seed.py", cwd=str(tmp_path / "app"))
        assert [(ln, c) for _, ln, _, c, _ in rows(r.stdout)] == [(17, "MST101")], (door, r.stderr)


def test_baseline_lists_entries_that_no_longer_occur_and_can_fail_on_them(tmp_path):
    make_project(tmp_path)
    cli("--isolated", "--write-baseline", "base.json", ".", cwd=str(tmp_path))
    (tmp_path / "app" / "seed.py").write_text(HEADER)  # the loop was fixed
    r = cli("--isolated", "--baseline", "base.json", ".", cwd=str(tmp_path))
    assert r.returncode == 0 and r.stdout == ""
    assert r.stderr.splitlines() == [
        "metastudio-lint: 1 baseline entry no longer occurs (remove them from base.json):",
        "  app/seed.py: MST101 create_product: client.create_product(CreateProductRequest(body=item))"]
    r = cli("--isolated", "--baseline", "base.json", "--fail-on-stale-baseline", ".", cwd=str(tmp_path))
    assert r.returncode == 1


@pytest.mark.parametrize("content, message", [
    ("{", "not a baseline written by --write-baseline"),
    ('{"version": 1, "findings": [{"code": "MST101"}]}', "findings[0]: expected code, path, source"),
])
def test_bad_baseline_is_one_line_exit_2(tmp_path, content, message):
    make_project(tmp_path)
    (tmp_path / "base.json").write_text(content)
    r = cli("--isolated", "--baseline", "base.json", ".", cwd=str(tmp_path))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and message in r.stderr and "base.json" in r.stderr
    f = flake8("--isolated", "--metastudio-baseline", "base.json", ".", cwd=str(tmp_path))
    assert f.returncode == 2 and message in f.stderr and "Traceback" not in f.stderr
    r = cli("--isolated", "--baseline", "missing.json", ".", cwd=str(tmp_path))
    assert r.returncode == 2 and "cannot read baseline: missing.json: file not found" in r.stderr


# -- SARIF, GitLab, JUnit ----------------------------------------------------------------------------
def _git_project(tmp_path):
    make_project(tmp_path)
    subprocess.run(["git", "init", "-q"], cwd=str(tmp_path), check=True)
    return tmp_path


def test_sarif_for_code_scanning(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.load(open(os.path.join(HERE, "data", "sarif-schema-2.1.0.json"), encoding="utf-8"))
    root = _git_project(tmp_path)
    run_from = root / "app"  # a subfolder: URIs must still be relative to the repository root
    doc = json.loads(cli("--isolated", "--format", "sarif", ".", cwd=str(run_from)).stdout)
    jsonschema.validate(doc, schema)
    run = doc["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file://%s/" % root
    results = run["results"]
    assert sorted(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results) == [
        "app/seed.py", "app/uploader.py", "app/uploader.py"]
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        region = loc["region"]
        # the whole call client.create_product(CreateProductRequest(body=item)) is highlighted
        assert region["endLine"] == region["startLine"] and region["endColumn"] - region["startColumn"] == len(
            "client.create_product(CreateProductRequest(body=item))")
        assert set(r["partialFingerprints"]) == {"flake8-metastudio/v1"}
        assert r["message"]["text"] and r["ruleId"] == run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"]
    # the fields GitHub documents for rules
    for rule in run["tool"]["driver"]["rules"]:
        props = rule["properties"]
        assert isinstance(props["tags"], list) and props["tags"]
        assert props["precision"] in ("very-high", "high", "medium", "low")
        assert props["problem.severity"] in ("error", "warning", "recommendation")
        assert rule["fullDescription"]["text"] != rule["shortDescription"]["text"]
        assert rule["help"]["markdown"].startswith("# %s" % rule["id"])
        assert rule["helpUri"].startswith("https://")
    # fingerprints stay when unrelated lines move
    before = {r["partialFingerprints"]["flake8-metastudio/v1"] for r in results}
    for rel in PROJECT:
        path = root / rel
        path.write_text("import os\n\n\n" + path.read_text())
    after = json.loads(cli("--isolated", "--format", "sarif", ".", cwd=str(run_from)).stdout)["runs"][0]["results"]
    assert {r["partialFingerprints"]["flake8-metastudio/v1"] for r in after} == before
    assert len(before) == 3  # the two identical calls in uploader.py are told apart


def test_gitlab_code_quality_report(tmp_path):
    root = _git_project(tmp_path)
    r = cli("--isolated", "--format", "gitlab", ".", cwd=str(root / "app"))
    issues = json.loads(r.stdout)
    assert r.returncode == 1 and len(issues) == 3
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"].startswith("app/") and issue["location"]["lines"]["begin"] >= 1
        assert issue["check_name"] == "MST101" and issue["description"].startswith("MST101 create_product")
    assert len({i["fingerprint"] for i in issues}) == 3


def test_junit_report(tmp_path):
    root = _git_project(tmp_path)
    (root / "app" / "broken.py").write_text("import huaweicloudsdkmetastudio\nif True\n")
    r = cli("--isolated", "--format", "junit", ".", cwd=str(root))
    suites = ET.fromstring(r.stdout)
    cases = suites.findall("./testsuite/testcase")
    assert suites.get("failures") == "4" and len(cases) == 4
    failures = sorted((c.get("file"), c.find("failure").get("type")) for c in cases)
    assert failures == [("app/broken.py", "E999"), ("app/seed.py", "MST101"), ("app/uploader.py", "MST101"),
                        ("app/uploader.py", "MST101")]
    clean = ET.fromstring(cli("--isolated", "--format", "junit", "app/clean.py", cwd=str(root)).stdout)
    assert clean.get("failures") == "0" and len(clean.findall("./testsuite/testcase")) == 1


# -- explain --------------------------------------------------------------------------------------
def test_explain_takes_folders_and_marks_what_noqa_and_the_baseline_hide(tmp_path):
    make_project(tmp_path)
    cli("--isolated", "--write-baseline", "base.json", "app/uploader.py", cwd=str(tmp_path))
    seed = tmp_path / "app" / "seed.py"
    seed.write_text(seed.read_text().replace("body=item))", "body=item))  # noqa: MST101"))
    r = cli("explain", "--isolated", "--baseline", "base.json", "--format", "json", "app", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    docs = {d["path"]: d["call_sites"] for d in json.loads(r.stdout)}
    assert set(docs) == {"app/clean.py", "app/seed.py", "app/uploader.py"}
    assert [row["suppressed"] for row in docs["app/seed.py"]] == [{"MST101": "noqa or ignore"}]
    assert [row["suppressed"] for row in docs["app/uploader.py"]] == [{"MST101": "baseline"}] * 2
    table = cli("explain", "--isolated", "app/seed.py", "app/uploader.py", cwd=str(tmp_path)).stdout
    assert "app/seed.py: 1 SDK call site(s)" in table and "app/uploader.py: 2 SDK call site(s)" in table
    assert "MST101 (suppressed: noqa or ignore)" in table
    r = cli("explain", "--isolated", "missing.py", cwd=str(tmp_path))
    assert r.returncode == 1 and "missing.py:0:1: E902 FileNotFoundError" in r.stderr


def test_limits_reads_the_same_config_as_lint(tmp_path):
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "limits.yaml").write_text(
        "schema_version: 1\napis:\n  - sdk_method: create_product\n    limits: {cn-north-4: 50}\n")
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-limits-file = cfg/limits.yaml\n")
    (tmp_path / "sub").mkdir()
    r = cli("limits", "--format", "json", cwd=str(tmp_path / "sub"))
    assert r.returncode == 0, r.stderr
    row = [x for x in json.loads(r.stdout) if x["sdk_method"] == "create_product"][0]
    assert row["limits"]["cn-north-4"] == 50
    r = cli("limits", "--isolated", "--format", "json", cwd=str(tmp_path / "sub"))
    row = [x for x in json.loads(r.stdout) if x["sdk_method"] == "create_product"][0]
    assert row["limits"]["cn-north-4"] == 4
