"""Every rule module is found by the registry and describes itself; every
registered rule has its wording, a page in rules/ and an example program."""
import glob
import os
import re

import pytest

from conftest import HERE, ROOT
from expectations import expected
from flake8_metastudio import rules
from flake8_metastudio.messages import MESSAGES, PRECEDENCE
from flake8_metastudio.rules.base import Rule

MODULE_FILES = sorted(glob.glob(os.path.join(ROOT, "flake8_metastudio", "rules", "mst*.py")))
REGISTERED = {r.code: r for r in rules.registry()}


def test_every_rule_module_is_registered():
    names = [os.path.basename(p)[:-3] for p in MODULE_FILES]
    assert names == rules.rule_modules(), "rule modules not named mstNNN_<what>.py: %s" % names
    from_files = {"MST" + name[3:6] for name in names}
    assert from_files == set(REGISTERED), (from_files, set(REGISTERED))


@pytest.mark.parametrize("code", sorted(REGISTERED))
def test_rule_describes_itself(code):
    rule = REGISTERED[code]
    assert isinstance(rule, Rule)
    assert callable(rule.check)
    assert re.match(r"^[a-z]+(-[a-z]+)+$", rule.name), rule.name
    assert rule.summary.endswith(".") and rule.template
    assert rule.check.__module__.startswith("flake8_metastudio.rules.mst%s_" % code[3:])


def test_wording_and_rules_are_the_same_set():
    assert set(MESSAGES) == set(REGISTERED)
    assert set(PRECEDENCE) <= set(REGISTERED)
    order = [r.code for r in rules.registry()]
    assert order[:len(PRECEDENCE)] == list(PRECEDENCE)


@pytest.mark.parametrize("code", sorted(REGISTERED))
def test_rule_has_a_page(code):
    assert os.path.isfile(os.path.join(ROOT, "rules", code + ".md")), "rules/%s.md is missing" % code


def test_every_rule_has_an_example_program():
    seen = set()
    for path in glob.glob(os.path.join(HERE, "eval_files", "*.py")):
        seen |= {code for _, code in expected(open(path, encoding="utf-8").read())}
    assert set(REGISTERED) <= seen, "rules without an example program: %s" % sorted(set(REGISTERED) - seen)


def test_a_module_without_rule_is_refused(monkeypatch, tmp_path):
    import sys
    import types

    broken = types.ModuleType("flake8_metastudio.rules.mst999_broken")
    monkeypatch.setitem(sys.modules, "flake8_metastudio.rules.mst999_broken", broken)
    monkeypatch.setattr(rules, "rule_modules", lambda: ["mst999_broken"])
    monkeypatch.setattr(rules, "_REGISTRY", [])
    with pytest.raises(TypeError, match="mst999_broken defines no RULE"):
        rules.registry()
