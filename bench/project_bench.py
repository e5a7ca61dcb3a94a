#!/usr/bin/env python
"""Benchmark of whole-project analysis (issue 11); run by hand, not by pytest.

    python bench/project_bench.py            # writes bench/PROJECT_RESULTS.md
    python bench/project_bench.py --quick    # fewer repeats, Django's db/ and utils/ only
    python bench/project_bench.py --skip-django
    python bench/project_bench.py --only b --repeats 7 --output /tmp/b.md   # some measurements, elsewhere

Every figure is a ratio of two arms measured side by side in this run
(interleaved, repeated; the minimum CPU time of each arm), so it holds on any
machine:

(a) a generated 100-module MetaStudio project (settings, a client factory, 30
    service classes, pacing helpers, 65 job modules importing 2-3 services):
    ``flake8 -j1`` with the plugin / (flake8 without the plugin + one
    ``libcst.parse_module`` of every module).  Target <= 2.0: every module is
    parsed about once however many files import it.
(b) the same project with a warm on-disk cache, one job module changed:
    re-linting that file (a fresh process, as an editor or pre-commit does)
    / that file's own single-file analysis (``engine.analyze``: parsed and
    analysed alone), the plugin's modules imported before timing in both
    arms; also shown: the whole-project arm importing its own modules while
    timed.  Target <= 1.5.
(c) Django 4.2.16, which never mentions MetaStudio: flake8 with the plugin
    (as installed: its cache on, after one run that fills it) / without it.
    Target <= 1.02.

flake8 cannot be told not to run an installed plugin, so both flake8 arms run
the same wrapper, which drops this plugin from flake8's plugin list when
BENCH_SKIP_PLUGIN=1 (bench.py's wrapper; its own cost cancels out).
"""
import argparse
import datetime
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESULTS = os.path.join(HERE, "PROJECT_RESULTS.md")
DJANGO = "4.2.16"
TARGETS = {"a": 2.0, "b": 1.5, "c": 1.02}

# the same flake8 wrapper as bench.py: BENCH_SKIP_PLUGIN=1 drops this plugin
from bench import FLAKE8_WRAPPER as WRAPPER  # noqa: E402  (bench/bench.py, next to this script)

# child CPU seconds of parsing every file once (imports excluded)
PARSE = r"""
import sys, time
import libcst
sys.setrecursionlimit(10000)
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
t = time.process_time()
for text in texts:
    libcst.parse_module(text)
print(time.process_time() - t)
"""

# child CPU seconds of one file's analysis: whole-project (warm cache) or single-file.  Both arms
# first import the analysis and load the tables; with "modules" they also import the modules only
# whole-project analysis uses (the project model, the linker): a per-process cost like any import,
# which a fresh process pays once, not per file (and, with PYTHONDONTWRITEBYTECODE=1 as on the
# benchmark machine, a compilation from source)
ONE_FILE = r"""
import os, sys, time
from flake8_metastudio import engine, options
path, mode, cache, modules = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "modules"
settings = options.settings_from({"metastudio_cache_dir": cache})
engine.lint_source("from huaweicloudsdkmetastudio.v1 import MetaStudioClient\n", settings)  # imports, tables
if modules:
    import flake8_metastudio.analysis.linking, flake8_metastudio.positions  # noqa: E401
    import flake8_metastudio.project.cache, flake8_metastudio.project.closure  # noqa: E401
text = open(path, encoding="utf-8").read()
t = time.process_time()
if mode == "project":
    found = engine.lint_file(text, settings, path)
else:  # the file alone, parsed and analysed (no pre-filter: it need not mention MetaStudio itself)
    found = engine.analyze(text, settings)[1]
print(time.process_time() - t, len(found))
"""

# where (b)'s time goes: the same whole-project re-lint with the engine's steps timed (CPU seconds
# spent inside each, nested steps counted in their callers too), printed as "name calls seconds"
PARTS = r"""
import sys, time, collections
from flake8_metastudio import engine, options, cstparse
from flake8_metastudio.analysis import index
from flake8_metastudio.project import cache, closure
path, store = sys.argv[1], sys.argv[2]
settings = options.settings_from({"metastudio_cache_dir": store})
engine.lint_source("from huaweicloudsdkmetastudio.v1 import MetaStudioClient\n", settings)
spent, calls = collections.Counter(), collections.Counter()
def timed(owner, name, label):
    inner = getattr(owner, name)
    def run(*a, **k):
        t = time.process_time()
        try:
            return inner(*a, **k)
        finally:
            spent[label] += time.process_time() - t
            calls[label] += 1
    setattr(owner, name, run)
steps = [
        (engine, "_parse_deep", "LibCST parses (the changed file and each module it needs)"),
        (cstparse, "constructor", "  of which: node constructors made (once per node class and process)"),
        (index, "ModuleIndex", "indexes of those modules"),
        (engine, "analyze_module", "the analysis (with the imported modules' parses and indexes)"),
        (engine, "wants", "the pre-filter (the project scan: a stat per file, the changed file read again)"),
        (cache, "code_hash", "the hash of the plugin's code"),
        (cache.Cache, "get", "cache entries read"),
        (cache.Cache, "put", "cache entries written"),
        (closure, "importers", "the importers of the file")]
for owner, name, label in steps:
    timed(owner, name, label)
text = open(path, encoding="utf-8").read()
t = time.process_time()
engine.lint_file(text, settings, path)
print("total", 1, time.process_time() - t)
for label in [step[2] for step in steps if step[2] in spent]:
    print(label, calls[label], spent[label], sep="\t")
"""

# child CPU seconds of what the plugin adds to flake8 on a corpus: its import and options (fixed), and
# its calls for every file (flake8 hands it the lines and the ast tree, which it builds anyway)
PLUGIN_ONLY = r"""
import ast, os, sys, time
t = time.process_time()
from flake8_metastudio import checking, options
settings = options.settings_from({"metastudio_cache_dir": sys.argv[1]})
fixed = time.process_time() - t
paths = [os.path.join(d, n) for top in sys.argv[2:] for d, _, fs in os.walk(top) for n in sorted(fs) if n.endswith(".py")]
work = []
for p in sorted(paths):
    text = open(p, encoding="utf-8", errors="replace").read()
    try:
        work.append((p, text, ast.parse(text)))
    except SyntaxError:
        pass
t = time.process_time()
for p, text, tree in work:
    checking.findings(text, settings, tree, p)
print(fixed, time.process_time() - t)
"""

SETTINGS = '''"""Deployment settings."""
import os

METASTUDIO_REGION = "cn-east-3"
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
PAUSE = 0.5
'''
CLIENTS = '''from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from shop import settings


def build_client():
    creds = BasicCredentials(os.environ.get("AK", ""), os.environ.get("SK", ""), settings.PROJECT_ID)
    return (MetaStudioClient.new_builder().with_credentials(creds)
            .with_region(MetaStudioRegion.value_of(settings.METASTUDIO_REGION)).build())


import os  # noqa: E402
'''
TIMING = '''import functools
import time


def paced(seconds):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            out = fn(*args, **kwargs)
            time.sleep(seconds)
            return out
        return wrapper
    return decorate
'''
# (SDK method, request class) triples a service wraps
APIS = [("create_product", "CreateProductRequest"), ("show_product", "ShowProductRequest"),
        ("update_product", "UpdateProductRequest"), ("list_assets", "ListAssetsRequest"),
        ("delete_asset", "DeleteAssetRequest"), ("show_asset", "ShowAssetRequest"),
        ("create_digital_asset", "CreateDigitalAssetRequest"), ("list_smart_live_rooms", "ListSmartLiveRoomsRequest"),
        ("show_smart_live_room", "ShowSmartLiveRoomRequest")]


def service(i):
    apis = [APIS[(i + k) % len(APIS)] for k in range(3)]
    imports = ", ".join(sorted({r for _, r in apis}))
    lines = ['"""Service %d: wraps three MetaStudio APIs."""' % i, "import logging", "",
             "from huaweicloudsdkmetastudio.v1 import %s" % imports, "",
             "from shop.clients import build_client", "from shop.utils.timing import paced", "",
             "log = logging.getLogger(__name__)", "", "",
             "class Service%02d:" % i, "    def __init__(self, client=None):",
             "        self.client = client or build_client()", "        self.calls = 0", ""]
    for k, (method, request) in enumerate(apis):
        deco = ["    @paced(0.5)"] if k == 2 else []
        lines += deco + ["    def op%d(self, item, **extra):" % k,
                         "        self.calls += 1",
                         "        log.debug('op%d %%s', item)" % k,
                         "        request = %s(**extra)" % request,
                         "        response = self.client.%s(request)" % method,
                         "        if response is None:",
                         "            raise RuntimeError('no response for %s' % item)",
                         "        return response", ""]
    lines += ["    def summary(self):", "        return {'calls': self.calls, 'name': %r}" % ("svc%02d" % i), ""]
    return "\n".join(lines) + "\n"


def job(i):
    a, b, c = i % 30, (i * 7 + 3) % 30, (i * 11 + 5) % 30
    lines = ['"""Job %d: runs services %d, %d and %d."""' % (i, a, b, c), "import sys",
             "import time", "from concurrent.futures import ThreadPoolExecutor", "",
             "from shop.services.svc_%02d import Service%02d" % (a, a),
             "from shop.services.svc_%02d import Service%02d" % (b, b),
             "from shop.services.svc_%02d import Service%02d" % (c, c), "", "",
             "def load(items):", "    first = Service%02d()" % a, "    for item in items:",
             "        first.op0(item)", "    return len(items)", "", "",
             "def paced(items):", "    second = Service%02d()" % b, "    for item in items:",
             "        second.op1(item)", "        time.sleep(1)", "", "",
             "def fan_out(items):", "    third = Service%02d()" % c,
             "    with ThreadPoolExecutor(max_workers=%d) as pool:" % (2 + i % 6),
             "        return list(pool.map(third.op2, items))", "", "",
             "def report(rows):", "    total = 0", "    for row in rows:",
             "        total += len(str(row))", "    return total", "", "",
             "if __name__ == '__main__':", "    load(sys.argv[1:])", ""]
    return "\n".join(lines)


def make_project(folder):
    pkg = os.path.join(folder, "shop")
    for sub in ("", "services", "jobs", "utils"):
        os.makedirs(os.path.join(pkg, sub), exist_ok=True)
        open(os.path.join(pkg, sub, "__init__.py"), "w").close()
    open(os.path.join(folder, "setup.cfg"), "w").write("[flake8]\nmax-line-length = 120\n")
    files = {"settings.py": SETTINGS, "clients.py": CLIENTS, "utils/timing.py": TIMING}
    for i in range(30):
        files["services/svc_%02d.py" % i] = service(i)
    for i in range(65):
        files["jobs/job_%02d.py" % i] = job(i)
    for rel, text in files.items():
        open(os.path.join(pkg, rel), "w", encoding="utf-8").write(text)
    return sorted(os.path.join(d, n) for d, _, fs in os.walk(pkg) for n in fs if n.endswith(".py"))


def child_cpu(cmd, cwd, env=None):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit("failed: %s\n%s" % (" ".join(cmd), proc.stderr[-2000:]))
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), proc.stdout


def flake8(args, cwd, plugin):
    env = dict(os.environ, BENCH_SKIP_PLUGIN="0" if plugin else "1")
    return child_cpu([sys.executable, "-c", WRAPPER, "--isolated", "-j", "1", "--exit-zero", *args], cwd, env)


def measure_a(folder, files, repeats):
    with_plugin, without, parse = [], [], []
    for _ in range(repeats):
        cpu, out = flake8(["--metastudio-no-cache", "."], folder, True)
        with_plugin.append(cpu)
        findings = sum(1 for line in out.splitlines() if ": MST" in line)
        without.append(flake8(["."], folder, False)[0])
        parse.append(float(child_cpu([sys.executable, "-c", PARSE, *files], folder)[1]))
    base = min(without) + min(parse)
    return {"with": min(with_plugin), "without": min(without), "parse": min(parse), "ratio": min(with_plugin) / base,
            "findings": findings}


def measure_b(folder, repeats):
    cache = os.path.join(folder, ".bench_cache")
    shutil.rmtree(cache, ignore_errors=True)
    flake8(["--metastudio-cache-dir=" + cache, "."], folder, True)  # warm the cache
    target = os.path.join(folder, "shop", "jobs", "job_17.py")
    arms = {("project", "modules"): [], ("single", "modules"): [], ("project", "-"): []}
    for n in range(repeats):
        for mode, modules in arms:
            with open(target, "a", encoding="utf-8") as fh:  # a changed file: its own entry misses
                fh.write("# edited %d %s %s\n" % (n, mode, modules))
            out = child_cpu([sys.executable, "-c", ONE_FILE, target, mode, cache, modules], folder)[1]
            arms[(mode, modules)].append(float(out.split()[0]))
    project, single = min(arms[("project", "modules")]), min(arms[("single", "modules")])
    cold = min(arms[("project", "-")])
    parts = {}
    for n in range(repeats):  # the breakdown: each step's least-disturbed run
        with open(target, "a", encoding="utf-8") as fh:
            fh.write("# edited %d parts\n" % n)
        for row in child_cpu([sys.executable, "-c", PARTS, target, cache], folder)[1].splitlines():
            label, count, seconds = row.rsplit(None, 2) if row.startswith("total") else row.split("\t")
            held = parts.get(label)
            if held is None or float(seconds) < held[1]:
                parts[label] = (int(count), float(seconds))
    return {"project": project, "single": single, "ratio": project / single, "cold": cold, "cold_ratio": cold / single,
            "parts": parts}


def django_tree(quick):
    base = os.path.join(HERE, ".cache")
    tree = os.path.join(base, "django-%s" % DJANGO)
    if not os.path.isdir(os.path.join(tree, "django")):
        os.makedirs(base, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "django==%s" % DJANGO, "--no-deps", "-q",
                        "-d", base], check=True)
        wheel = [n for n in os.listdir(base) if n.startswith("Django-%s" % DJANGO) and n.endswith(".whl")][0]
        with zipfile.ZipFile(os.path.join(base, wheel)) as zf:
            zf.extractall(tree)
    paths = ["django/db", "django/utils"] if quick else ["django"]
    return tree, paths


def measure_c(quick, repeats, inside=False):
    """``inside``: Django kept in bench/.cache, inside this repository (a repository that has
    MetaStudio code elsewhere); otherwise a copy in a folder of its own, as a Django project is."""
    tree, paths = django_tree(quick)
    if not inside:
        own = tempfile.mkdtemp(prefix="metastudio-bench-django-")
        shutil.copytree(os.path.join(tree, "django"), os.path.join(own, "django"))
        open(os.path.join(own, "setup.cfg"), "w").write("[flake8]\n")
        try:
            return measure_c_in(own, paths, repeats)
        finally:
            shutil.rmtree(own, ignore_errors=True)
    return measure_c_in(tree, paths, repeats)


def measure_c_in(tree, paths, repeats):
    # the plugin as installed: its cache on (the project scan is kept there), in a folder of its own
    cache = tempfile.mkdtemp(prefix="metastudio-bench-cache-")
    with_plugin, without = [], []
    try:
        flake8(["--metastudio-cache-dir=" + cache, *paths], tree, True)  # first run: writes the scan
        direct = []
        for _ in range(repeats):
            with_plugin.append(flake8(["--metastudio-cache-dir=" + cache, *paths], tree, True)[0])
            without.append(flake8(paths, tree, False)[0])
            out = child_cpu([sys.executable, "-c", PLUGIN_ONLY, cache, *paths], tree)[1].split()
            direct.append(float(out[0]) + float(out[1]))
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return {"with": min(with_plugin), "without": min(without), "ratio": min(with_plugin) / min(without),
            "paths": " ".join(paths), "added": min(direct), "direct": 1 + min(direct) / min(without)}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--skip-django", action="store_true")
    parser.add_argument("--repeats", type=int, default=None, help="runs per arm (default 5, 3 with --quick)")
    parser.add_argument("--only", default="a,b,c", help="comma-separated measurements among a, b, c (default all)")
    parser.add_argument("--output", default=RESULTS, help="where the table is written (default %(default)s)")
    args = parser.parse_args(argv)
    only = [w.strip() for w in args.only.split(",") if w.strip()]
    wrong = [w for w in only if w not in TARGETS]
    if wrong or not only:
        parser.error("--only: unknown measurement %s: expected a comma-separated list of a, b, c"
                     % ", ".join(map(repr, wrong or [args.only])))
    repeats = args.repeats or (3 if args.quick else 5)
    folder = tempfile.mkdtemp(prefix="metastudio-project-bench-")
    a = b = None
    try:
        files = make_project(folder)
        a = measure_a(folder, files, repeats) if "a" in only else None
        b = measure_b(folder, repeats) if "b" in only else None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    django = "c" in only and not args.skip_django
    c = measure_c(args.quick, repeats) if django else None
    c2 = measure_c(args.quick, repeats, inside=True) if django else None
    import flake8
    from importlib.metadata import version

    lines = ["# Whole-project analysis benchmark (bench/project_bench.py)", "",
             "Written by `python bench/project_bench.py%s` on %s; %s, %d CPUs, Python %s, flake8 %s, LibCST %s. "
             "Each figure is the minimum child CPU time of %d runs per arm, the arms interleaved." % (
                 (" --quick" if args.quick else "") + (" --only " + ",".join(only) if args.only != "a,b,c" else ""),
                 datetime.date.today().isoformat(), platform.platform(),
                 os.cpu_count() or 0, platform.python_version(), flake8.__version__, version("libcst"), repeats), "",
             "| measurement | arm | baseline | ratio | target |", "|---|---|---|---|---|"]
    if a is not None:
        lines.append("| (a) 100-module project (%d files, %d findings), `flake8 -j1` | %.2f s with the plugin | "
                     "%.2f s flake8 without it + %.2f s parsing each module once | **%.2f** | <= %.1f |" % (
                         len(files), a["findings"], a["with"], a["without"], a["parse"], a["ratio"], TARGETS["a"]))
    if b is not None:
        lines.append("| (b) warm cache, one changed job module re-linted (fresh process, the plugin's modules "
                     "imported in both arms) | %.3f s | %.3f s its single-file analysis | **%.2f** | <= %.1f |" % (
                         b["project"], b["single"], b["ratio"], TARGETS["b"]))
        lines.append("| (b) the same, the modules only whole-project analysis uses imported while timed | %.3f s | "
                     "%.3f s | %.2f | |" % (b["cold"], b["single"], b["cold_ratio"]))
    if c is not None:
        lines.append("| (c) Django %s (`%s`) as its own project, no MetaStudio | %.2f s with the plugin | %.2f s without it | **%.3f** "
                     "| <= %.2f |" % (DJANGO, c["paths"], c["with"], c["without"], c["ratio"], TARGETS["c"]))
        lines.append("| (c) direct estimate: what the plugin adds (import, options, its call for every file), "
                     "measured alone | %.3f s | %.2f s flake8 without it | **%.4f** | <= %.2f |" % (
                         c["added"], c["without"], c["direct"], TARGETS["c"]))
    if c2 is not None:
        lines.append("| (c') the same, Django inside this repository (which has MetaStudio code elsewhere) | "
                     "%.2f s | %.2f s | **%.3f** (direct estimate %.4f) | <= %.2f |" % (
                         c2["with"], c2["without"], c2["ratio"], c2["direct"], TARGETS["c"]))
    if b is not None:
        lines += ["", "Where (b)'s time goes (the same re-lint with the engine's steps timed, each step's minimum "
                  "over %d runs; a step's time includes the steps it calls):" % repeats, "",
                  "| step | calls | CPU ms |", "|---|---|---|"]
        lines += ["| %s | %d | %.1f |" % (label, count, 1000 * seconds)
                  for label, (count, seconds) in b["parts"].items()]
        lines += ["", "(b) re-analyses the changed file with the modules it imports (its services, the client "
                  "factory, the settings), which are parsed and evaluated again in a fresh process: the cache "
                  "holds each file's findings and the scan of the project, not summaries of modules. The "
                  "single-file arm parses one module; the whole-project arm parses seven.", ""]
    text = "\n".join(lines)
    open(args.output, "w", encoding="utf-8").write(text)
    print(text)


if __name__ == "__main__":
    main()
