"""The shipped limits table against the vendor document it was built from,
and the override file's validation."""
import json
import os
import subprocess
import sys

import pytest

from conftest import HERE, ROOT

from flake8_metastudio import catalog, limits, vendor_doc  # noqa: E402

DOC = os.path.join(HERE, "data", "metastudio-api-constraints.txt")


@pytest.fixture(scope="module")
def vendor_rows():
    return vendor_doc.parse(open(DOC, encoding="utf-8").read()).rows


def test_document_has_148_rows(vendor_rows):
    assert len(vendor_rows) == 148
    assert sum(1 for r in vendor_rows if r.table == 3) == 4


def test_every_vendor_row_is_in_the_data_with_its_limits(vendor_rows):
    table = limits.load()
    by_api = {r.api: r for r in table.rows}
    sdk = catalog.load()
    ids = {name: rid for rid, name in table.regions.items()}
    for vr in vendor_rows:
        row = by_api.get(vr.api)
        assert row is not None, vr.api
        assert row.category == vr.category
        assert row.sdk_method in sdk.methods, (vr.api, row.sdk_method)
        assert row.http == sdk.methods[row.sdk_method].http
        if vr.table == 2:
            assert row.limits == {ids[name]: v for name, v in vr.regional.items()}, vr.api
        else:
            for region in ("cn-north-4", "cn-east-3", "ap-southeast-3", "some-new-1"):
                assert row.limit_in(region) == limits.Limit.offered(vr.single_tenant)
            assert row.system_wide == vr.system_wide


def test_sdk_methods_are_distinct_and_spot_checked():
    table = limits.load()
    methods = [r.sdk_method for r in table.rows]
    assert len(methods) == len(set(methods)) == 148
    by_api = {r.api: r.sdk_method for r in table.rows}
    # rows whose English title does not spell the method (checked against the API reference)
    assert by_api["Creating a Voice Training Task (Advanced Edition)"] == "create_training_middle_job"
    assert by_api["Creating a Voice Training Task (Premium Edition)"] == "create_training_advance_job"
    assert by_api["Querying Third-Party Live Platforms"] == "show_live_platform"
    assert by_api["Querying Virtual Avatar Intelligent Interaction Tasks"] == "list_smart_chat_job"
    assert by_api["Creating a Virtual Avatar Video Production Task"] == "create2_d_digital_human_video"
    assert by_api["Determining Whether to Configure a Greeting"] == "update_welcome_speech_switch"
    assert by_api["Subscribing to a MetaStudio Product"] == "create_meta_studio_orders"


def test_header_is_dated_and_versioned():
    table = limits.load()
    assert table.source["updated"] == "2025-04-03"
    assert table.sdk["version"]
    assert table.region_ids[:3] == ["cn-north-4", "cn-east-3", "ap-southeast-3"]


def test_the_generator_maps_every_title_in_the_document():
    """tools/build_limits.py has a mapping for exactly the document's rows."""
    sys.path.insert(0, os.path.join(ROOT, "tools"))
    import build_limits

    assert set(build_limits.TITLE_TO_METHOD) == {r.api for r in vendor_doc.parse(open(DOC).read()).rows}


def _limits_json(*args, cwd):
    return subprocess.run([sys.executable, "-m", "flake8_metastudio", "limits", "--format", "json", *args],
                          capture_output=True, text=True, cwd=cwd)


def test_cli_prints_the_merged_table_outside_the_checkout(tmp_path):
    result = _limits_json(cwd=str(tmp_path))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 148
    row = next(r for r in rows if r["sdk_method"] == "create_robot")
    assert row["api"] == "Creating an Application"
    assert row["limits"] == {"cn-north-4": 5, "cn-east-3": 3, "ap-southeast-3": None}
    assert set(row) >= {"api", "category", "sdk_method", "http", "limits"}


def test_cli_region_filter_and_table_format(tmp_path):
    result = _limits_json("--region", "ap-southeast-3", cwd=str(tmp_path))
    rows = json.loads(result.stdout)
    assert all(list(r["limits"]) == ["ap-southeast-3"] for r in rows)
    table = subprocess.run([sys.executable, "-m", "flake8_metastudio", "limits", "--format", "table"],
                           capture_output=True, text=True, cwd=str(tmp_path))
    assert "create_product" in table.stdout and "2025-04-03" in table.stdout
    bad = _limits_json("--region", "mars-1", cwd=str(tmp_path))
    assert bad.returncode == 2 and "mars-1" in bad.stderr and "Traceback" not in bad.stderr


def test_override_raises_a_limit_adds_a_region_and_an_api(tmp_path):
    override = tmp_path / "limits.yaml"
    override.write_text(
        "schema_version: 1\n"
        "regions:\n  cn-southwest-2: CN Southwest-Guiyang1\n"
        "apis:\n"
        "  - sdk_method: create_product\n    limits: {cn-north-4: 8, cn-southwest-2: 2}\n"
        "  - api: Creating a Photo Detection Task\n    sdk_method: create_photo_detection\n"
        "    http: POST /v1/{project_id}/photo-detection\n    limits: {cn-north-4: 2}\n")
    rows = json.loads(_limits_json("--metastudio-limits-file", str(override), cwd=str(tmp_path)).stdout)
    product = next(r for r in rows if r["sdk_method"] == "create_product")
    assert product["limits"]["cn-north-4"] == 8 and product["limits"]["cn-southwest-2"] == 2
    assert product["limits"]["cn-east-3"] == 3  # untouched regions keep the vendor figure
    assert any(r["sdk_method"] == "create_photo_detection" for r in rows)
    assert len(rows) == 149


@pytest.mark.parametrize("content, line, message", [
    ("schema_version: 1\napis: [\n", 2, "YAML syntax error"),
    ("schema_version: 2\n", 1, "schema_version must be the integer 1, not 2"),
    ("- a\n- b\n", 1, "expected a mapping with schema_version and apis at the top, not a list"),
    ("schema_version: 1\nfoo: 1\n", 2, "unknown key 'foo' at the top level; allowed: apis, regions,"),
    ("schema_version: 1\napis:\n  - sdk_method: create_product\n    limits: {cn-north-4: -1}\n", 4,
     "limits.cn-north-4: expected a number > 0 (null: not offered), not -1"),
    ("schema_version: 1\napis:\n  - sdk_method: create_product\n    limits: {cn-north-4: fast}\n", 4,
     "limits.cn-north-4: expected calls per second or null (not offered), not 'fast'"),
    ("schema_version: 1\napis:\n  - sdk_method: create_product\n    limit: {cn-north-4: 3}\n", 4,
     "unknown key 'limit' in an apis row (did you mean 'limits'?)"),
    ("schema_version: 1\napis:\n  - sdk_method: create_product\n    limits: {Beijing: 3}\n", 4,
     "limits: region id 'Beijing' is not of the form 'cn-north-4'"),
    ("schema_version: 1\napis:\n  - sdk_method: new_api\n", 3,
     "sdk_method 'new_api' matches no bundled row; a new API needs api, http, limits"),
    ("schema_version: 1\napis:\n  - sdk_method: create_product\n    http: fetch it\n", 4,
     "http must look like 'POST /v1/{project_id}/products', not 'fetch it'"),
])
def test_bad_override_files_name_the_file_line_and_problem(tmp_path, content, line, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(limits.LimitsFileError) as err:
        limits.load(str(path))
    text = str(err.value)
    # a long temporary path may be clipped in the middle; the file name, the line and the problem stay
    assert text.startswith(str(path)[:20]) and "%s:%d: %s" % (path.name, line, message) in text, text
    assert len(text) <= 146 and "\n" not in text


def test_missing_override_file(tmp_path):
    with pytest.raises(limits.LimitsFileError, match="file not found"):
        limits.load(str(tmp_path / "nope.yaml"))
