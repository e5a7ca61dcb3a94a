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
