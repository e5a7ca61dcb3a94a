"""The JSON copies of the bundled YAML data (flake8_metastudio/compiled.py):
current, read to the same table and catalog as the YAML, ignored when stale,
and the reason a linting process no longer imports pyyaml."""
import os
import subprocess
import sys

from flake8_metastudio import catalog, compiled, limits, resources

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))

import compile_data  # noqa: E402  (tools/compile_data.py)


def test_the_copies_are_current():
    assert compile_data.main(["--check"]) == 0, "run: python tools/compile_data.py"


def test_the_copies_give_the_table_and_catalog_the_yaml_gives(monkeypatch):
    limits._CACHE.clear()
    monkeypatch.setattr(catalog, "_CATALOG", None)
    assert compiled.document("metastudio-limits.yaml") is not None
    from_copy, catalog_from_copy = limits.load(), catalog.load()
    limits._CACHE.clear()
    monkeypatch.setattr(catalog, "_CATALOG", None)
    monkeypatch.setattr(compiled, "document", lambda name: None)
    from_yaml, catalog_from_yaml = limits.load(), catalog.load()
    limits._CACHE.clear()
    assert repr(from_copy) == repr(from_yaml)  # in order too: regions are listed in the table's order
    assert len(from_copy.rows) == 148
    assert repr(catalog_from_copy.methods) == repr(catalog_from_yaml.methods)
    assert catalog_from_copy.version == catalog_from_yaml.version


def test_a_copy_made_from_other_text_is_not_used(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    for name in ("metastudio-limits.yaml", "metastudio-limits.json"):
        (data / name).write_bytes(open(resources.data_path(name), "rb").read())
    monkeypatch.setattr(resources, "data_path", lambda name: str(data / name))
    assert compiled.document("metastudio-limits.yaml") is not None
    with open(data / "metastudio-limits.yaml", "a", encoding="utf-8") as fh:
        fh.write("# edited without recompiling\n")
    assert compiled.document("metastudio-limits.yaml") is None
    (data / "metastudio-limits.json").unlink()
    assert compiled.document("metastudio-limits.yaml") is None


def test_linting_a_file_imports_no_yaml_parser():
    code = ("import sys\n"
            "from flake8_metastudio import engine\n"
            "from flake8_metastudio.options import settings_from\n"
            "src = 'from huaweicloudsdkmetastudio.v1 import MetaStudioClient\\n'"
            " 'c = MetaStudioClient.new_builder().build()\\nfor r in rows:\\n    c.create_product(r)\\n'\n"
            "print([f.code for f in engine.lint_source(src, settings_from({'metastudio_no_cache': True}))])\n"
            "print('yaml' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["['MST101']", "False"]
