"""Work that depends only on the settings is done once per settings object,
not again for every file linted (issue 13), and still follows a change."""
import dataclasses
import re

from hypothesis import given, strategies as st

from flake8_metastudio import engine, guard
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


@given(st.text(alphabet="ab \t\n\r\u00e9\x0c", max_size=60))
def test_line_starts_of_the_guard_match_the_newlines_ast_counts(text):
    # the fast path (no "\r") and the regular expression agree on every text
    assert guard._Lines(text).starts() == [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


def test_columns_on_ascii_and_non_ascii_lines_are_characters():
    ascii_code = CODE
    wide = CODE.replace("for row in rows:\n", "n\u00e9 = 1  # \u00e9\u00e9\nfor row in rows:  # \u00e9\n")
    assert [(f.line, f.col) for f in engine.lint_source(ascii_code, settings_from({}))] == [(4, 4)]
    assert [(f.line, f.col) for f in engine.lint_source("x = '\u00e9'; " + wide.replace(
        "    client.create_product(row)", "    \u00e9 = 2; client.create_product(row)"), settings_from({}))] \
        == [(5, 11)]
