"""Work that depends only on the settings is done once per settings object,
not again for every file linted (issue 13), and still follows a change."""
import dataclasses

from flake8_metastudio import engine
from flake8_metastudio.options import settings_from
from flake8_metastudio.project import cache

OVERRIDE = ("schema_version: 1\n"
            "regions:\n  cn-southwest-2: CN Southwest-Guiyang1\n"
            "apis:\n"
            "  - sdk_method: create_product\n"
            "    limits: {cn-southwest-2: 0.5}\n")

CODE = ("from huaweicloudsdkmetastudio.v1 import MetaStudioClient\n"
        "client = MetaStudioClient.new_builder().build()\n"
        "for row in rows:\n"
        "    client.create_product(row)\n")


def test_the_limits_file_is_hashed_once_per_settings_object(tmp_path, monkeypatch):
    limits = tmp_path / "limits.yaml"
    limits.write_text(OVERRIDE)
    settings = settings_from({"metastudio_limits_file": str(limits), "metastudio_no_cache": True})
    hashed = []
    real = cache.file_hash
    monkeypatch.setattr(cache, "file_hash", lambda path: hashed.append(path) or real(path))
    for k in range(5):
        path = tmp_path / ("job_%d.py" % k)
        path.write_text(CODE)
        assert [f.code for f in engine.lint_file(CODE, settings, str(path))] == ["MST101"]
    assert hashed == [str(limits)]


def test_the_fingerprint_follows_a_field_changed_on_the_same_object():
    settings = settings_from({"metastudio_no_cache": True})
    before = engine._fingerprint(settings)
    assert engine._fingerprint(settings) == before
    settings.latency = 0.25
    changed = engine._fingerprint(settings)
    assert changed != before
    assert changed == engine._fingerprint(dataclasses.replace(settings))
    settings.latency = 0.1
    assert engine._fingerprint(settings) == before
