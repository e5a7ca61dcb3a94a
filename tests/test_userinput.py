"""What error messages may quote: always one printable line, short, whatever the value."""
from hypothesis import given, strategies as st

from flake8_metastudio import userinput


@given(st.text())
def test_quoted_text_is_one_short_printable_line(text):
    shown = userinput.quote(text)
    assert shown.isprintable()  # no newline, ESC, surrogate or other control character survives
    assert len(shown) <= userinput.QUOTE_CHARS + 5
    shown.encode("utf-8")  # lone surrogates are escaped, so this cannot raise


@given(st.text(min_size=1), st.one_of(st.none(), st.integers(1, 10 ** 6)), st.text(max_size=120))
def test_located_message_is_bounded(path, line, problem):
    text = userinput.located(path, line, problem)
    assert "\n" not in text and len(text) <= userinput.LOCATED_CHARS


def test_escapes_are_clipped_too():
    assert len(userinput.quote("\U000e0001" * 100)) <= userinput.QUOTE_CHARS + 5


def test_values_that_would_be_huge_are_described():
    bomb = [["lol"] * 10] * 10
    assert userinput.quote(bomb) == "a list"
    assert userinput.quote({"a": bomb}) == "a mapping"
    assert userinput.quote(10 ** 400) == "a 401-digit number"
    assert userinput.quote(True) == "true" and userinput.quote(None) == "null"
    assert userinput.quote("cn-north-4\n") == r"'cn-north-4\n'"
    assert userinput.quote("x" * 100) == "'%s'..." % ("x" * userinput.QUOTE_CHARS)


# -- any value, any limits file: an error of the documented kind, one short line ----------------
from hypothesis import HealthCheck, settings  # noqa: E402

from flake8_metastudio import limits, options  # noqa: E402

OPTION_DESTS = [spec.dest for spec in options.OPTIONS if spec.dest != "metastudio_limits_file"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(OPTION_DESTS), st.text(max_size=60))
def test_any_option_value_is_accepted_or_one_line_error(dest, value):
    try:
        options.settings_from({dest: value})
    except options.OptionError as exc:
        assert "\n" not in str(exc) and len(str(exc)) <= userinput.MESSAGE_CHARS
        assert str(exc).startswith("--" + dest.replace("_", "-") + ": ")


YAML_BITS = st.sampled_from(["schema_version: 1\n", "apis:\n", "  - sdk_method: create_product\n",
                             "    limits: {cn-north-4: 3}\n", "    limits: {cn-north-4: 0}\n", "regions:\n",
                             "  cn-x-1: X\n", "    every_region: 2.5\n", "  - api: A\n", "    http: GET /v1/a\n",
                             "x: &a [1, 2]\n", "y: *a\n", "    limits: {cn-x-1: 1}\n", "- \n", ": :\n", "\t\n",
                             "schema_version: true\n", "    table: 3\n", "  - http: POST /v1/{project_id}/products\n"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(YAML_BITS, max_size=10))
def test_any_limits_file_loads_or_is_one_line_error(tmp_path, bits):
    path = tmp_path / "limits.yaml"
    path.write_text("".join(bits))
    limits._CACHE.clear()
    try:
        limits.load(str(path))
    except limits.LimitsFileError as exc:
        assert "\n" not in str(exc) and len(str(exc)) <= userinput.LOCATED_CHARS
        assert str(exc).startswith(str(path)[:20]) and "limits.yaml" in str(exc)
