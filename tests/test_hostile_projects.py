"""An attacker's whole projects: import cycles, huge packages, modules named
like the stdlib or the SDK, folders that are not project code, symlinks and
special files among the modules, imported modules that cannot be read or
parsed, source roots that make no sense and a damaged on-disk cache.

Each case is a project generated in ``tmp_path`` (a ``setup.cfg`` marks its
root), linted as a user lints it: ``flake8 .`` at the root (``-j1`` and
``-j2``) and ``metastudio-lint .``, each in a subprocess under the caps of
tests/test_hostile_attacks.py (4 GB of address space, 60 s of CPU), never a
traceback or a signal.  The findings are marked in the files
(``# <- MSTnnn``); both doors must give exactly those, message for message.
"""
import json
import os
import re
import subprocess
import sys
import threading

import pytest

from test_hostile_attacks import ROW, expected, run_door

CLIENT = (
    "from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient\n"
    "\n"
    "client = MetaStudioClient.new_builder().build()\n"
)
HELPER = CLIENT + "\n\ndef create(row):\n    client.create_product(CreateProductRequest())\n"


def loop(imports, call="create(row)", mark="MST101"):
    """A module importing ``imports`` and repeating ``call`` in a for loop."""
    tail = "  # <- %s" % mark if mark else ""
    return imports + "\n\ndef sync(rows):\n    for row in rows:\n        %s%s\n" % (call, tail)


def write(root, files):
    """Write ``files`` ({relative path: text or bytes}) under ``root``, with
    ``setup.cfg`` marking the project folder and ``__init__.py`` in ``app/``."""
    files = dict({"setup.cfg": "", "app/__init__.py": ""}, **files)
    for rel, body in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(body, bytes):
            path.write_bytes(body)
        else:
            path.write_text(body, encoding="utf-8")
    return files


def want_of(files):
    """{(relative path, line, code)} marked in the project's text files."""
    out = set()
    for rel, body in files.items():
        if isinstance(body, str) and rel.endswith(".py"):
            out |= {(rel, line, code) for line, code in expected(body)}
    return out


def rows(door, root):
    out = set()
    for line in door.stdout.splitlines():
        m = ROW.match(line)
        assert m, "%s: not a result line: %r" % (door.name, line)
        rel = os.path.relpath(os.path.join(str(root), m.group("path")), str(root))
        out.add((rel, int(m.group("line")), m.group("code"), m.group("msg")))
    return out


def lint_project(root, want, *options, flake8_options=(), targets=(".",), jobs=("-j1", "-j2")):
    """Both doors at the project root give exactly ``want`` (and agree message for message)."""
    results = []
    for j in jobs:
        results.append(run_door("flake8", ["--isolated", j, *options, *flake8_options, *targets], root))
    results.append(run_door("metastudio-lint", ["--isolated", *options, *targets], root))
    for door in results:
        got = {(rel, line, code) for rel, line, code, _ in rows(door, root)}
        assert got == want, (door.name, sorted(got), sorted(want), door.stderr[-1500:])
        assert door.returncode == (1 if want else 0), (door.name, door.returncode, door.stderr[-1500:])
    assert all(rows(r, root) == rows(results[0], root) for r in results)
    return results


def assert_project(tmp_path, files, *options, **kwargs):
    files = write(tmp_path, files)
    return lint_project(tmp_path, want_of(files), *options, **kwargs)


# -- import cycles and re-exports --------------------------------------------------------------------------
def ring(n):
    """``n`` modules importing one another in a ring; ``f`` of each calls the
    next one's, the last makes the SDK call (and calls the first again)."""
    files = {}
    for i in range(n):
        nxt = (i + 1) % n
        body = "from app import m%d\n" % nxt
        if i == n - 1:
            body += HELPER + "\n\ndef f(row):\n    create(row)\n    if row:\n        m%d.f(row.child)\n" % nxt
        else:
            body += "\n\ndef f(row):\n    m%d.f(row)\n" % nxt
        files["app/m%d.py" % i] = body
    files["app/jobs.py"] = loop("from app import m0\n", "m0.f(row)")
    return files


def reexport_chain(n, what="create"):
    """``r0`` imports ``what`` (a name, or ``*``) from ``r1`` ... the last defines the helper."""
    files = {"app/r%d.py" % i: "from app.r%d import %s\n" % (i + 1, what) for i in range(n - 1)}
    files["app/r%d.py" % (n - 1)] = HELPER
    files["app/jobs.py"] = loop("from app.r0 import %s\n" % what)
    return files


def helper_chain(n):
    """``h0`` in module ``c0`` calls ``h1`` in ``c1`` ... the last makes the SDK call."""
    files = {"app/c%d.py" % i: "from app.c%d import h%d\n\n\ndef h%d(row):\n    h%d(row)\n" % (i + 1, i + 1, i, i + 1)
             for i in range(n - 1)}
    files["app/c%d.py" % (n - 1)] = HELPER + "\n\ndef h%d(row):\n    create(row)\n" % (n - 1)
    files["app/jobs.py"] = loop("from app.c0 import h0\n", "h0(row)")
    return files


CYCLES = {
    "two_module_cycle": {
        "app/a.py": "from app import b\n" + HELPER,
        "app/b.py": loop("from app import a\n", "a.create(row)"),
    },
    "ring_of_200_modules": ring(200),
    "module_importing_itself": {
        "app/selfish.py": "import app.selfish\nfrom app.selfish import create\nfrom . import selfish\n" + HELPER
        + "\n\ndef again(rows):\n    for row in rows:\n        selfish.create(row)  # <- MST101\n",
        "app/jobs.py": loop("from app.selfish import create\n"),
    },
    "init_importing_its_own_package": {
        "app/__init__.py": "import app\nimport app.svc\nfrom app import svc\nfrom app.svc import *\n"
                           "from . import svc as again\nfrom .svc import create\n",
        "app/svc.py": "import app\nfrom app import create as create_again\n" + HELPER,
        "app/jobs.py": loop("from app import create\n"),
    },
    "star_import_cycle": {
        "app/a.py": "from .b import *\n\n\ndef helper(row):\n    create(row)\n",
        "app/b.py": "from .a import *\n" + HELPER,
        "app/jobs.py": loop("from app.a import *\n", "helper(row)")
        + "\n\ndef other(rows):\n    for row in rows:\n        create(row)  # <- MST101\n",
    },
    "reexport_chain_500": reexport_chain(500),
    "star_import_chain_500": reexport_chain(500, "*"),
    "init_star_importing_itself": {
        "app/__init__.py": "from . import *\nfrom app import *\nfrom .svc import *\n",
        "app/svc.py": "from app import *\n" + HELPER,
        "app/jobs.py": loop("from app import *\n"),
    },
    "reexport_cycle_defining_nothing": {
        "app/a.py": "from app.b import create\n",
        "app/b.py": "from app.a import create\n",
        "app/jobs.py": CLIENT + loop("from app.a import create\n", mark=""),
    },
    "helper_chain_across_50_modules": helper_chain(50),
    "mutual_recursion_across_modules": {
        "app/ping.py": "from app import pong\n" + HELPER + "\n\ndef ping(row):\n    create(row)\n    pong.pong(row)\n",
        "app/pong.py": "from app import ping\n\n\ndef pong(row):\n    if row:\n        ping.ping(row.next)\n",
        "app/jobs.py": loop("from app.pong import pong\n", "pong(row)"),
    },
    "base_class_in_module_importing_the_subclass": {
        "app/base.py": "from app.sub import Sub\n" + CLIENT
        + "\n\nclass Base:\n    def create(self, row):\n        client.create_product(CreateProductRequest())\n"
          "\n    @staticmethod\n    def make():\n        return Sub()\n",
        "app/sub.py": "from app.base import Base\n\n\nclass Sub(Base):\n    def run(self, rows):\n"
                      "        for row in rows:\n            self.create(row)  # <- MST101\n",
        "app/jobs.py": loop("from app.base import Base\n", "Base.make().create(row)"),
    },
}


@pytest.mark.parametrize("name", sorted(CYCLES))
def test_import_cycles_and_chains(tmp_path, name):
    assert_project(tmp_path, CYCLES[name])


# -- names the project shares with the stdlib, a library or the SDK ------------------------------------------
REST_LOOP = (
    "import json\n"
    "\n"
    "import requests\n"
    "\n"
    "URL = 'https://metastudio.cn-north-4.myhuaweicloud.com/v1/{project_id}/products'\n"
    "\n"
    "\n"
    "def sync(rows):\n"
    "    for row in rows:\n"
    "        requests.post(URL, data=json.dumps(row))  # <- MST101\n"
)


def test_modules_named_like_stdlib_and_libraries(tmp_path):
    """A project's own ``json.py`` and ``requests.py`` (a test double, say)
    in its ``src/`` next to the code: ``requests.post`` to a MetaStudio
    route is still the library's REST call, and nothing of the project's
    modules is run.  (In ``src/``: at the project root they would shadow
    the stdlib for the ``python -c`` that runs the doors here, not for the
    linter.)"""
    fake = "import os\nos._exit(3)\n\n\ndef post(*args, **kwargs):\n    return None\n"
    assert_project(tmp_path, {"src/json.py": fake.replace("post", "dumps"), "src/requests.py": fake,
                              "src/app/__init__.py": "", "src/app/json.py": fake, "src/app/gateway.py": REST_LOOP})


FAKE_SDK = {
    "huaweicloudsdkmetastudio/__init__.py": "import os\nos._exit(3)\n",
    "huaweicloudsdkmetastudio/v1/__init__.py": (
        "class CreateProductRequest:\n    pass\n\n\nclass MetaStudioClient:\n    @classmethod\n"
        "    def new_builder(cls):\n        return cls()\n\n    def build(self):\n        return self\n\n"
        "    def create_product(self, request):\n        return None\n"),
}


def test_fake_sdk_package_inside_the_project(tmp_path):
    """A folder ``huaweicloudsdkmetastudio/`` in the project (a stub, a
    vendored copy) does not stand for the SDK: the client's calls are still
    the real SDK's, judged against its limits."""
    assert_project(tmp_path, dict(FAKE_SDK, **{
        "app/jobs.py": loop(CLIENT, "client.create_product(CreateProductRequest())"),
        "app/through_helper.py": loop("from app.svc import create\n"),
        "app/svc.py": HELPER,
    }))


def test_environment_folders_are_not_project_code(tmp_path):
    """A virtual environment, ``.tox``, ``node_modules`` and a
    ``site-packages`` folder inside the project: their modules are never
    the project's (an import of ``helpers`` does not reach them), while the
    project's own helper is followed."""
    env_files = {}
    for folder in ("venv/lib/python3.11/site-packages", ".tox/py311/lib/python3.11/site-packages",
                   "node_modules/pkg", "site-packages", "env/lib/python3.11/site-packages"):
        env_files[folder + "/helpers.py"] = HELPER
        env_files[folder + "/huaweicloudsdkmetastudio/__init__.py"] = ""
    env_files["venv/pyvenv.cfg"] = "home = /usr/bin\n"
    env_files["env/pyvenv.cfg"] = "home = /usr/bin\n"
    files = dict(env_files, **{
        "app/real.py": HELPER,
        "app/jobs.py": loop("from helpers import create\nfrom app.real import create as real\n", mark="")
        + "\n\ndef other(rows):\n    for row in rows:\n        real(row)  # <- MST101\n",
    })
    excluded = ["--extend-exclude=venv,env,node_modules,site-packages"]
    assert_project(tmp_path, files, flake8_options=excluded)
    cli = run_door("metastudio-lint", ["--isolated", "--exclude=.tox,venv,env,node_modules,site-packages", "."],
                   tmp_path)
    assert {(r[0], r[1], r[2]) for r in rows(cli, tmp_path)} == want_of(files)


# -- the file system among the modules ---------------------------------------------------------------------
def test_symlink_loops_and_links_to_the_root(tmp_path):
    """A loop of folder symlinks, a symlink to ``/`` and imports that go
    through them: nothing walks them for ever, and an import through a link
    to a project folder still finds its module."""
    files = write(tmp_path, {"app/svc.py": HELPER,
                             "app/jobs.py": loop("from app.again.again.again.svc import create\n"
                                                 "from app.root.usr import nothing\n")})
    os.symlink("..", str(tmp_path / "app" / "up"))
    os.symlink(str(tmp_path / "app"), str(tmp_path / "app" / "again"))
    os.symlink("/", str(tmp_path / "app" / "root"))
    os.mkdir(str(tmp_path / "a"))
    os.symlink("../b", str(tmp_path / "a" / "b"))
    os.symlink("../a", str(tmp_path / "b"))
    lint_project(tmp_path, want_of(files))


def test_imported_names_that_are_not_files(tmp_path):
    """Imported names that are a symlink to /dev/zero, a FIFO, a broken
    symlink and a directory named ``mod.py``: none is read (neither blocks
    nor fills the memory), each name stays unresolved, the rest is found.
    (flake8 itself reads every ``*.py`` it is given: the first two are
    excluded from its walk; metastudio-lint reports them as E902.)"""
    files = write(tmp_path, {"app/svc.py": HELPER, "app/jobs.py": loop(
        "from app.zero import create as z\nfrom app.fifo import f\nfrom app.broken import b\n"
        "from app.mod import m\nfrom app.svc import create\n")
        + "\n\ndef unknown(rows):\n    for row in rows:\n        z(row)\n        f(row)\n        b(row)\n"
          "        m(row)\n"})
    os.symlink("/dev/zero", str(tmp_path / "app" / "zero.py"))
    os.mkfifo(str(tmp_path / "app" / "fifo.py"))
    os.symlink(str(tmp_path / "gone.py"), str(tmp_path / "app" / "broken.py"))
    (tmp_path / "app" / "mod.py").mkdir()
    want = want_of(files)
    for j in ("-j1", "-j2"):
        door = run_door("flake8", ["--isolated", j, "--extend-exclude=zero.py,fifo.py", "."], tmp_path)
        assert {r[:3] for r in rows(door, tmp_path)} == want | {("app/broken.py", 0, "E902")}, door.stdout
    cli = run_door("metastudio-lint", ["--isolated", "."], tmp_path)
    assert {r[:3] for r in rows(cli, tmp_path)} == want | {
        ("app/zero.py", 0, "E902"), ("app/fifo.py", 0, "E902"), ("app/broken.py", 0, "E902")}, cli.stdout


def test_module_that_is_the_linted_file_under_another_name(tmp_path):
    """``alias.py`` is a symlink to ``jobs.py``, which imports it: the
    module is its own import; each name is reported where it is."""
    files = write(tmp_path, {"app/svc.py": HELPER, "app/jobs.py": loop(
        "from app.svc import create\nfrom app import alias\n")
        + "\n\ndef again(rows):\n    for row in rows:\n        alias.create(row)  # <- MST101\n"})
    os.symlink("jobs.py", str(tmp_path / "app" / "alias.py"))
    want = want_of(files)
    want |= {("app/alias.py", line, code) for _, line, code in want}
    lint_project(tmp_path, want)


# -- imported modules that cannot be read or parsed -----------------------------------------------------------
BROKEN = {
    # (the imported module, whether its helper is followed, what the doors say of the module itself)
    "binary_module": (bytes(range(256)) * 64, False, {("app/svc.py", 1, "E999")}),
    # both doors read it as latin-1 as flake8 does (Python would not import it: not followed)
    "latin1_without_cookie": (("# caf\xe9\n" + HELPER).encode("latin-1"), False, set()),
    "syntax_error": ("def broken(:\n" + HELPER, False, {("app/svc.py", 1, "E999")}),
    # Python refuses 1,000 nested brackets (LibCST would take them): not importable, not followed
    "nesting_python_refuses": ("X = " + "(" * 1000 + "1" + ")" * 1000 + "\n" + HELPER, False,
                               {("app/svc.py", 1, "E999")}),
    # Python compiles 8,000 operands of ``or``, LibCST cannot take them: refused, not followed
    "nesting_libcst_cannot_take": ("FLAG = " + " or ".join(["x"] * 8000) + "\n" + HELPER, False,
                                   {("app/svc.py", 1, "MST901")}),
    "latin1_cookie": (("# -*- coding: latin-1 -*-\n# caf\xe9\n" + HELPER + "NAME = 'caf\xe9'\n").encode("latin-1"),
                      True, set()),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_imported_module_that_is_hostile(tmp_path, name):
    """The helper is in a module that is binary, not UTF-8, does not
    compile, nests deeper than LibCST takes or declares latin-1: where
    Python would import it, its helper is followed, else the name stays
    unresolved (never a crash, never a guess); the module itself gets what
    its own lint says."""
    body, followed, own = BROKEN[name]
    files = write(tmp_path, {"app/svc.py": body,
                             "app/jobs.py": loop("from app.svc import create\n", mark="MST101" if followed else "")})
    want = want_of(files)
    doors = [run_door("flake8", ["--isolated", j, "."], tmp_path) for j in ("-j1", "-j2")]
    doors.append(run_door("metastudio-lint", ["--isolated", "."], tmp_path))
    for door in doors:
        got = {r[:3] for r in rows(door, tmp_path)}
        assert {r for r in got if r[0] == "app/jobs.py"} == want, (door.name, got)
        if door.name == "metastudio-lint" or name != "binary_module":
            assert {r for r in got if r[0] == "app/svc.py"} == own, (door.name, got)


def test_huge_imported_module(tmp_path):
    """A 5 MB data module imported by the code making the calls: flake8
    compiles it, the analysis does not parse it (imported modules over 4 MB
    are not followed: LibCST would take some 30 s and 1.5 GB), and the
    finding of the loop over its data stands."""
    assert_project(tmp_path, {"app/data.py": "ROWS = [\n" + "    'x%07d',\n" * 400000 + "]\n",
                              "app/jobs.py": loop(HELPER + "from app.data import ROWS\n", "create(ROWS)")},
                   jobs=("-j1",))


# -- a package of 10,000 modules -----------------------------------------------------------------------------
def test_ten_thousand_modules_one_imported(tmp_path, monkeypatch):
    """A package of 10,000 small modules, one of which jobs.py imports:
    linting jobs.py resolves the imports of what it imports, not of the
    folder (the scan only reads each file for a mention of MetaStudio, to
    know who imports what), and the cache holds jobs.py's entry only; both
    doors give the finding."""
    files = {"app/many/__init__.py": ""}
    files.update({"app/many/m%d.py" % i: "def f():\n    return %d\n" % i for i in range(10000)})
    files["app/many/m4242.py"] = HELPER
    files["app/jobs.py"] = loop("from app.many.m4242 import create\n")
    write(tmp_path, files)
    want = {("app/jobs.py", 6, "MST101")}
    for door in [run_door("flake8", ["--isolated", "app/jobs.py"], tmp_path),
                 run_door("metastudio-lint", ["--isolated", "app/jobs.py"], tmp_path)]:
        assert {r[:3] for r in rows(door, tmp_path)} == want, (door.name, door.stdout, door.stderr[-1000:])

    from flake8_metastudio import engine
    from flake8_metastudio.options import settings_from
    from flake8_metastudio.project import closure

    resolved = []
    real = closure.dependencies
    monkeypatch.setattr(closure, "dependencies", lambda path, *a: resolved.append(path) or real(path, *a))
    cache_dir = tmp_path / "cache"
    settings = settings_from({"metastudio_cache_dir": str(cache_dir)})
    engine.forget_project_state()
    try:
        path = str(tmp_path / "app" / "jobs.py")
        found = engine.lint_file(files["app/jobs.py"], settings, path)
    finally:
        engine.forget_project_state()
    assert [(f.line, f.code) for f in found] == [(6, "MST101")]
    assert len(set(resolved)) <= 3, sorted(set(resolved))[:10]  # jobs.py, m4242.py (and the package)
    entries = [p for p in cache_dir.rglob("*.json") if not p.name.startswith(("scan-", "code-"))]  # findings only
    assert len(entries) == 1, entries



def test_modules_let_go_are_freed(tmp_path, monkeypatch):
    """Linting many files keeps their parsed modules for the files still to
    lint, within a bound on their text; a module let go of is freed, though
    each analysis froze it for the collector (gc.freeze) with the reference
    cycles of its index: 150 files of some 2,500 characters with room for
    about ten leave about ten trees alive, not 150."""
    import gc

    import libcst

    from flake8_metastudio import engine
    from flake8_metastudio.options import settings_from

    body = "".join("\n\ndef job_%d(rows):\n    for row in rows:\n        create(row)\n" % i for i in range(40))
    files = {"app/__init__.py": "", "app/helper.py": HELPER}
    files.update({"app/jobs_%d.py" % i: "from app.helper import create\n" + body for i in range(150)})
    write(tmp_path, files)
    monkeypatch.setattr(engine, "_MAX_KEPT_TEXT", 10 * len(files["app/jobs_0.py"]))
    monkeypatch.setattr(engine, "_LET_GO_TEXT", 20 * len(files["app/jobs_0.py"]))
    settings = settings_from({"metastudio_no_cache": True})

    def alive() -> int:
        gc.unfreeze()  # frozen objects are not listed
        try:
            return sum(1 for o in gc.get_objects() if type(o) is libcst.Module)
        finally:
            gc.freeze()

    engine.forget_project_state()
    try:
        before = alive()
        for i in range(150):
            name = "app/jobs_%d.py" % i
            found = engine.lint_file(files[name], settings, str(tmp_path / name))
            assert [f.code for f in found] == ["MST101"] * 40, (name, found[:3])
        kept = len(engine._MODULES)
        grown = alive() - before
    finally:
        engine.forget_project_state()
    assert kept <= 11, kept
    assert grown <= 2 * kept + 5, (grown, kept)

# -- source roots that make no sense: one line, exit 2 ----------------------------------------------------------
def test_source_roots_refused(tmp_path):
    from test_hostile_attacks import assert_one_line_error

    (tmp_path / "a_file.txt").write_text("x")
    many = []
    for i in range(1000):
        (tmp_path / "r" / str(i)).mkdir(parents=True)
        many.append("r/%d" % i)
    os.symlink("/", str(tmp_path / "rootlink"))
    for value, words in [("a_file.txt", ["a_file.txt", "existing folders"]),
                         ("missing/folder", ["missing/folder", "existing folders"]),
                         ("/", ["'/'", "not the root of the file system"]),
                         ("rootlink", ["'rootlink'", "not the root of the file system"]),
                         (",".join(many), ["1000 folders given: at most 256"]),
                         ("r/1,r/\x1b[2J\rx", ["no control characters", "\\x1b"])]:
        assert_one_line_error(tmp_path, "--metastudio-source-roots=" + value, "--metastudio-source-roots", *words)


def test_many_source_roots_accepted(tmp_path):
    """256 roots: accepted, and a module found through the last one."""
    files = {"roots/r%d/.keep" % i: "" for i in range(255)}
    files.update({"roots/last/helpers.py": HELPER, "app/jobs.py": loop("from helpers import create\n")})
    roots = ",".join(["roots/r%d" % i for i in range(255)] + ["roots/last"])
    assert_project(tmp_path, files, "--metastudio-source-roots=" + roots, jobs=("-j1",))


# -- the on-disk cache -------------------------------------------------------------------------------------------
PACED = HELPER.replace("import CreateProductRequest", "import CreateProductRequest  # paced") \
    .replace("    client.create_product(CreateProductRequest())\n",
             "    client.create_product(CreateProductRequest())\n    time.sleep(1)\n") + "import time\n"


def damage(path, how):
    if how == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[:len(data) // 2])
    elif how == "garbage":
        path.write_bytes(b"\x00\xff{garbage" * 100)
    elif how == "directory":
        path.unlink()
        path.mkdir()
    elif how == "fifo":
        path.unlink()
        os.mkfifo(str(path))
    elif how == "sparse_1gb":
        with open(str(path), "r+b") as fh:
            fh.truncate(1 << 30)
    elif how == "wrong_shape":
        path.write_text(json.dumps({"format": 1, "deps": [], "modules": [], "findings": [{"code": 5}],
                                    "exported": {}, "project_files": None} if not path.name.startswith("scan-")
                                   else {str(path): 5, "x": [1, 2, 3, 4]}))
    elif how == "deep_json":
        path.write_text("[" * 100000 + "]" * 100000)


@pytest.mark.parametrize("how", ["truncated", "garbage", "directory", "fifo", "sparse_1gb", "wrong_shape",
                                 "deep_json"])
def test_damaged_cache_is_a_miss(tmp_path, how):
    """Every file of a warm cache damaged, and the helper changed since
    (its pacing sleep removed): both doors analyse again and report the
    loop the helper now makes too fast, never the stale silence or a crash."""
    project = tmp_path / "project"
    project.mkdir()
    cache = tmp_path / "cache"
    files = write(project, {"app/svc.py": PACED, "app/jobs.py": loop("from app.svc import create\n", mark="")})
    option = "--metastudio-cache-dir=" + str(cache)
    lint_project(project, set(), option)
    stored = sorted(p for p in cache.rglob("*.json"))
    assert stored and any(p.name.startswith("scan-") for p in stored), stored
    for path in stored:
        damage(path, how)
    files = write(project, {"app/svc.py": HELPER, "app/jobs.py": loop("from app.svc import create\n")})
    lint_project(project, want_of(files), option)


@pytest.mark.parametrize("field,value", [("rate", float("nan")), ("line", "9"), ("col", -1), ("code", 101),
                                         ("message", None), ("limit", "4"), ("extra", [])])
def test_cache_entry_with_values_no_finding_has(tmp_path, field, value):
    """An entry that is valid JSON, valid for its files (nothing changed),
    but holds a value no finding has (a NaN rate broke the JSON report, a
    line as a string the sorting of both doors): a miss, analysed again."""
    project = tmp_path / "project"
    project.mkdir()
    cache = tmp_path / "cache"
    files = write(project, {"app/svc.py": HELPER, "app/jobs.py": loop("from app.svc import create\n")})
    option = "--metastudio-cache-dir=" + str(cache)
    lint_project(project, want_of(files), option, jobs=("-j1",))
    damaged = 0
    for path in cache.rglob("*.json"):
        entry = json.loads(path.read_text())
        if isinstance(entry, dict) and entry.get("findings"):
            for finding in entry["findings"]:
                finding[field] = value
            path.write_text(json.dumps(entry))
            damaged += 1
    assert damaged, sorted(cache.rglob("*.json"))
    lint_project(project, want_of(files), option, jobs=("-j1",))
    report = run_door("metastudio-lint", ["--isolated", option, "--format", "json", "."], project)
    assert [f["code"] for f in json.loads(report.stdout)] == ["MST101"], report.stdout[-500:]


def test_cache_folder_that_is_a_file(tmp_path):
    from test_hostile_attacks import assert_one_line_error

    (tmp_path / "plain").write_text("x")
    assert_one_line_error(tmp_path, "--metastudio-cache-dir=plain", "--metastudio-cache-dir", "a folder")


@pytest.mark.parametrize("where", ["under_a_file", "under_dev_null", "missing_parents"])
def test_cache_folder_that_cannot_be_written(tmp_path, where):
    """A cache that cannot be written is no cache: the findings are the same."""
    (tmp_path / "plain").write_text("x")
    folder = {"under_a_file": tmp_path / "plain" / "cache", "under_dev_null": "/dev/null/cache",
              "missing_parents": tmp_path / "not" / "yet" / "there"}[where]
    assert_project(tmp_path, {"app/svc.py": HELPER, "app/jobs.py": loop("from app.svc import create\n")},
                   "--metastudio-cache-dir=%s" % folder)


def test_concurrent_writers_corrupt_nothing(tmp_path):
    """``flake8 -j 2`` twice at once on one cache folder: every document in
    it is whole JSON afterwards, and a warm run gives what a run without a
    cache gives."""
    files = {"app/svc%d.py" % i: HELPER for i in range(12)}
    files.update({"app/jobs%d.py" % i: loop("from app.svc%d import create\n" % i) for i in range(12)})
    files = write(tmp_path, files)
    cache = tmp_path / "cache"
    option = "--metastudio-cache-dir=" + str(cache)
    from test_hostile_attacks import ONLY_THIS_PLUGIN, _capped
    cmd = [sys.executable, "-c", ONLY_THIS_PLUGIN, "--isolated", "-j2", "--select=MST", option, "."]
    procs = []
    threads = [threading.Thread(target=lambda: procs.append(subprocess.run(
        cmd, cwd=str(tmp_path), capture_output=True, timeout=300, preexec_fn=_capped))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [p.returncode for p in procs] == [1, 1], [p.stderr[-1000:] for p in procs]
    assert all(b"Traceback" not in p.stderr for p in procs)
    for path in cache.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    assert not [p for p in cache.rglob("*") if p.name.startswith(".tmp-")]
    lint_project(tmp_path, want_of(files), option)
    lint_project(tmp_path, want_of(files), "--metastudio-no-cache", jobs=("-j1",))


def test_imported_module_of_a_gigabyte(tmp_path):
    """An imported module that is a 1 GB (sparse) file, excluded from both
    doors' walks: resolving the import never reads it (imported modules over
    4 MB are not followed), and the rest of the file is checked."""
    files = write(tmp_path, {"app/svc.py": HELPER,
                             "app/jobs.py": loop("from app.big import anything\nfrom app.svc import create\n")})
    with open(str(tmp_path / "app" / "big.py"), "wb") as fh:
        fh.truncate(1 << 30)
    lint_project(tmp_path, want_of(files), "--exclude=big.py")


def test_explain_names_the_project_modules_it_could_not_analyse(tmp_path):
    """A settings module over the 4 MB bound is not analysed: its region is
    unknown, and explain says which module and why instead of nothing."""
    app = tmp_path / "app"
    app.mkdir()
    (tmp_path / "setup.cfg").write_text("[flake8]\n")
    (app / "__init__.py").write_text("")
    (app / "settings.py").write_text('REGION = "cn-north-4"\n' + "# padding\n" * 440000)  # 4.4 MB
    (app / "jobs.py").write_text(
        "from huaweicloudsdkmetastudio.v1 import MetaStudioClient, ListAssetsRequest\n"
        "from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion\n\n"
        "from app import settings\n\n\n"
        "def run():\n"
        "    client = MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of(settings.REGION)).build()\n"
        "    client.list_assets(ListAssetsRequest())\n")
    cmd = [sys.executable, "-m", "flake8_metastudio", "explain", "--metastudio-no-cache"]
    table = subprocess.run(cmd + ["app/jobs.py"], cwd=str(tmp_path), capture_output=True, text=True, timeout=120)
    assert table.returncode == 0, table.stderr
    assert "Project modules not analysed" in table.stdout
    assert re.search(r"app[/\\]settings\.py: larger than 4 MB", table.stdout), table.stdout
    folder = subprocess.run(cmd + ["--format", "json", "app"], cwd=str(tmp_path), capture_output=True, text=True,
                            timeout=120)
    docs = {d["path"]: d for d in json.loads(folder.stdout)}
    jobs = next(d for p, d in docs.items() if p.endswith("jobs.py"))
    assert [n["reason"] for n in jobs["not_analysed"]] == ["larger than 4 MB"]
    one = subprocess.run(cmd + ["--format", "json", "app/jobs.py"], cwd=str(tmp_path), capture_output=True,
                         text=True, timeout=120)
    assert isinstance(json.loads(one.stdout), list)
    assert "not analysed: larger than 4 MB" in one.stderr


def test_explain_names_importers_beyond_the_caller_hops(tmp_path):
    """An importer more than CALLER_HOPS import hops from MetaStudio code is not asked what it
    finds in the file explained (its own loop is still its own finding): explain says so."""
    app = tmp_path / "app"
    app.mkdir()
    (tmp_path / "setup.cfg").write_text("[flake8]\n")
    (app / "__init__.py").write_text("")
    (app / "svc.py").write_text(
        "from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient\n\n"
        "client = MetaStudioClient.new_builder().build()\n\n\n"
        "def create(row):\n    return client.create_product(CreateProductRequest(body=row))\n")
    (app / "h1.py").write_text("from app.svc import create\n\n\ndef one(row):\n    return create(row)\n")
    (app / "h2.py").write_text("from app.h1 import one\n\n\ndef two(row):\n    return one(row)\n")
    (app / "h3.py").write_text("from app.h2 import two\n\n\ndef three(row):\n    return two(row)\n")
    (app / "main.py").write_text("from app.h3 import three\n\n\ndef main(rows):\n    for r in rows:\n"
                                 "        three(r)\n")
    cmd = [sys.executable, "-m", "flake8_metastudio", "explain", "--metastudio-no-cache", "--format", "json"]
    far = subprocess.run(cmd + ["app"], cwd=str(tmp_path), capture_output=True, text=True, timeout=120)
    assert far.returncode == 1, far.stderr  # a finding (main.py's loop)
    docs = {os.path.basename(d["path"]): d for d in json.loads(far.stdout)}
    notes = docs["svc.py"]["not_analysed"]
    assert [os.path.basename(n["path"]) for n in notes] == ["main.py"], notes
    assert "more than 2 project modules" in notes[0]["reason"]
    # the modules in between are as far from main.py's loop's point of view; main.py imports nothing beyond
    assert [os.path.basename(n["path"]) for n in docs["h1.py"]["not_analysed"]] == ["main.py"]
    assert docs["main.py"]["not_analysed"] == []
    lint = subprocess.run([sys.executable, "-m", "flake8_metastudio", "--metastudio-no-cache", "app"],
                          cwd=str(tmp_path), capture_output=True, text=True, timeout=120)
    assert re.findall(r"main\.py:6:9: MST101", lint.stdout), lint.stdout  # main's own loop: still its finding
