"""The on-disk cache never changes what is found (issue 11, part 5).

Every example project in tests/projects is linted file by file as the
flake8 door does (``checking.findings`` with the file's ``ast``, a fresh
process simulated by ``engine.forget_project_state``), without a cache,
and then with one: cold (empty), warm (everything read back from disk), and
warm after each module in turn is edited (moved one line down, its integers
changed, so regions, pool sizes and sleeps change with them, a line appended;
up to six modules, those the findings are in or lead through first).  Each time
every file's findings -- line, column, code, the full message and the
``via`` chain -- must equal those of a run without the cache on the same
text.  Then the fixed costs a warm re-lint pays in a fresh process: the
hash of the plugin's own code is kept by its files' stamps, and a changed
file of the plugin still changes it."""
import ast
import glob
import os
import re
import shutil

import pytest

from conftest import HERE
from flake8_metastudio import checking, config, engine
from flake8_metastudio.options import settings_from
from flake8_metastudio.project import cache as cache_mod

PROJECTS = sorted(p for p in glob.glob(os.path.join(HERE, "projects", "*")) if os.path.isdir(p))
INTEGER = re.compile(r"\b\d+\b")


def settings_for(root, cache_dir):
    values = dict(config.values(os.path.join(root, "setup.cfg"), start=root)) \
        if os.path.exists(os.path.join(root, "setup.cfg")) else {}
    if cache_dir is None:
        values["metastudio_no_cache"] = "true"
    else:
        values["metastudio_cache_dir"] = cache_dir
    return settings_from(values)


def lint_project(root, cache_dir):
    """{relative path: [(line, col, code, message, chain)]} of every file, as a fresh flake8 process sees it."""
    engine.forget_project_state()
    settings = settings_for(root, cache_dir)
    out = {}
    for path in sorted(glob.glob(os.path.join(root, "**", "*.py"), recursive=True)):
        source = open(path, encoding="utf-8").read()
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue  # flake8 reports E999; the plugin is not called
        found = checking.findings(source, settings, tree, path)
        out[os.path.relpath(path, root)] = [
            (f.line, f.col, f.code, f.message, [tuple(c) for c in f.chain]) for f in found]
    engine.forget_project_state()
    return out


def edited(text, n):
    """The module one line lower (every position in it moves, also in the chains of findings
    elsewhere that lead into it), every integer literal changed (n -> 3n + 1), a line appended."""
    body = INTEGER.sub(lambda m: str(int(m.group(0)) * 3 + 1), text)
    return "\n" + body + "\n_edited_%d = %d\n" % (n, n)


@pytest.mark.parametrize("project", PROJECTS, ids=os.path.basename)
def test_findings_are_the_same_with_and_without_the_cache(project, tmp_path):
    root = str(tmp_path / "project")
    shutil.copytree(project, root)
    cache_dir = str(tmp_path / "cache")
    plain = lint_project(root, None)
    assert lint_project(root, cache_dir) == plain, "cold cache"
    assert lint_project(root, cache_dir) == plain, "warm cache"
    modules = edited_modules(root, plain)
    changed_somewhere = False
    for n, path in enumerate(modules):
        text = open(path, encoding="utf-8").read()
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(edited(text, n))
        now = lint_project(root, None)
        changed_somewhere = changed_somewhere or now != plain
        assert lint_project(root, cache_dir) == now, "warm cache after editing %s" % os.path.relpath(path, root)
        plain = now
    # the edits must matter somewhere, or this test would not see a stale entry
    assert changed_somewhere or not any(plain.values())


MAX_EDITED = 6  # modules edited in turn per project (each edit lints the whole project twice)


def edited_modules(root, found):
    """The modules edited in turn: those the findings are in or lead through
    first (an edit there must move or change them), then the others in path
    order, at most MAX_EDITED."""
    modules = sorted(glob.glob(os.path.join(root, "**", "*.py"), recursive=True))
    involved = {os.path.join(root, rel) for rel, fs in found.items() if fs}
    involved |= {os.path.abspath(c[0]) for fs in found.values() for f in fs for c in f[4]}
    return sorted(modules, key=lambda m: (os.path.abspath(m) not in involved, m))[:MAX_EDITED]


def settle(*paths):
    """Files as if written long ago (their stamps may then stand for their texts)."""
    for path in paths:
        os.utime(path, ns=(10**18, 10**18))


def test_the_hash_of_the_plugin_code_follows_its_files(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    (package / "project").mkdir(parents=True)
    files = [package / "engine.py", package / "project" / "cache.py", package / "notes.txt"]
    for path, text in zip(files, ["A = 1\n", "B = 2\n", "not code\n"]):
        path.write_text(text)
    settle(*files)
    monkeypatch.setattr(cache_mod, "__file__", str(package / "project" / "cache.py"))
    store = cache_mod.Cache(str(tmp_path / "cache"))

    def fresh(with_store):
        monkeypatch.setattr(cache_mod, "_code_hash", None)  # as a new process starts
        return cache_mod.code_hash(store if with_store else None)

    first = fresh(False)
    assert fresh(True) == first  # kept by stamps or not, the same hash
    assert fresh(True) == first  # read back from the store
    (package / "notes.txt").write_text("still not code, longer\n")
    assert fresh(True) == first
    (package / "engine.py").write_text("A = 7\n")  # same size, and (a coarse clock) the same time
    settle(package / "engine.py")
    assert fresh(True) == first  # the same stamps: what a stamp can say, kept...
    # ... which is why a file written moments ago is never taken by its stamp (it could change again
    # within the clock's resolution): the hash comes from the texts, and is not stored
    (package / "engine.py").write_text("A = 8\n")
    changed = fresh(True)
    assert changed != first and changed == fresh(False)
    (package / "project" / "extra.py").write_text("")
    assert fresh(True) != changed


SERVICE = """from huaweicloudsdkmetastudio.v1 import CreateSmartLiveRoomRequest, MetaStudioClient

client = MetaStudioClient.new_builder().build()


def op(item):
    return client.create_smart_live_room(CreateSmartLiveRoomRequest())
"""
JOB = """from lib import op


def run(items):
    for item in items:
        op(item)
"""


def test_a_same_size_edit_within_the_clocks_resolution_is_not_missed(tmp_path):
    """The project scan keeps what each file imports by its size and modification time; a file
    rewritten with the same size and (on a coarse clock) the same time must still be read again."""
    root = tmp_path / "project"
    root.mkdir()
    (root / "setup.cfg").write_text("[flake8]\n")
    (root / "svc.py").write_text(SERVICE)
    (root / "other.py").write_text("def op(item):\n    return item\n")
    (root / "jobs.py").write_text(JOB)
    lib = root / "lib.py"
    lib.write_text("from other import op\n")
    cache_dir = str(tmp_path / "cache")
    assert lint_project(str(root), cache_dir)["jobs.py"] == []
    before = os.stat(lib)
    lib.write_text("from svc import op  \n")  # the same size
    os.utime(lib, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same stamp
    assert os.stat(lib).st_size == before.st_size
    plain = lint_project(str(root), None)
    assert [f[2] for f in plain["jobs.py"]] == ["MST101"]
    assert lint_project(str(root), cache_dir) == plain
