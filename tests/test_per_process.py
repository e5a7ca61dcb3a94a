"""Work that depends only on the limits table (region ids, knowledge-base
methods, the REST route matcher) is done once per process and table, and a
different table (an override file) never sees another table's answers."""
import textwrap

from flake8_metastudio import engine
from flake8_metastudio.analysis import rest, tables
from flake8_metastudio.options import settings_from

REGION_CODE = textwrap.dedent('''\
    import os
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkmetastudio.v1 import MetaStudioClient
    from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

    client = (MetaStudioClient.new_builder()
              .with_credentials(BasicCredentials(os.environ["AK"], os.environ["SK"]))
              .with_region(MetaStudioRegion.value_of("cn-southwest-2"))
              .build())
    ''')

REST_CODE = textwrap.dedent('''\
    import requests

    BASE = "https://metastudio.cn-east-3.myhuaweicloud.com/v1"


    def create_assets_{n}(project_id, token, names):
        for name in names:
            requests.post(f"{BASE}/{project_id}/digital-assets", json={"asset_name": name},
                          headers={"X-Auth-Token": token})
    ''')

OVERRIDE = ("schema_version: 1\n"
            "regions:\n  cn-southwest-2: CN Southwest-Guiyang1\n"
            "apis:\n"
            "  - sdk_method: create_product\n"
            "    limits: {cn-southwest-2: 0.5}\n")


def codes(source, settings):
    return [(f.line, f.code, f.message) for f in engine.lint_source(source, settings)]


def test_unknown_region_follows_the_table_of_each_run(tmp_path):
    (tmp_path / "limits.yaml").write_text(OVERRIDE)
    bundled = settings_from({})
    override = settings_from({"metastudio_limits_file": str(tmp_path / "limits.yaml")})
    first = codes(REGION_CODE, bundled)
    assert [(line, code) for line, code, _ in first] == [(8, "MST202")]
    assert "known regions: cn-north-4, cn-east-3, ap-southeast-3 " in first[0][2]
    assert codes(REGION_CODE, override) == []  # the override's region is known there
    assert codes(REGION_CODE, bundled) == first  # and the bundled table's answer did not change


def test_rest_routes_are_matched_with_one_matcher_per_table(monkeypatch):
    built = []
    original = rest.RestMatcher.__init__

    def counting(self, table):
        built.append(table)
        original(self, table)

    monkeypatch.setattr(rest.RestMatcher, "__init__", counting)
    monkeypatch.setattr(tables, "_VIEWS", {})
    settings = settings_from({})
    found = [codes(REST_CODE.replace("{n}", str(n)), settings) for n in (10, 20, 50)]
    # 10/s in a loop against cn-east-3's 5/s for "Creating an Asset"
    assert all([(line, code) for line, code, _ in f] == [(8, "MST101")] for f in found), found
    assert "~10.0/s" in found[0][0][2] and "cn-east-3 allows 5/s" in found[0][0][2]
    assert built == [settings.table]


def test_views_are_per_table():
    a = settings_from({}).table
    assert tables.views(a) is tables.views(a)
    assert tables.views(a).region_ids == tuple(a.region_ids)
    assert "create_knowledge_question" in tables.views(a).knowledge_base_methods


def test_a_linted_file_leaves_nothing_for_the_cyclic_collector():
    # lint_source keeps the collector off while it works: whatever the analysis
    # leaves in reference cycles would keep the file's whole CST in memory
    # until the next collection, and make that collection walk it
    import gc
    import glob
    import os

    import libcst as cst

    from conftest import ROOT

    settings = settings_from({})
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "eval_files", "*.py")))
    assert paths
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for path in paths:
            engine.lint_source(open(path, encoding="utf-8").read(), settings)
            gc.collect()
            held = [o for o in gc.garbage if isinstance(o, cst.CSTNode)]
            gc.garbage.clear()
            assert held == [], "%s: %d CST nodes in reference cycles" % (os.path.basename(path), len(held))
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was:
            gc.enable()
