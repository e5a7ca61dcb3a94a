"""The rules, one per module, found by the registry.

A rule module is named ``mstNNN_<what>.py`` and defines ``RULE``, a
``rules.base.Rule`` that describes it (code, name, summary and message
template from ``messages.py``) and carries its ``check(facts)``, which yields
findings.  Dropping a module here registers it; tests/test_rule_registry.py
checks that every module is registered, has a page in ``rules/`` at the top of
the repository and an example program.

Of the rate rules (``messages.PRECEDENCE``) a call site gets at most one (the
engine keeps the first in that order); the others are independent."""
import importlib
import pkgutil
import re
from typing import List

from flake8_metastudio.messages import PRECEDENCE
from flake8_metastudio.rules.base import Rule

MODULE_NAME = re.compile(r"^mst\d{3}_\w+$")

_REGISTRY: List[Rule] = []


def rule_modules() -> List[str]:
    """Names of the rule modules in this package."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if MODULE_NAME.match(m.name))


def registry() -> List[Rule]:
    """Every rule, rate rules first in precedence order, then by code."""
    if not _REGISTRY:
        found = []
        for name in rule_modules():
            module = importlib.import_module("%s.%s" % (__name__, name))
            rule = getattr(module, "RULE", None)
            if not isinstance(rule, Rule):
                raise TypeError("rule module %s defines no RULE = Rule(...)" % module.__name__)
            found.append(rule)
        order = {code: i for i, code in enumerate(PRECEDENCE)}
        found.sort(key=lambda r: (order.get(r.code, len(order)), r.code))
        _REGISTRY.extend(found)
    return list(_REGISTRY)
