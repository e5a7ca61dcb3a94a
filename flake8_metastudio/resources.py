"""Where the bundled data files and rule pages are.

In a wheel they are package data (``flake8_metastudio/data``); in a source
checkout or an editable install they are the repository's top-level
``data/`` directory, which the wheel build copies into the package.
"""
import os

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def data_path(name: str) -> str:
    for base in (os.path.join(_PACKAGE_DIR, "data"), os.path.join(os.path.dirname(_PACKAGE_DIR), "data")):
        candidate = os.path.join(base, name)
        if os.path.isfile(candidate):
            return candidate
    raise FileNotFoundError(
        "flake8-metastudio data file %r is missing from %s; reinstall the package" % (name, _PACKAGE_DIR))


def rule_page(code: str):
    """The text of ``rules/<code>.md`` (``data/rules`` in a wheel), or None."""
    for base in (os.path.join(_PACKAGE_DIR, "data", "rules"), os.path.join(os.path.dirname(_PACKAGE_DIR), "rules")):
        candidate = os.path.join(base, code + ".md")
        if os.path.isfile(candidate):
            with open(candidate, encoding="utf-8") as fh:
                return fh.read()
    return None
