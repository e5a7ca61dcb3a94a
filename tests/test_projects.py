"""Whole-project analysis, as a user runs it: ``flake8 .`` (also ``-j 2``) and
``metastudio-lint .`` at the root of each example project in tests/projects
must report exactly the ``# expect:`` comments of its files (file, line,
code, and the rate and column where they are written), and the same with a
warm on-disk cache.  Then the cache itself: a changed module changes the
findings of the files importing it, processes writing at once leave only
whole entries, the folder ignores itself for git, and the options that
move it, switch it off and add source roots."""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import HERE
from expectations import FOUND, expectations

PROJECTS = sorted(p for p in glob.glob(os.path.join(HERE, "projects", "*")) if os.path.isdir(p))
RATE = re.compile(r"~(\d+(?:\.\d+)?(?:e[+-]?\d+)?)/s")


def expected(root):
    want = {}
    for path in sorted(glob.glob(os.path.join(root, "**", "*.py"), recursive=True)):
        rel = os.path.relpath(path, root)
        want[rel] = expectations(open(path, encoding="utf-8").read())
    return want


def run(cmd, cwd):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode in (0, 1), (proc.returncode, proc.stderr)
    return proc.stdout


def findings(output, root):
    """{file: [(line, column, code, rate)]} from flake8-style text output."""
    got = {}
    for line in output.splitlines():
        m = FOUND.match(line)
        if m is None:
            continue
        rel = os.path.relpath(os.path.join(root, m.group("path")), root)
        rate = RATE.search(line[m.end():])
        got.setdefault(rel, []).append((int(m.group("line")), int(m.group("col")), m.group("code"),
                                        float(rate.group(1)) if rate and m.group("code") in (
                                            "MST101", "MST102", "MST103") else None))
    return got


def mismatches(want, got):
    problems = []
    for rel in sorted(set(want) | set(got)):
        exp, found = want.get(rel, []), got.get(rel, [])
        for e in exp:
            if not any(e.matches(*item) for item in found):
                problems.append("missing %s:%s" % (rel, e))
        for item in found:
            if not any(e.matches(*item) for e in exp):
                problems.append("unexpected %s:%s" % (rel, item))
    return problems


def flake8(*args):
    return [sys.executable, "-m", "flake8", "--select=MST", "--no-show-source", *args]


def lint(*args):
    return [sys.executable, "-m", "flake8_metastudio", *args]


def copy(project, tmp_path):
    target = tmp_path / os.path.basename(project)
    shutil.copytree(project, target)
    return str(target)


def test_every_project_has_expectations_or_says_it_is_clean():
    assert len(PROJECTS) >= 7
    for root in PROJECTS:
        want = expected(root)
        readme = open(os.path.join(root, "README.md"), encoding="utf-8").read()
        assert any(want.values()) or "No finding" in readme, root


@pytest.mark.parametrize("root", PROJECTS, ids=os.path.basename)
def test_project_findings_from_both_doors(root, tmp_path):
    root = copy(root, tmp_path)  # the cache is written in the current folder: keep tests/ clean
    want = expected(root)
    cache = "--metastudio-cache-dir=%s" % (tmp_path / "cache")
    runs = {
        "flake8 .": run(flake8(cache, "."), root),
        "flake8 -j 2 .": run(flake8("-j", "2", cache, "."), root),
        "metastudio-lint .": run(lint(cache, "."), root),
    }
    for door, output in runs.items():
        problems = mismatches(want, findings(output, root))
        assert not problems, "%s in %s:\n%s\n%s" % (door, os.path.basename(root), "\n".join(problems), output)
    # identical messages from every door (metastudio-lint also says E999 for app/broken.py); that the
    # cache changes no finding of any project is test_module_summaries' (in process, after every edit)
    texts = {door: sorted(line for line in out.replace("./", "").splitlines() if ": MST" in line)
             for door, out in runs.items()}
    assert len({tuple(t) for t in texts.values()}) == 1, texts


def test_a_finding_through_another_module_names_the_path(tmp_path):
    root = copy(os.path.join(HERE, "projects", "catalog_jobs"), tmp_path)
    out = run(flake8("--metastudio-no-cache", "catalog/jobs/import_products.py"), root)
    assert "[via catalog.services.products.ProductService.create() -> create_product]" in out, out
    assert "cn-east-3 allows 3/s" in out, out  # the region of catalog/settings.py


def test_a_wrapper_module_is_judged_in_the_region_its_importer_gives(tmp_path):
    """RoomCatalog (console/api/rooms.py) holds a client known only by its annotation; main.py
    builds it with the ap-southeast-3 client of console/sdk.py.  The fan-out in rooms.py is
    judged in that region (10/s), not in --metastudio-region (cn-north-4, 20/s), whichever
    door and however the file is named."""
    root = copy(os.path.join(HERE, "projects", "live_console"), tmp_path)
    for cmd in (flake8("--metastudio-no-cache", "console/api/rooms.py"), lint("--metastudio-no-cache", ".")):
        out = run(cmd, root)
        (line,) = [l for l in out.splitlines() if "rooms.py:43:" in l]
        assert "ap-southeast-3 allows 10/s" in line and "cap concurrency at 1" in line, out
    # explain says the same: the importer's row, with where its region comes from
    rows = json.loads(run(lint("explain", "--format", "json", "--metastudio-no-cache", "console/api/rooms.py"), root))
    (row,) = [r for r in rows if r["line"] == 43]
    assert row["region"] == "ap-southeast-3" and "console/settings.py:7" in row["region_from"], row
    assert row["limit"] == 10 and row["verdict"].startswith("MST102"), row


def test_a_changed_module_changes_the_findings_of_its_importers(tmp_path):
    root = copy(os.path.join(HERE, "projects", "catalog_jobs"), tmp_path)
    cache = "--metastudio-cache-dir=%s" % (tmp_path / "cache")
    first = run(flake8(cache, "."), root)
    assert "import_products.py:12:13: MST101" in first
    assert "cn-east-3 allows 3/s" in first
    # the settings module (imported through the client factory) moves to Beijing
    settings = os.path.join(root, "catalog", "settings.py")
    text = open(settings, encoding="utf-8").read()
    open(settings, "w", encoding="utf-8").write(text.replace('"cn-east-3"', '"cn-north-4"'))
    second = run(flake8(cache, "."), root)
    assert "cn-north-4 allows 4/s" in second and "cn-east-3" not in second, second
    # the service starts pacing itself: the importers' loops are fine now
    service = os.path.join(root, "catalog", "services", "products.py")
    text = open(service, encoding="utf-8").read()
    text = text.replace('"""Products in MetaStudio', 'import time\n"""Products in MetaStudio')
    text = text.replace("        body = CreateProductRequestBody(", "        time.sleep(0.5)\n        body = CreateProductRequestBody(")
    open(service, "w", encoding="utf-8").write(text)
    third = run(flake8(cache, "."), root)
    assert "import_products.py" not in third and "refresh.py:16:9: MST101" in third, third
    # and back: the first answer again, from a cache that holds every version
    shutil.rmtree(root)
    root = copy(os.path.join(HERE, "projects", "catalog_jobs"), tmp_path)
    assert run(flake8(cache, "."), root) == first


def test_a_new_module_that_an_import_now_finds_is_seen(tmp_path):
    """An import that did not resolve when an entry was written is checked again."""
    root = tmp_path / "proj"
    root.mkdir()
    (root / "setup.cfg").write_text("[flake8]\n")
    (root / "load.py").write_text(
        "from huaweicloudsdkmetastudio.v1 import CreateProductRequest\n"
        "from tools.pace import pace\n\n\n"
        "def load(client, names):\n"
        "    for name in names:\n"
        "        client.create_product(CreateProductRequest(body={'name': name}))\n"
        "        pace()\n")
    cache = "--metastudio-cache-dir=%s" % (tmp_path / "cache")
    before = run(flake8(cache, "load.py"), str(root))
    (root / "tools").mkdir()
    (root / "tools" / "pace.py").write_text("import time\n\n\ndef pace():\n    time.sleep(1)\n")
    after = run(flake8(cache, "load.py"), str(root))
    assert "load.py:7:9: MST101" in before and "MST101" not in after, (before, after)


def test_processes_writing_at_once_leave_whole_entries(tmp_path):
    root = copy(os.path.join(HERE, "projects", "catalog_jobs"), tmp_path)
    folder = tmp_path / "cache"
    cmd = flake8("-j", "2", "--metastudio-cache-dir=%s" % folder, ".")
    procs = [subprocess.Popen(cmd, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all("Traceback" not in err for _, err in outputs), outputs
    assert len({tuple(sorted(out.splitlines())) for out, _ in outputs}) == 1, outputs
    entries = [os.path.join(d, n) for d, _, files in os.walk(str(folder)) for n in files]
    names = {os.path.basename(p) for p in entries}
    assert ".gitignore" in names and not [n for n in names if n.startswith(".tmp-")], names
    for path in entries:
        if path.endswith(".json"):
            json.load(open(path, encoding="utf-8"))  # whole entries only
    assert open(str(folder / ".gitignore"), encoding="utf-8").read().splitlines()[-1] == "*"
    warm = run(cmd, root)
    assert sorted(warm.splitlines()) == sorted(outputs[0][0].splitlines())


def test_a_damaged_entry_is_recomputed(tmp_path):
    root = copy(os.path.join(HERE, "projects", "video_worker"), tmp_path)
    folder = tmp_path / "cache"
    cmd = flake8("--metastudio-cache-dir=%s" % folder, ".")
    first = run(cmd, root)
    for path in glob.glob(str(folder / "*" / "*.json")):
        open(path, "w").write('{"format": 1, "deps": [')
    assert run(cmd, root) == first


def test_the_default_cache_folder_and_no_cache(tmp_path, monkeypatch):
    monkeypatch.delenv("METASTUDIO_CACHE_DIR")  # the test session's folder (conftest.py)
    root = copy(os.path.join(HERE, "projects", "live_retries"), tmp_path)
    run(flake8("--metastudio-no-cache", "."), root)
    assert not os.path.exists(os.path.join(root, ".metastudio_cache"))
    with open(os.path.join(root, "setup.cfg"), "a", encoding="utf-8") as fh:
        fh.write("metastudio-no-cache = true\n")
    run(flake8("."), root)
    run(lint("."), root)
    assert not os.path.exists(os.path.join(root, ".metastudio_cache"))
    os.remove(os.path.join(root, "setup.cfg"))
    out = run(flake8("."), root)
    assert "MST104" in out
    assert open(os.path.join(root, ".metastudio_cache", ".gitignore")).read().splitlines()[-1] == "*"
    status = subprocess.run(["git", "status", "--porcelain", "--ignored"], cwd=root, capture_output=True,
                            text=True)
    if status.returncode == 0 and subprocess.run(["git", "init", "-q"], cwd=root).returncode == 0:
        listed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=root,
                                capture_output=True, text=True).stdout
        assert ".metastudio_cache" not in listed, listed


def _source_roots_project(tmp_path):
    root = tmp_path / "app"
    (root / "vendored" / "billing").mkdir(parents=True)
    (root / "vendored" / "billing" / "__init__.py").write_text("")
    (root / "vendored" / "billing" / "products.py").write_text(
        "from huaweicloudsdkmetastudio.v1 import CreateProductRequest\n\n\n"
        "def push(client, name):\n"
        "    return client.create_product(CreateProductRequest(body={'name': name}))\n")
    (root / "jobs").mkdir()
    (root / "jobs" / "load.py").write_text(
        "from billing.products import push\n\n\n"
        "def load(client, names):\n"
        "    for name in names:\n"
        "        push(client, name)\n")
    (root / "setup.cfg").write_text("[flake8]\n")
    return str(root)


def test_source_roots_on_the_command_line_and_in_the_config(tmp_path):
    root = _source_roots_project(tmp_path)
    assert "MST101" not in run(flake8("--metastudio-no-cache", "jobs/load.py"), root)
    out = run(flake8("--metastudio-no-cache", "--metastudio-source-roots=vendored", "jobs/load.py"), root)
    assert "jobs/load.py:6:9: MST101" in out and "[via billing.products.push() -> create_product]" in out, out
    with open(os.path.join(root, "setup.cfg"), "a") as fh:
        fh.write("metastudio-source-roots = vendored\nmetastudio-no-cache = true\n")
    os.mkdir(os.path.join(root, "jobs", "sub"))
    for cmd, cwd in ((flake8("load.py"), os.path.join(root, "jobs")), (lint("jobs/load.py"), root)):
        assert "MST101" in run(cmd, cwd), cmd


@pytest.mark.parametrize("argv,text", [
    (["--metastudio-source-roots=no/such/folder"], "--metastudio-source-roots: invalid value 'no/such/folder'"),
    (["--metastudio-source-roots="], "--metastudio-source-roots: empty value"),
    (["--metastudio-cache-dir=setup.cfg"], "--metastudio-cache-dir: invalid value 'setup.cfg': expected a folder"),
])
def test_bad_project_options_are_one_line_errors(tmp_path, argv, text):
    root = _source_roots_project(tmp_path)
    for cmd in (flake8(*argv, "."), lint(*argv, ".")):
        proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2 and text in proc.stderr and "Traceback" not in proc.stderr, (cmd, proc.stderr)


def test_explain_shows_the_chain_and_where_the_region_came_from(tmp_path):
    root = copy(os.path.join(HERE, "projects", "catalog_jobs"), tmp_path)
    out = run(lint("explain", "catalog/jobs/refresh.py"), root)
    assert ("line 16: catalog/jobs/refresh.py:16 -> catalog.services.products.ProductService.rename() -> "
            "catalog/services/products.py:23 update_product") in out, out
    assert "MetaStudioRegion.value_of('cn-east-3') at catalog/settings.py:5" in out, out
    rows = json.loads(run(lint("explain", "--format", "json", "catalog/jobs/import_products.py"), root))
    assert [(r["line"], r["sdk_method"], r["verdict"]) for r in rows] == [(12, "create_product", "MST101")]
    assert rows[0]["chain"].endswith("catalog/services/products.py:19 create_product")
    # the service module itself: its calls are not repeated there
    rows = json.loads(run(lint("explain", "--format", "json", "catalog/services/products.py"), root))
    assert {r["verdict"] for r in rows} == {"ok"} and len(rows) == 3, rows


def test_sarif_and_json_carry_the_chain(tmp_path):
    root = copy(os.path.join(HERE, "projects", "catalog_jobs"), tmp_path)
    sarif = json.loads(run(lint("--metastudio-no-cache", "--format", "sarif", "."), root))
    results = {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"]): r for r in sarif["runs"][0]["results"]}
    result = results[("catalog/jobs/import_products.py", 12)]
    related = result["relatedLocations"][0]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "catalog/services/products.py"
    assert related["physicalLocation"]["region"]["startLine"] == 19
    steps = result["codeFlows"][0]["threadFlows"][0]["locations"]
    assert [s["location"]["physicalLocation"]["region"]["startLine"] for s in steps] == [12, 19]
    import jsonschema

    schema = json.load(open(os.path.join(HERE, "data", "sarif-schema-2.1.0.json"), encoding="utf-8"))
    jsonschema.validate(sarif, schema)
    found = json.loads(run(lint("--metastudio-no-cache", "--format", "json", "catalog/jobs"), root))
    mine = [f for f in found if f["path"].endswith("import_products.py")]
    assert mine[0]["related"][0]["line"] == 19 and mine[0]["related"][0]["path"].endswith("products.py")


def test_code_with_no_metastudio_in_its_closure_is_never_parsed(tmp_path, monkeypatch):
    """The pre-filter stays cheap: a file whose imports reach no MetaStudio
    code is not parsed, and LibCST is not even imported."""
    monkeypatch.delenv("METASTUDIO_CACHE_DIR")  # the default folder: no entry is written there
    root = tmp_path / "plain"
    (root / "app").mkdir(parents=True)
    (root / "setup.cfg").write_text("[flake8]\n")
    (root / "app" / "__init__.py").write_text("")
    (root / "app" / "models.py").write_text("import os\n\n\nclass User:\n    name = os.environ.get('USER')\n")
    (root / "app" / "views.py").write_text("from app.models import User\nfrom . import models\n\n\n"
                                           "def show():\n    return User.name, models\n")
    script = ("import ast, sys\nfrom flake8_metastudio import checking, options\n"
              "s = options.settings_from({})\n"
              "for p in ('app/views.py', 'app/models.py'):\n"
              "    src = open(p).read()\n"
              "    assert checking.findings(src, s, ast.parse(src), p) == []\n"
              "print('libcst' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script], cwd=str(root), capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", (out.stdout, out.stderr)
    assert not (root / ".metastudio_cache").exists() or not glob.glob(str(root / ".metastudio_cache" / "*" / "*.json"))


def test_an_importer_that_cannot_be_analysed_does_not_break_its_imports(tmp_path, monkeypatch):
    from flake8_metastudio import engine
    from flake8_metastudio.options import settings_from

    root = copy(os.path.join(HERE, "projects", "loose_ends"), tmp_path)
    settings = settings_from({"metastudio_no_cache": True})
    target = os.path.join(root, "app", "settings.py")
    text = open(target, encoding="utf-8").read()
    assert [f.code for f in engine.lint_file(text, settings, target)] == ["MST202"]
    real = engine._analyze_in_project

    def failing(source, settings, path, tree):
        if path.endswith("clients.py"):
            raise RuntimeError("boom")
        return real(source, settings, path, tree)

    monkeypatch.setattr(engine, "_analyze_in_project", failing)
    engine._RESULTS.clear()
    assert engine.lint_file(text, settings, target) == []  # clients.py's own lint says MST900
    with pytest.raises(RuntimeError):
        engine.lint_file(open(os.path.join(root, "app", "clients.py")).read(), settings,
                         os.path.join(root, "app", "clients.py"))


@pytest.mark.parametrize("text,mentions", [
    ("import huaweicloudsdkmetastudio", True), ("URL = 'https://x/v1/p/SMART-LIVE-rooms'", True),
    ("x = 'METAſTUDIO'", True), ("x = 'METASTUD\u0130O'", True), ("x = 'metastud\u0131o'", True),
    ("x = 'metastudio'.upper() + 'é'", True), ("x = 'méta studio'", False), ("x = 'meta studio'", False), ("print('/smartlive')", False), ("", False),
])
def test_the_fast_pre_filter_says_what_the_pattern_says(text, mentions):
    from flake8_metastudio.prefilter import MARKERS, mentions_metastudio

    assert mentions_metastudio(text) is mentions
    assert (MARKERS.search(text) is not None) is mentions


def test_a_fifo_among_the_project_files_is_never_read(tmp_path):
    root = _source_roots_project(tmp_path)
    os.mkfifo(os.path.join(root, "jobs", "pipe.py"))
    with open(os.path.join(root, "jobs", "load.py"), "a") as fh:
        fh.write("\n\nfrom jobs import pipe  # noqa: E402\n")
    out = run(flake8("--metastudio-source-roots=vendored", "jobs/load.py"), root)  # would block on the FIFO
    assert "jobs/load.py:6:9: MST101" in out, out


def test_every_option_a_result_depends_on_is_in_the_cache_key():
    """A cached result is never reused under other options: changing any field
    of Settings (other than where the cache lives) changes the key. An option
    once missing from a hand-written list reused findings made under another
    worker concurrency."""
    import dataclasses

    from flake8_metastudio import engine
    from flake8_metastudio.options import Settings

    other = {int: 7, float: 0.5, str: "cn-east-3"}
    base = Settings()
    for f in dataclasses.fields(Settings):
        if f.name in ("cache_dir", "table"):
            continue
        value = getattr(base, f.name)
        if f.name == "timbres":
            changed = frozenset({"voice-1"})
        elif f.name == "source_roots":
            changed = ("/elsewhere",)
        elif f.name == "limits_file":
            continue  # keyed by the file's text: covered by the cache tests above
        else:
            changed = other.get(type(value), other[int]) if value is not None else 5
        assert engine._fingerprint(dataclasses.replace(base, **{f.name: changed})) != engine._fingerprint(base), f.name


def test_the_cache_folder_from_the_environment(tmp_path, monkeypatch):
    """METASTUDIO_CACHE_DIR is the default folder (the option and the config
    file come first); the test session sets it, so running flake8 in place
    in tests/ leaves no .metastudio_cache/ there."""
    root = copy(os.path.join(HERE, "projects", "live_retries"), tmp_path)
    moved = tmp_path / "from-env"
    monkeypatch.setenv("METASTUDIO_CACHE_DIR", str(moved))
    assert "MST104" in run(flake8("."), root)
    assert glob.glob(str(moved / "*" / "*.json")) and not os.path.exists(os.path.join(root, ".metastudio_cache"))
    given = tmp_path / "given"
    run(flake8("--metastudio-cache-dir=%s" % given, "."), root)
    assert glob.glob(str(given / "*" / "*.json"))
    monkeypatch.setenv("METASTUDIO_CACHE_DIR", os.path.join(root, "setup.cfg"))  # a file: a one-line error
    proc = subprocess.run(flake8("."), cwd=root, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "METASTUDIO_CACHE_DIR: invalid value" in proc.stderr, proc.stderr
    # in place, as the eval-file tests run flake8: nothing new in the checkout
    monkeypatch.setenv("METASTUDIO_CACHE_DIR", str(tmp_path / "session"))
    eval_files = os.path.join(HERE, "eval_files")
    before = sorted(os.listdir(eval_files))
    run(flake8(sorted(n for n in before if n.endswith(".py"))[0]), eval_files)
    assert sorted(os.listdir(eval_files)) == before
    assert glob.glob(str(tmp_path / "session" / "*" / "*.json"))


def _shared_root_project(tmp_path, service):
    """A job in the project folder whose service lives in a source root
    outside it (so the project scan never reads it: it is read when a
    file's imports reach it)."""
    (tmp_path / "shared" / "billing").mkdir(parents=True)
    (tmp_path / "shared" / "billing" / "__init__.py").write_text("")
    (tmp_path / "shared" / "billing" / "products.py").write_text(service)
    root = tmp_path / "app"
    (root / "jobs").mkdir(parents=True)
    (root / "setup.cfg").write_text("[flake8]\nmetastudio-source-roots = ../shared\n")
    (root / "jobs" / "load.py").write_text(
        "from billing.products import push\n\n\n"
        "def load(client, names):\n"
        "    for name in names:\n"
        "        push(client, name)\n")
    return str(root)


def test_what_the_imports_reach_outside_the_project_folder_is_never_stale(tmp_path):
    """The closure of a file is read lazily and kept in the cache with each
    file's size and time: a module outside the scanned folder that gains an
    SDK call makes its importer analysed in the next run with the same cache."""
    plain = "def push(client, name):\n    return client.upload(name)\n"
    root = _shared_root_project(tmp_path, plain)
    cache = "--metastudio-cache-dir=%s" % (tmp_path / "cache")
    assert "MST" not in run(flake8(cache, "jobs/load.py"), root)
    target = tmp_path / "shared" / "billing" / "products.py"
    target.write_text("from huaweicloudsdkmetastudio.v1 import CreateProductRequest\n\n\n"
                      "def push(client, name):\n"
                      "    return client.create_product(CreateProductRequest(body={'name': name}))\n")
    out = run(flake8(cache, "jobs/load.py"), root)
    assert "jobs/load.py:6:9: MST101" in out and "[via billing.products.push() -> create_product]" in out, out
    target.write_text(plain)
    assert "MST" not in run(flake8(cache, "jobs/load.py"), root)


def test_the_text_linted_decides_its_imports_not_the_file_on_disk(tmp_path):
    """An editor lints its buffer through stdin: the imports of that text
    count, whatever the file on disk imported when the cache was filled."""
    service = ("from huaweicloudsdkmetastudio.v1 import CreateProductRequest\n\n\n"
               "def push(client, name):\n"
               "    return client.create_product(CreateProductRequest(body={'name': name}))\n")
    root = _shared_root_project(tmp_path, service)
    cache = "--metastudio-cache-dir=%s" % (tmp_path / "cache")
    assert "MST101" in run(flake8(cache, "jobs/load.py"), root)
    edited = "def load(client, names):\n    for name in names:\n        print(client, name)\n"
    proc = subprocess.run(flake8(cache, "--stdin-display-name=jobs/load.py", "-"), cwd=root, input=edited,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout == "", (proc.stdout, proc.stderr)
    loop = open(os.path.join(root, "jobs", "load.py")).read()
    os.remove(os.path.join(root, "jobs", "load.py"))  # the buffer of a file not saved yet
    proc = subprocess.run(flake8(cache, "--stdin-display-name=jobs/load.py", "-"), cwd=root, input=loop,
                          capture_output=True, text=True, timeout=120)
    assert "jobs/load.py:6:9: MST101" in proc.stdout, (proc.stdout, proc.stderr)


def test_findings_through_another_module_get_the_fix_of_the_file_holding_the_loop(tmp_path):
    """``metastudio-lint fix`` plans the fix of a cross-module finding from
    the project analysis of the file that holds the loop or the pool (a sleep
    in its loop, a lower bound on its pool), verifies it the same way, and
    leaves the service module alone."""
    root = copy(os.path.join(HERE, "projects", "catalog_jobs"), tmp_path)
    service = os.path.join(root, "catalog", "services", "products.py")
    before = open(service, encoding="utf-8").read()
    found = json.loads(run(lint("--metastudio-no-cache", "--format", "json", "catalog/jobs"), root))
    assert found and all(f["fix"] for f in found), found
    assert {f["fix"]["message"] for f in found} == {"sleep 0.334 s before each iteration of the loop",
                                                    "lower the pool's bound from 8 to 1"}, found
    proc = subprocess.run(lint("fix", "--metastudio-no-cache", "--unsafe-fixes", "."), cwd=root, capture_output=True,
                          text=True, timeout=300)
    assert "fixed %d finding(s) in 2 file(s)" % len(found) in proc.stderr, (proc.stdout, proc.stderr)
    assert open(service, encoding="utf-8").read() == before
    assert "time.sleep(0.334)" in open(os.path.join(root, "catalog", "jobs", "import_products.py")).read()
    for cmd in (flake8("--metastudio-no-cache", "catalog/jobs"), lint("--metastudio-no-cache", "catalog/jobs")):
        assert ": MST" not in run(cmd, root), cmd


def test_a_file_thousands_of_folders_deep_is_linted(tmp_path):
    # the project folder is looked for from the file's folder up: a path 1,400
    # folders deep (a valid path) must not exhaust the interpreter's recursion
    folders = [str(tmp_path)]
    try:
        for _ in range(1400):
            folders.append(os.path.join(folders[-1], "a"))
            os.mkdir(folders[-1])
        shutil.copy(os.path.join(HERE, "..", "examples", "import_products.py"), os.path.join(folders[-1], "svc.py"))
        cli = [sys.executable, "-m", "flake8_metastudio", "--metastudio-no-cache", "svc.py"]
        out = run(cli, cwd=folders[-1])
        assert re.search(r"^svc\.py:\d+:\d+: MST101 ", out, re.M), out
    finally:
        # removed here, deepest first: pytest's own clean-up recurses per folder and would fail on it
        shutil.rmtree(folders[-1], ignore_errors=True)
        for folder in reversed(folders[1:-1]):
            os.rmdir(folder)
