"""Every code has a page in rules/, an entry in the README table and an
example file; each page's bad example fires and its good example does not."""
import os
import re

import pytest

from conftest import ROOT
from expectations import option_values, options
from flake8_metastudio import engine
from flake8_metastudio.messages import MESSAGES
from flake8_metastudio.options import settings_from

CODES = sorted(MESSAGES)
SECTIONS = ("## Why", "## Bad example", "## Good example", "## How to fix", "## How to suppress",
            "## Related options")


def page(code):
    path = os.path.join(ROOT, "rules", code + ".md")
    assert os.path.isfile(path), "rules/%s.md is missing" % code
    return open(path, encoding="utf-8").read()


def example(text, heading):
    section = text.split(heading, 1)[1]
    m = re.search(r"```python\n(.*?)```", section, re.S)
    assert m, "no ```python block under %s" % heading
    return m.group(1)


@pytest.mark.parametrize("code", CODES)
def test_page_has_every_section(code):
    text = page(code)
    assert text.startswith("# %s" % code)
    for heading in SECTIONS:
        assert heading in text, "%s lacks %s" % (code, heading)
    assert "## How the estimate works" in text or "## How it decides" in text


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("kind", ["bad", "good"])
def test_examples_are_executable(code, kind, monkeypatch):
    monkeypatch.chdir(ROOT)
    source = example(page(code), "## %s example" % kind.capitalize())
    findings = engine.lint_source(source, settings_from(option_values(options(source))))
    codes = {f.code for f in findings}
    shown = "\n".join(f.message for f in findings)
    if kind == "bad":
        assert code in codes, "bad example of %s does not fire:\n%s" % (code, shown)
    else:
        assert code not in codes, "good example of %s fires:\n%s" % (code, shown)


def test_readme_lists_every_code():
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    for code in CODES:
        # absolute links: the README is also the package's page on an index, where relative links break
        assert re.search(r"^\| \[%s\]\(https://github\.com/flake8-metastudio/flake8-metastudio/blob/main/"
                         r"rules/%s\.md\) \|" % (code, code), readme, re.M), code


def test_no_undocumented_code_in_the_package():
    used = set()
    for root, _, files in os.walk(os.path.join(ROOT, "flake8_metastudio")):
        for name in files:
            if name.endswith(".py"):
                used |= set(re.findall(r"MST\d{3}", open(os.path.join(root, name), encoding="utf-8").read()))
    # MST900/MST901 say a file was not checked: a short page each (no examples), and the README documents them
    from flake8_metastudio.checking import DIAGNOSTICS

    assert used <= set(CODES) | set(DIAGNOSTICS), used - set(CODES) - set(DIAGNOSTICS)
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    assert all("`%s`" % code in readme for code in DIAGNOSTICS)
    assert all(page(code).startswith("# %s" % code) for code in DIAGNOSTICS)


FIXED = {"MST101": "unsafe", "MST102": "unsafe", "MST103": "unsafe", "MST104": "unsafe", "MST202": "safe"}


def blocks_after(text, heading):
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


@pytest.mark.parametrize("code", CODES)
def test_page_says_whether_there_is_an_automatic_fix(code):
    text = page(code)
    if code in FIXED:
        assert "## Automatic fix (%s)" % FIXED[code] in text
    else:
        assert "## Automatic fix\n\nNone: " in text


@pytest.mark.parametrize("code", sorted(FIXED))
def test_fix_example_before_becomes_after(code, monkeypatch):
    monkeypatch.chdir(ROOT)
    before, after = blocks_after(page(code), "## Automatic fix (%s)" % FIXED[code])
    settings = settings_from(option_values(options(before)))
    assert code in {f.code for f in engine.lint_source(before, settings)}
    outcome = engine.fix_source(before, settings, lambda f, r: FIXED[code] == "unsafe" or f.fix.applicability == "safe")
    assert outcome.text == after
    assert code not in {f.code for f in engine.lint_source(after, settings)}
    safe_only = engine.fix_source(before, settings, lambda f, r: f.fix.applicability == "safe").text
    assert (safe_only == before) == (FIXED[code] == "unsafe")
