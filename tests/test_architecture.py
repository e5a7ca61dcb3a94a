"""The package's layers, read from its import statements (every ``import``,
also those inside functions): no module imports one above it.

    doors:    plugin, cli, explain, output, __main__   (what users run)
    engine:   engine                                   (parse, facts, rules, findings)
    fixes:    fixes/*                                  (edits planned from a finding's facts, verified)
    rules:    rules/*                                  (decide codes and messages)
    analysis: analysis/*                               (measure: facts about the code; linking.py
                                                        resolves other modules' names with functions
                                                        the engine passes down)
    project:  project/*                                (the project model from file text: roots,
                                                        import closure, on-disk cache)
    base:     everything else (findings, messages, formatting, knowledge, limits, ...)

The doors, the benchmark and tools/golden.py reach the analysis only
through the engine."""
import ast
import os

import pytest

from conftest import ROOT

PACKAGE = os.path.join(ROOT, "flake8_metastudio")
DOORS = {"plugin", "cli", "explain", "output", "__main__"}
RANK = {"doors": 5, "engine": 4, "fixes": 3, "rules": 2, "analysis": 1, "project": 0.5, "base": 0}


def layer(module: str) -> str:
    parts = module.split(".")
    if parts[0] != "flake8_metastudio":
        raise ValueError(module)
    head = parts[1] if len(parts) > 1 else ""
    if head in DOORS:
        return "doors"
    if head in ("engine", "fixes", "rules", "analysis", "project"):
        return head
    if head == "checking":  # one file's findings for both doors, around the engine
        return "engine"
    return "base"


def imports(path: str, package: str):
    """(line, imported module) of every flake8_metastudio import in a file."""
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                # ``from flake8_metastudio import engine`` imports the submodule
                yield node.lineno, base + "." + alias.name if base == "flake8_metastudio" else base


def package_modules():
    for root, _, files in os.walk(PACKAGE):
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(root, name)
                rel = os.path.relpath(path, ROOT)[:-3].replace(os.sep, ".")
                module = rel[:-len(".__init__")] if rel.endswith(".__init__") else rel
                package = module if name == "__init__.py" else module.rsplit(".", 1)[0]
                yield path, module, package


def test_the_layer_map_sees_the_package():
    found = {layer(m) for _, m, _ in package_modules()}
    assert found == set(RANK), found


@pytest.mark.parametrize("path,module,package", list(package_modules()), ids=lambda v: str(v))
def test_no_module_imports_a_layer_above_it(path, module, package):
    mine = layer(module)
    for line, target in imports(path, package):
        if not target.startswith("flake8_metastudio."):
            continue
        theirs = layer(target)
        assert RANK[theirs] <= RANK[mine], "%s:%d (%s) imports %s (%s)" % (module, line, mine, target, theirs)
        if mine == "doors" and module.split(".")[1] in ("plugin", "cli", "explain"):
            assert theirs not in ("analysis", "rules", "fixes"), "%s:%d imports %s: go through the engine" % (
                module, line, target)


@pytest.mark.parametrize("script", ["bench/bench.py", "tools/golden.py"])
def test_scripts_use_the_engine_not_the_analysis(script):
    for line, target in imports(os.path.join(ROOT, script), ""):
        assert not target.startswith(("flake8_metastudio.analysis", "flake8_metastudio.rules")), (
            "%s:%d imports %s" % (script, line, target))


def test_the_checker_catches_an_upward_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from flake8_metastudio.rules import registry\n")
    assert [(2, "flake8_metastudio.rules")] == list(imports(str(bad), "flake8_metastudio.analysis"))
    assert RANK[layer("flake8_metastudio.rules")] > RANK[layer("flake8_metastudio.analysis.values")]


def test_the_project_model_is_below_the_analysis_and_knows_no_libcst():
    """project/ reads file text only: the pre-filter of whole-project analysis
    must stay cheap, so it neither parses nor reaches the analysis."""
    for path, module, package in package_modules():
        if layer(module) != "project":
            continue
        text = open(path, encoding="utf-8").read()
        assert "libcst" not in text, module
        for line, target in imports(path, package):
            if target.startswith("flake8_metastudio."):
                assert layer(target) in ("base", "project"), "%s:%d imports %s" % (module, line, target)


def test_linking_gets_modules_from_the_engine():
    """analysis/linking.py finds and parses other modules only through the
    functions the engine hands it (never by importing the project model or the engine)."""
    path = os.path.join(PACKAGE, "analysis", "linking.py")
    targets = [t for _, t in imports(path, "flake8_metastudio.analysis")]
    assert not [t for t in targets if t.startswith("flake8_metastudio.") and layer(t) in ("project", "engine")], targets
    assert "open(" not in open(path, encoding="utf-8").read()


def test_fixes_sit_between_the_rules_and_the_engine():
    assert RANK[layer("flake8_metastudio.engine")] > RANK[layer("flake8_metastudio.fixes.planner")] \
        > RANK[layer("flake8_metastudio.rules.base")]
