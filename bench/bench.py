#!/usr/bin/env python
"""Performance benchmark for flake8-metastudio (run by hand, not by pytest).

    python bench/bench.py            # full run, writes bench/RESULTS.md
    python bench/bench.py --quick    # smaller corpora, fewer repeats
    python bench/bench.py --only small,large --repeats 3   # some measurements only

Every figure is a ratio of arms measured side by side in one run, each arm
timed over its whole corpus on its own (see bench/README.md):

1. Django (never mentions MetaStudio): flake8 CPU with the plugin / with the
   plugin removed from flake8's plugin list.  Target <= 1.02.
2. In process, the plugin as flake8 calls it / ``libcst.parse_module`` with the
   collector off: (a) 880 small MetaStudio modules (bench/small_corpus.py),
   target <= 1.35; (b) one 20,000-line module, target <= 1.1; (c) the
   MetaStudio-heavy modules of 150-700 lines, target <= 1.5.
3. Whole process on the small-file corpus: (flake8 with the plugin - flake8
   without) / a process that only parses the same files.  Target <= 1.5.
4. Seconds per 1000 lines as one file grows (100, 1000, 5000, 20000 lines);
   a step where the per-1000-line cost grows by more than 1.5x is flagged.
"""
import argparse
import ast
import datetime
import gc
import glob
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import small_corpus  # noqa: E402  (bench/small_corpus.py, next to this script)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CACHE = os.path.join(HERE, ".cache")
DJANGO_VERSION = "4.2.16"  # pinned: the corpus must not change between runs
SEED = 20240611

RATIO_TARGET_FLAKE8 = 1.02
RATIO_TARGET_PARSE = 1.5  # MetaStudio-heavy modules, in process
TARGET_SMALL = 1.35  # small files, in process
TARGET_LARGE = 1.1  # one 20,000-line module, in process
TARGET_PROCESS = 1.5  # small files, whole process
GROWTH_FLAG = 1.5

# Runs flake8 exactly as ``python -m flake8`` does, except that when
# BENCH_SKIP_PLUGIN=1 the flake8-metastudio entry point is dropped from the
# discovered plugins before flake8 loads them: the plugin is then neither
# imported, nor registers options, nor is called for any file.  Both arms of
# the measurement run this same wrapper, so its own cost cancels out.
FLAKE8_WRAPPER = r"""
import os, sys
from flake8.plugins import finder
_find = finder.find_plugins
def find_plugins(cfg, opts):
    plugins = _find(cfg, opts)
    if os.environ.get("BENCH_SKIP_PLUGIN") == "1":
        plugins = [p for p in plugins if p.package != "flake8-metastudio"]
    return plugins
finder.find_plugins = find_plugins
from flake8.main.cli import main
sys.exit(main(sys.argv[1:]))
"""


# --------------------------------------------------------------------------------------
# MetaStudio-heavy corpus (deterministic)
# --------------------------------------------------------------------------------------
HEADER = '''"""Generated benchmark module {name} (seed {seed}): MetaStudio SDK usage patterns."""
import asyncio
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from aiolimiter import AsyncLimiter
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateProductRequest,
    CreateProductRequestBody,
    DeleteAssetRequest,
    ListAssetsRequest,
    ListProductsRequest,
    ListSmartLiveRoomsRequest,
    MetaStudioAsyncClient,
    MetaStudioClient,
    RestoreAssetRequest,
    Show2DDigitalHumanVideoRequest,
    ShowAssetRequest,
    ShowSmartLiveRequest,
    StartSmartLiveRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger(__name__)

PAGE_SIZE = 100
TERMINAL = ("SUCCEED", "FAILED", "CANCELED", "BLOCK")
POLL_INTERVAL_S = {poll}
WORKERS = {workers}

credentials = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
client = (
    MetaStudioClient.new_builder()
    .with_credentials(credentials)
    .with_region(MetaStudioRegion.value_of("{region}"))
    .build()
)
async_client = (
    MetaStudioAsyncClient.new_builder()
    .with_credentials(credentials)
    .with_region(MetaStudioRegion.{region_const})
    .build()
)
'''


def _sleep(rng, indent):
    """No sleep, a literal one, or one whose length the code does not state."""
    pad = " " * indent
    r = rng.random()
    if r < 0.4:
        return ""
    if r < 0.7:
        return "%stime.sleep(%s)\n" % (pad, rng.choice(["0.05", "0.25", "0.5", "1", "POLL_INTERVAL_S"]))
    return "%stime.sleep(float(os.environ.get('MS_DELAY', '0.2')))\n" % pad


def _t_import_products(i, rng):
    sleep = _sleep(rng, 12)
    code = '''

def import_products_{i}(rows):
    """Create one live product per row of the ERP export."""
    created, failed = 0, []
    for row in rows:
        body = CreateProductRequestBody(name=row["name"], description=row.get("description", ""), auto_active=True)
        try:
            client.create_product(CreateProductRequest(body=body))
            created += 1
{sleep}        except exceptions.ClientRequestException as e:
            log.error("product %s rejected: %s", row["name"], e.error_msg)
            failed.append(row["name"])
    return created, failed
'''.format(i=i, sleep=sleep)
    return code, "import_products_%d([item])" % i


def _t_pool_fetch(i, rng):
    workers = rng.choice(["WORKERS", "2", "4", "16"])
    code = '''

def fetch_assets_{i}(asset_ids):
    reqs = [ShowAssetRequest(asset_id=a) for a in asset_ids]
    with ThreadPoolExecutor(max_workers={workers}) as pool:
        return list(pool.map(client.show_asset, reqs))
'''.format(i=i, workers=workers)
    return code, "fetch_assets_%d([item])" % i


def _t_retry(i, rng):
    attempts = rng.choice([3, 5, 8])
    backoff = rng.random() < 0.5
    sleep = "            time.sleep(min(30, 2 ** attempt))\n" if backoff else ""
    code = '''

def create_with_retry_{i}(req, attempts={attempts}):
    for attempt in range(attempts):
        try:
            return client.create_product(req)
        except exceptions.ClientRequestException as e:
            if e.status_code not in (429, 500, 503):
                raise
            log.warning("attempt %d failed: %s", attempt, e.error_code)
{sleep}    raise RuntimeError("create_product: gave up after %d attempts" % attempts)
'''.format(i=i, attempts=attempts, sleep=sleep)
    return code, "create_with_retry_%d(CreateProductRequest(body=CreateProductRequestBody(name=item)))" % i


def _t_poll(i, rng):
    sleep = rng.choice(["        time.sleep(POLL_INTERVAL_S)\n", "        time.sleep(0.05)\n", ""])
    code = '''

def wait_for_video_{i}(job_id, timeout_s=1800):
    deadline = time.monotonic() + timeout_s
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    while True:
        resp = client.show2_d_digital_human_video(req)
        if resp.state in TERMINAL:
            return resp
        if time.monotonic() > deadline:
            raise TimeoutError(job_id)
{sleep}

def render_and_wait_{i}(script_id):
    created = client.create2_d_digital_human_video(
        Create2DDigitalHumanVideoRequest(body=Create2DDigitalHumanVideoReq(script_id=script_id))
    )
    log.info("job %s created", created.job_id)
    return wait_for_video_{i}(created.job_id)
'''.format(i=i, sleep=sleep)
    return code, "render_and_wait_%d(item)" % i


def _t_paginate(i, rng):
    code = '''

def all_products_{i}(limit=PAGE_SIZE):
    names, offset = set(), 0
    while True:
        resp = client.list_products(ListProductsRequest(offset=offset, limit=limit))
        page = resp.products or []
        names.update(p.name for p in page)
        if len(page) < limit:
            return names
        offset += limit


def all_assets_{i}(kind="VIDEO"):
    out, marker = [], 0
    while marker is not None:
        resp = client.list_assets(ListAssetsRequest(offset=marker, limit=PAGE_SIZE, asset_type=kind))
        out.extend(resp.assets or [])
        marker = marker + PAGE_SIZE if len(resp.assets or []) == PAGE_SIZE else None
    return out
'''.format(i=i)
    return code, "all_products_%d()" % i


def _t_class(i, rng):
    workers = rng.choice(["WORKERS", "2", "8"])
    code = '''

class AssetService{i}:
    """Thin wrapper the CMS uses for digital assets."""

    def __init__(self, ms_client, workers={workers}):
        self.client = ms_client
        self.workers = workers

    def show(self, asset_id):
        return self.client.show_asset(ShowAssetRequest(asset_id=asset_id))

    def show_all(self, asset_ids):
        return [self.show(a) for a in asset_ids]

    def retag(self, assets, tag):
        failed = []
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            futures = {{}}
            for asset in assets:
                body = UpdateDigitalAssetRequestBody(asset_name=asset.asset_name, tags=[tag])
                req = UpdateDigitalAssetRequest(asset_id=asset.asset_id, body=body)
                futures[pool.submit(self.client.update_digital_asset, req)] = asset.asset_id
            for fut in as_completed(futures):
                if fut.exception() is not None:
                    failed.append(futures[fut])
        return failed

    def purge(self, asset_ids):
        for asset_id in asset_ids:
            self.client.delete_asset(DeleteAssetRequest(asset_id=asset_id))
{sleep}

asset_service_{i} = AssetService{i}(client)
'''.format(i=i, workers=workers, sleep=_sleep(rng, 12))
    return code, "asset_service_%d.show_all([item])" % i


def _t_async(i, rng):
    rate = rng.choice([2, 5, 20])
    code = '''

limiter_{i} = AsyncLimiter({rate}, 1)
sem_{i} = asyncio.Semaphore({sem})


async def restore_all_{i}(asset_ids):
    async def one(asset_id):
        async with sem_{i}:
            return await asyncio.to_thread(client.restore_asset, RestoreAssetRequest(asset_id=asset_id))
    return await asyncio.gather(*(one(a) for a in asset_ids))


async def show_limited_{i}(asset_ids):
    out = []
    for asset_id in asset_ids:
        async with limiter_{i}:
            out.append(await asyncio.to_thread(client.show_asset, ShowAssetRequest(asset_id=asset_id)))
    return out


def submit_videos_{i}(script_ids):
    futures = []
    for sid in script_ids:
        req = Create2DDigitalHumanVideoRequest(body=Create2DDigitalHumanVideoReq(script_id=sid))
        futures.append(async_client.create2_d_digital_human_video_async(req))
    return [f.result() for f in futures]
'''.format(i=i, rate=rate, sem=rng.choice([2, 4, 10]))
    return code, "submit_videos_%d([item])" % i


def _t_live(i, rng):
    code = '''

def restart_rooms_{i}(project_rooms):
    for project, rooms in project_rooms.items():
        listing = client.list_smart_live_rooms(ListSmartLiveRoomsRequest(offset=0, limit=PAGE_SIZE))
        known = {{r.room_id for r in listing.smart_live_rooms or []}}
        for room_id in rooms:
            if room_id not in known:
                continue
            job = client.start_smart_live(StartSmartLiveRequest(room_id=room_id))
            state = "WAITING"
            while state not in TERMINAL:
                state = client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job.job_id)).state
{sleep}'''.format(i=i, sleep=rng.choice(["                time.sleep(1)\n", "                time.sleep(0.1)\n",
                                         "                log.debug('state %s', state)\n"]))
    return code, "restart_rooms_%d({'p': [item]})" % i


def _t_comprehension(i, rng):
    code = '''

def asset_names_{i}(asset_ids):
    return {{a: client.show_asset(ShowAssetRequest(asset_id=a)).asset_name for a in asset_ids if a}}


def cleanup_{i}(asset_ids, dry_run=False):
    if dry_run:
        return [a for a in asset_ids]
    return [client.delete_asset(DeleteAssetRequest(asset_id=a)) for a in asset_ids[:{n}]]
'''.format(i=i, n=rng.choice([10, 50, 500]))
    return code, "asset_names_%d([item])" % i


TEMPLATES = [_t_import_products, _t_pool_fetch, _t_retry, _t_poll, _t_paginate, _t_class, _t_async,
             _t_live, _t_comprehension]


def _t_driver(i, rng, helpers):
    """A function that calls helpers defined earlier in the module, in a loop:
    the analysis follows them interprocedurally."""
    picks = rng.sample(helpers, min(len(helpers), rng.choice([1, 2, 3])))
    calls = "".join("        results.append(%s)\n" % h for h in picks)
    code = '''

def nightly_job_{i}(items):
    results = []
    for item in items:
{calls}{sleep}    return results
'''.format(i=i, calls=calls, sleep=rng.choice(["", "        time.sleep(0.5)\n"]))
    return code, "nightly_job_%d([item])" % i


def heavy_source(target_lines: int, seed: int = SEED, name: str = "m") -> str:
    """A module of about ``target_lines`` lines of realistic MetaStudio SDK code."""
    rng = random.Random("%s-%s-%s" % (seed, name, target_lines))
    parts = [HEADER.format(name=name, seed=seed, poll=rng.choice([1, 2, 5]), workers=rng.choice([4, 8, 16]),
                           region=rng.choice(["cn-north-4", "ap-southeast-1", "cn-east-3"]),
                           region_const=rng.choice(["CN_NORTH_4", "AP_SOUTHEAST_1", "CN_EAST_3"]))]
    lines = parts[0].count("\n")
    helpers = []
    i = 0
    while lines < target_lines:
        if helpers and rng.random() < 0.25:
            code, call = _t_driver(i, rng, helpers)
        else:
            code, call = rng.choice(TEMPLATES)(i, rng)
        helpers.append(call)
        parts.append(code)
        lines += code.count("\n")
        i += 1
    return "".join(parts)


def heavy_corpus(quick: bool):
    """(name, source) pairs: generated modules plus the repository's example programs."""
    files = []
    rng = random.Random(SEED)
    for k in range(12 if quick else 40):
        files.append(("gen_%02d.py" % k, heavy_source(rng.randint(150, 700), SEED, "gen%d" % k)))
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "eval_files", "*.py"))):
        with open(path, encoding="utf-8") as fh:
            files.append((os.path.basename(path), fh.read()))
    return files


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def log(msg=""):
    print(msg, flush=True)


def machine_info():
    try:
        import libcst
        libcst_version = getattr(libcst, "__version__", None) or _dist_version("libcst")
    except ImportError:
        libcst_version = "?"
    return {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or "?",
        "python": "%s %s" % (platform.python_implementation(), platform.python_version()),
        "cpu_count": os.cpu_count(),
        "flake8": _dist_version("flake8"),
        "libcst": libcst_version,
        "flake8-metastudio": _dist_version("flake8-metastudio"),
        "load": _load(),
    }


def _load() -> str:
    try:
        return "%.2f" % os.getloadavg()[0]
    except OSError:  # pragma: no cover - no load average on this system
        return "?"


def _dist_version(name):
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:
        return "?"


# --------------------------------------------------------------------------------------
# 1. flake8 with / without the plugin on Django
# --------------------------------------------------------------------------------------
def django_tree() -> str:
    os.makedirs(CACHE, exist_ok=True)
    wheel = os.path.join(CACHE, "Django-%s-py3-none-any.whl" % DJANGO_VERSION)
    if not os.path.exists(wheel):
        found = glob.glob(os.path.join(CACHE, "[Dd]jango-%s-*.whl" % DJANGO_VERSION))
        if not found:
            log("downloading Django %s wheel into %s ..." % (DJANGO_VERSION, CACHE))
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                            "django==%s" % DJANGO_VERSION, "-d", CACHE], check=True)
            found = glob.glob(os.path.join(CACHE, "[Dd]jango-%s-*.whl" % DJANGO_VERSION))
        wheel = found[0]
    dest = os.path.join(CACHE, "django-%s" % DJANGO_VERSION)
    marker = os.path.join(dest, ".complete")
    if not os.path.exists(marker):
        with zipfile.ZipFile(wheel) as zf:
            members = [m for m in zf.namelist() if m.startswith("django/") and m.endswith(".py")]
            zf.extractall(dest, members)
        open(marker, "w").close()
    return dest


def run_flake8(paths, cwd, skip_plugin: bool, extra=()):
    env = dict(os.environ)
    env.pop("FLAKE8_METASTUDIO_DEBUG", None)
    env["BENCH_SKIP_PLUGIN"] = "1" if skip_plugin else "0"
    # the on-disk cache off: a repeat must do the work again, not read the first run's results
    no_cache = () if skip_plugin else ("--metastudio-no-cache",)
    cmd = [sys.executable, "-c", FLAKE8_WRAPPER, "--isolated", "--jobs", "1", "--exit-zero", *no_cache, *extra,
           *paths]
    before = child_cpu()
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    used = child_cpu() - before
    if proc.returncode != 0 or "Traceback" in proc.stderr:
        raise SystemExit("flake8 failed (%s):\n%s" % (proc.returncode, proc.stderr[-3000:]))
    return used, proc.stdout


def check_wrapper(tmpdir):
    """Prove the two arms differ exactly by the plugin: it is listed (and reports
    on a MetaStudio file) in one, absent (and silent) in the other."""
    import json

    sample = os.path.join(tmpdir, "sample_metastudio.py")
    with open(sample, "w", encoding="utf-8") as fh:
        fh.write(heavy_source(150, SEED, "check"))
    for skip in (False, True):
        env = dict(os.environ, BENCH_SKIP_PLUGIN="1" if skip else "0")
        report = subprocess.run([sys.executable, "-c", FLAKE8_WRAPPER, "--bug-report"], env=env,
                                capture_output=True, text=True, check=True).stdout
        listed = any(p.get("plugin") == "flake8-metastudio" for p in json.loads(report)["plugins"])
        _, out = run_flake8([sample], tmpdir, skip, extra=("--select", "MST"))
        if listed == skip or (" MST" in out) == skip:
            raise SystemExit("plugin-skipping wrapper does not work (skip=%s, listed=%s, output=%r)"
                             % (skip, listed, out[:200]))


def bench_flake8(quick: bool, repeats: int):
    import tempfile

    root = django_tree()
    if quick:
        paths = ["django/db", "django/utils", "django/forms"]
    else:
        paths = ["django"]
    nfiles = sum(len([f for f in fs if f.endswith(".py")])
                 for p in paths for _, _, fs in os.walk(os.path.join(root, p)))
    with tempfile.TemporaryDirectory() as tmp:
        check_wrapper(tmp)
    log("1. flake8 --jobs 1 on Django %s (%s, %d files), %d interleaved pairs"
        % (DJANGO_VERSION, " ".join(paths), nfiles, repeats))
    run_flake8(paths, root, False)  # warm the page cache and .pyc files
    with_, without = [], []
    for r in range(repeats):
        order = (False, True) if r % 2 == 0 else (True, False)
        for skip in order:
            cpu, _ = run_flake8(paths, root, skip)
            (without if skip else with_).append(cpu)
        log("   run %d: with plugin %.2fs, without %.2fs" % (r + 1, with_[-1], without[-1]))
    med_with, med_without = statistics.median(with_), statistics.median(without)
    pair = statistics.median(w / o for w, o in zip(with_, without))
    # the fixed part: one process on one empty file, many pairs (plugin import, options, limits table)
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.py")
        open(empty, "w").close()
        fixed_with, fixed_without = [], []
        for r in range(4 if quick else 10):
            for skip in ((False, True) if r % 2 == 0 else (True, False)):
                cpu, _ = run_flake8([empty], tmp, skip)
                (fixed_without if skip else fixed_with).append(cpu)
    fixed = statistics.median(fixed_with) - statistics.median(fixed_without)
    log("   fixed cost per flake8 process (empty file): %+.0f ms CPU" % (fixed * 1000))
    per_file = plugin_per_file_cpu(root, paths)
    log("   plugin's own per-file work in process (MetaStudioChecker.run on every file): %.0f ms CPU"
        % (per_file * 1000))
    return {
        "corpus": "Django %s: %s (%d files)" % (DJANGO_VERSION, " ".join(paths), nfiles),
        "repeats": repeats,
        "with": med_with,
        "without": med_without,
        "ratio": med_with / med_without,
        # CPU time of the same work only grows with disturbance (other load on
        # a shared machine): the least-disturbed run of each arm is the best
        # estimate of its cost, so the headline compares minimums
        "min_ratio": min(with_) / min(without),
        "pair_ratio": pair,
        "spread": (min(w / o for w, o in zip(with_, without)), max(w / o for w, o in zip(with_, without))),
        "fixed": fixed,
        "per_file": per_file,
        "direct_ratio": (med_without + max(fixed, 0.0) + per_file) / med_without,
        "fixed_with": statistics.median(fixed_with),
        "fixed_without": statistics.median(fixed_without),
    }


def plugin_per_file_cpu(root, paths, repeats=5) -> float:
    """CPU the checker itself spends on these files when flake8 calls it: the
    same ``MetaStudioChecker(tree, lines, filename).run()`` call, in process."""
    from flake8_metastudio.plugin import MetaStudioChecker

    files = []
    for p in paths:
        for dirpath, _, names in os.walk(os.path.join(root, p)):
            for name in sorted(names):
                if name.endswith(".py"):
                    path = os.path.join(dirpath, name)
                    with open(path, encoding="utf-8", errors="replace") as fh:
                        files.append((path, fh.readlines()))
    times = []
    for _ in range(repeats):
        t0 = time.process_time()
        for path, lines in files:
            for _finding in MetaStudioChecker(None, lines, path).run():
                pass
        times.append(time.process_time() - t0)
    return statistics.median(times)


# --------------------------------------------------------------------------------------
# 2. in process: the plugin's work / libcst.parse_module, each arm over a whole corpus
# --------------------------------------------------------------------------------------
def _arm_time(fn) -> float:
    gc.collect()
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def _spread(values):
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


CORPUS_MARKER = "setup.cfg"  # a project marker: each written corpus is a project of its own


def corpus_folder(name: str, files) -> str:
    """``files`` ((name, source) pairs) written out as one project folder,
    ``bench/.cache/<name>/``, with a ``setup.cfg`` so that the plugin takes the
    folder for the project, as it takes a service repository, and not the
    benchmark's own repository above it (whose files the scan of a project's
    importers would then read).  Files whose text differs are rewritten, and
    ``.py`` files not in ``files`` removed: the folder holds the corpus exactly."""
    dest = os.path.join(CACHE, name)
    os.makedirs(dest, exist_ok=True)
    wanted = dict(files, **{CORPUS_MARKER: "[metadata]\nname = %s\n" % name})
    for file_name, src in wanted.items():
        path = os.path.join(dest, file_name)
        try:
            with open(path, encoding="utf-8") as fh:
                same = fh.read() == src
        except OSError:
            same = False
        if not same:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(src)
    for file_name in os.listdir(dest):
        if file_name.endswith(".py") and file_name not in wanted:
            os.remove(os.path.join(dest, file_name))
    return dest


def bench_in_process(label: str, folder: str, files, repeats: int):
    """Three arms over the whole of ``files``, each timed on its own: a bare
    ``libcst.parse_module`` per file (collector on, as any program runs it), the
    same parse with the collector off (as the plugin parses), and the plugin as
    flake8 calls it, ``MetaStudioChecker(tree, lines, filename).run()`` with the
    ``ast`` tree flake8 has built beforehand.  The files are those written in
    ``folder`` (``corpus_folder``) and the plugin is given their paths, as
    flake8 gives them: its whole-project mode (the scan of the project's
    importers, the cache key) works on a real project folder, not on names
    that do not exist.  The arms rotate order from repeat to repeat; CPU time
    (``time.process_time``)."""
    import libcst

    from flake8_metastudio.options import settings_from
    from flake8_metastudio.plugin import MetaStudioChecker

    # what flake8's parse_options sets once per process; the on-disk cache off, so that every
    # repeat analyses the files again instead of reading the first repeat's results
    MetaStudioChecker.settings = settings_from({"metastudio_no_cache": True})
    prepared = [(os.path.join(folder, name), src, src.splitlines(True), ast.parse(src)) for name, src in files]
    lines = sum(len(ls) for _, _, ls, _ in prepared)

    def parse():
        for _, src, _, _ in prepared:
            libcst.parse_module(src)

    def parse_nogc():
        enabled = gc.isenabled()
        gc.disable()
        try:
            parse()
        finally:
            if enabled:
                gc.enable()

    from flake8_metastudio.engine import forget_project_state

    def plugin():
        forget_project_state()  # each repeat does a fresh process's work, not a lookup of the last one's
        for name, _, ls, tree in prepared:
            for _ in MetaStudioChecker(tree, ls, name).run():
                pass

    findings = sum(1 for name, _, ls, tree in prepared for _ in MetaStudioChecker(tree, ls, name).run())
    parse()  # warm-up: imports, catalog, limits table
    arms = [("parse", parse), ("parse_nogc", parse_nogc), ("plugin", plugin)]
    times = {name: [] for name, _ in arms}
    log("%s: %d files, %d lines, %d findings, %d repeats" % (label, len(files), lines, findings, repeats))
    for r in range(repeats):
        for name, fn in arms[r % 3:] + arms[:r % 3]:
            times[name].append(_arm_time(fn))
        log("   run %d: parse %.3fs (gc off %.3fs), plugin %.3fs: %.3fx (%.3fx vs gc-off parse)"
            % (r + 1, times["parse"][-1], times["parse_nogc"][-1], times["plugin"][-1],
               times["plugin"][-1] / times["parse"][-1], times["plugin"][-1] / times["parse_nogc"][-1]))
    per_run = [a / q for a, q in zip(times["plugin"], times["parse_nogc"])]
    per_run_gc = [a / p for a, p in zip(times["plugin"], times["parse"])]
    return {"label": label, "files": len(files), "lines": lines, "findings": findings, "repeats": repeats,
            "parse": _spread(times["parse"]), "parse_nogc": _spread(times["parse_nogc"]),
            "plugin": _spread(times["plugin"]),
            # the least-disturbed run of each arm estimates its cost best (CPU time only grows with load)
            "ratio": min(times["plugin"]) / min(times["parse_nogc"]),
            "ratio_gc": min(times["plugin"]) / min(times["parse"]),
            "range": (min(per_run), max(per_run)), "range_gc": (min(per_run_gc), max(per_run_gc))}


# --------------------------------------------------------------------------------------
# 3. whole process: (flake8 with the plugin - without) / a bare-parse process
# --------------------------------------------------------------------------------------
# A process that does nothing but read and parse the same files with LibCST.
BARE_PARSE = r"""
import os, sys
import libcst
for dirpath, _, names in sorted(os.walk(sys.argv[1])):
    for name in sorted(names):
        if name.endswith(".py"):
            with open(os.path.join(dirpath, name), encoding="utf-8") as fh:
                libcst.parse_module(fh.read())
"""


def small_corpus_dir(files: int) -> str:
    """The small-file corpus written out under bench/.cache as a project of its
    own (deterministic: the same seed, the same files; rewritten only when missing)."""
    return corpus_folder("small-%d-%d" % (small_corpus.SEED, files), small_corpus.small_corpus(files))


def run_bare_parse(folder: str) -> float:
    before = child_cpu()
    proc = subprocess.run([sys.executable, "-c", BARE_PARSE, folder], capture_output=True, text=True)
    used = child_cpu() - before
    if proc.returncode != 0:
        raise SystemExit("bare parse failed:\n%s" % proc.stderr[-3000:])
    return used


def bench_processes(files: int, repeats: int):
    import tempfile

    folder = small_corpus_dir(files)
    with tempfile.TemporaryDirectory() as tmp:
        check_wrapper(tmp)
    arms = [("with", lambda: run_flake8(["."], folder, False)[0]),
            ("without", lambda: run_flake8(["."], folder, True)[0]),
            ("bare", lambda: run_bare_parse(folder))]
    log("3. whole process on the small-file corpus (%d files in %s), %d repeats"
        % (files, os.path.relpath(folder, ROOT), repeats))
    for _, fn in arms:  # warm the page cache and .pyc files
        fn()
    times = {name: [] for name, _ in arms}
    for r in range(repeats):
        for name, fn in arms[r % 3:] + arms[:r % 3]:
            times[name].append(fn())
        log("   run %d: flake8 with plugin %.2fs, without %.2fs, bare parse %.2fs: %.3fx"
            % (r + 1, times["with"][-1], times["without"][-1], times["bare"][-1],
               (times["with"][-1] - times["without"][-1]) / times["bare"][-1]))
    per_run = [(w - o) / b for w, o, b in zip(times["with"], times["without"], times["bare"])]
    return {"files": files, "folder": os.path.relpath(folder, ROOT), "repeats": repeats,
            "with": _spread(times["with"]), "without": _spread(times["without"]), "bare": _spread(times["bare"]),
            "ratio": (min(times["with"]) - min(times["without"])) / min(times["bare"]),
            "range": (min(per_run), max(per_run))}


# --------------------------------------------------------------------------------------
# 4. growth with file size
# --------------------------------------------------------------------------------------
def bench_growth(quick: bool):
    import libcst

    from flake8_metastudio import cstparse
    from flake8_metastudio.engine import lint_source
    from flake8_metastudio.options import settings_from

    settings = settings_from({})
    sizes = [100, 1000, 5000, 20000]
    rows = []
    log("4. time per 1000 lines as one file grows")

    def parse_nogc(src):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return libcst.parse_module(src)
        finally:
            if enabled:
                gc.enable()

    def timed(fn, *args, **kw):
        gc.collect()
        t0 = time.process_time()
        fn(*args, **kw)
        return time.process_time() - t0

    for size in sizes:
        src = heavy_source(size, SEED, "growth")
        lines = src.count("\n") + 1
        tree = ast.parse(src)
        repeats = 1 if quick and size >= 5000 else (3 if size >= 5000 else (5 if quick else 9))
        if size <= 100:
            repeats *= 4
        parse_t, nogc_t, plugin_t = [], [], []
        nfind = len(lint_source(src, settings, tree=tree))
        for r in range(repeats):
            arms = [(parse_t, libcst.parse_module, (src,), {}), (nogc_t, parse_nogc, (src,), {}),
                    (plugin_t, lint_source, (src, settings), {"tree": tree})]
            for into, fn, args, kw in arms[r % 3:] + arms[:r % 3]:
                into.append(timed(fn, *args, **kw))
        p, q, a = min(parse_t), min(nogc_t), min(plugin_t)
        row = {"size": size, "lines": lines, "findings": nfind, "repeats": repeats, "parse": p, "parse_nogc": q,
               "plugin": a, "parse_k": p / lines * 1000, "plugin_k": a / lines * 1000,
               "analysis_k": max(a - q, 0.0) / lines * 1000}
        rows.append(row)
        log("   %6d lines: parse %.3fs, plugin %.3fs, %.4f s/1000 lines (plugin)" % (lines, p, a, row["plugin_k"]))
    for prev, row in zip(rows, rows[1:]):
        row["growth"] = row["plugin_k"] / prev["plugin_k"] if prev["plugin_k"] else float("nan")
        row["analysis_growth"] = row["analysis_k"] / prev["analysis_k"] if prev["analysis_k"] else float("nan")
        row["flag"] = row["growth"] > GROWTH_FLAG or row["analysis_growth"] > GROWTH_FLAG
    rows_skip = cstparse.can_skip_validation()
    return {"rows": rows, "unvalidated": rows_skip}


# --------------------------------------------------------------------------------------
# report
# --------------------------------------------------------------------------------------
def verdict(ok):
    return "ok" if ok else "**OVER TARGET**"


def _in_process_table(m):
    return ["| files | lines | findings | repeats | parse (s) | parse, gc off (s) | plugin (s) "
            "| **plugin / parse gc off** (range) | plugin / parse (range) |",
            "|---:|---:|---:|---:|---|---|---|---|---|",
            "| %d | %d | %d | %d | %s | %s | %s | **%.3f** (%.3f - %.3f) | %.3f (%.3f - %.3f) |" % (
                m["files"], m["lines"], m["findings"], m["repeats"], _secs(m["parse"]), _secs(m["parse_nogc"]),
                _secs(m["plugin"]), m["ratio"], m["range"][0], m["range"][1], m["ratio_gc"], m["range_gc"][0],
                m["range_gc"][1]), ""]


def _secs(spread):
    return "%.3f (%.3f - %.3f)" % (spread["min"], spread["min"], spread["max"])


def render(info, quick, f8, small, procs, large, heavy, growth) -> str:
    out = ["# flake8-metastudio benchmark results", "",
           "Written by `python bench/bench.py%s`; rerun it to refresh. See `bench/README.md` for what is measured."
           % (" --quick" if quick else ""), ""]
    out += ["| | |", "|---|---|"]
    for k in ("date", "platform", "machine", "processor", "python", "cpu_count", "flake8", "libcst",
              "flake8-metastudio", "load"):
        out.append("| %s | %s |" % (k, info[k]))
    out.append("")
    out += ["## Summary", "",
            "Ratios of the least-disturbed (minimum CPU time) run of each arm; the range is the ratio within "
            "each repeat, lowest to highest.", "",
            "| measurement | ratio | range | target | verdict |", "|---|---:|---|---:|---|"]
    if small:
        out.append("| 2a. small files (%d): plugin / parse with gc off, in process | %.3f | %.3f - %.3f | <= %.2f | %s |"
                   % (small["files"], small["ratio"], small["range"][0], small["range"][1], TARGET_SMALL,
                      verdict(small["ratio"] <= TARGET_SMALL)))
    if procs:
        out.append("| 3. small files (%d): (flake8 with plugin - without) / bare-parse process | %.3f | %.3f - %.3f "
                   "| <= %.2f | %s |" % (procs["files"], procs["ratio"], procs["range"][0], procs["range"][1],
                                         TARGET_PROCESS, verdict(procs["ratio"] <= TARGET_PROCESS)))
    if large:
        out.append("| 2b. one %d-line module: plugin / parse with gc off, in process | %.3f | %.3f - %.3f | <= %.2f "
                   "| %s |" % (large["lines"], large["ratio"], large["range"][0], large["range"][1], TARGET_LARGE,
                               verdict(large["ratio"] <= TARGET_LARGE)))
    if heavy:
        out.append("| 2c. MetaStudio-heavy modules (%d): plugin / parse with gc off, in process | %.3f | %.3f - %.3f "
                   "| <= %.2f | %s |" % (heavy["files"], heavy["ratio"], heavy["range"][0], heavy["range"][1],
                                         RATIO_TARGET_PARSE, verdict(heavy["ratio"] <= RATIO_TARGET_PARSE)))
    if f8:
        out.append("| 1. Django: flake8 CPU with plugin / without, least-disturbed runs | %.3f | %.3f - %.3f "
                   "| <= %.2f | %s |" % (f8["min_ratio"], f8["spread"][0], f8["spread"][1], RATIO_TARGET_FLAKE8,
                                         verdict(f8["min_ratio"] <= RATIO_TARGET_FLAKE8)))
        out.append("| 1b. Django: same, direct estimate (fixed + in-process per-file cost) | %.4f | | <= %.2f | %s |"
                   % (f8["direct_ratio"], RATIO_TARGET_FLAKE8, verdict(f8["direct_ratio"] <= RATIO_TARGET_FLAKE8)))
    else:
        out.append("| 1. Django: flake8 CPU with plugin / without | skipped | | <= %.2f | |" % RATIO_TARGET_FLAKE8)
    if growth:
        worst = max(r.get("growth", 0) for r in growth["rows"])
        out.append("| 4. worst step growth of plugin s/1000 lines | %.2fx | | <= %.1fx | %s |"
                   % (worst, GROWTH_FLAG, verdict(not any(r.get("flag") for r in growth["rows"]))))
    out.append("")
    if f8:
        out += ["## 1. flake8 with / without the plugin, on Django", "",
                "Corpus: %s. `flake8 --isolated --jobs 1 --exit-zero`, default checks; child CPU time "
                "(user+sys from `getrusage(RUSAGE_CHILDREN)`), %d interleaved pairs."
                % (f8["corpus"], f8["repeats"]), "",
                "| with plugin, median (s) | without plugin, median (s) | ratio of minimums | ratio of medians "
                "| median of pair ratios | pair ratio range |",
                "|---:|---:|---:|---:|---:|---|",
                "| %.2f | %.2f | %.3f | %.3f | %.3f | %.3f - %.3f |" % (
                    f8["with"], f8["without"], f8["min_ratio"], f8["ratio"], f8["pair_ratio"], f8["spread"][0],
                    f8["spread"][1]),
                "",
                "Fixed cost per flake8 process (one empty file, median of pairs): %.0f ms with the plugin, "
                "%.0f ms without, %+.0f ms (importing the plugin, registering its options, loading the limits "
                "table)." % (f8["fixed_with"] * 1000, f8["fixed_without"] * 1000, f8["fixed"] * 1000),
                "",
                "Direct estimate, free of run-to-run noise: the checker's own work on these files, timed in "
                "process (`MetaStudioChecker(tree, lines, filename).run()` per file, median of 5): %.0f ms. "
                "(without + fixed + per-file) / without = **%.4f**. It leaves out flake8's own cost of calling "
                "one more plugin per file." % (f8["per_file"] * 1000, f8["direct_ratio"]),
                ""]
    blurb = ("Each arm runs over the whole corpus on its own (not file by file in turn), arms rotating order "
             "from repeat to repeat; `time.process_time`. `parse`: `libcst.parse_module` per file; `parse, gc "
             "off`: the same with the cyclic collector off, as the plugin parses; `plugin`: "
             "`MetaStudioChecker(tree, lines, filename).run()` as flake8 calls it, with the `ast` tree built "
             "beforehand (flake8 builds it for every plugin), including the plugin's own parse. Times: minimum "
             "(minimum - maximum) over the repeats; ratios: of the minimums (range: within each repeat).")
    if small:
        out += ["## 2a. in process, small files", "",
                "The 880-file shape of a service repository: `bench/small_corpus.py` (seeded templates of "
                "client factories, upload loops, polling, pools, retries, asyncio, REST calls, services, "
                "robots, voices). " + blurb, ""] + _in_process_table(small)
    if large:
        out += ["## 2b. in process, one large module", "",
                "One generated module (`heavy_source(20000)`, the growth table's largest). " + blurb, ""] \
            + _in_process_table(large)
    if heavy:
        out += ["## 2c. in process, MetaStudio-heavy modules", "",
                "Generated modules of 150-700 lines (`heavy_corpus`) plus `tests/eval_files`. " + blurb, ""] \
            + _in_process_table(heavy)
    if procs:
        out += ["## 3. whole process, small files", "",
                "The same small-file corpus written to `%s`. Three processes, each over the whole corpus, "
                "rotating order: `flake8 --isolated --jobs 1 --exit-zero .` with the plugin, the same without it "
                "(the wrapper of measurement 1), and a bare process that reads and parses every file with "
                "`libcst.parse_module` (Python start-up and importing LibCST included, as flake8's start-up is "
                "in both flake8 arms). The figure is the plugin's whole cost in a flake8 run, with - without, "
                "over the bare-parse process; child CPU time." % procs["folder"], "",
                "| files | repeats | flake8 with plugin (s) | flake8 without (s) | bare parse process (s) "
                "| **(with - without) / bare** (range) |",
                "|---:|---:|---|---|---|---|",
                "| %d | %d | %s | %s | %s | **%.3f** (%.3f - %.3f) |" % (
                    procs["files"], procs["repeats"], _secs(procs["with"]), _secs(procs["without"]),
                    _secs(procs["bare"]), procs["ratio"], procs["range"][0], procs["range"][1]), ""]
    if growth:
        out += ["## 4. time per file as it grows", "",
                "One generated module per size, each arm timed on its own, rotating; minimum over the repeats. "
                "`plugin` is `lint_source` (including its own parse%s); `analysis` is plugin minus the parse with "
                "gc off. growth = s/1000 lines relative to the previous size (flagged above %.1fx)."
                % (", without LibCST's node validation" if growth["unvalidated"] else "", GROWTH_FLAG),
                "",
                "| target lines | lines | findings | parse (s) | parse, gc off (s) | plugin (s) | parse s/1k "
                "| plugin s/1k | analysis s/1k | growth (plugin) | growth (analysis) | flag |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
        for r in growth["rows"]:
            out.append("| %d | %d | %d | %.3f | %.3f | %.3f | %.4f | %.4f | %.4f | %s | %s | %s |" % (
                r["size"], r["lines"], r["findings"], r["parse"], r["parse_nogc"], r["plugin"], r["parse_k"],
                r["plugin_k"],
                r["analysis_k"], "%.2fx" % r["growth"] if "growth" in r else "",
                "%.2fx" % r["analysis_growth"] if "analysis_growth" in r else "",
                "QUADRATIC?" if r.get("flag") else ""))
        out.append("")
    return "\n".join(out)


MEASUREMENTS = ("small", "process", "large", "heavy", "django", "growth")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer repeats and smaller corpora (a few minutes)")
    ap.add_argument("--repeats", type=int, default=None, help="repeats of every measurement (default 7, quick 3)")
    ap.add_argument("--skip-flake8", action="store_true", help="skip the Django measurement (no download)")
    ap.add_argument("--only", default=None,
                    help="comma-separated measurements to run, of: %s" % ", ".join(MEASUREMENTS))
    ap.add_argument("--output", default=os.path.join(HERE, "RESULTS.md"), help="where to write the results")
    args = ap.parse_args(argv)
    only = set(MEASUREMENTS) if args.only is None else {m.strip() for m in args.only.split(",") if m.strip()}
    unknown = only - set(MEASUREMENTS)
    if unknown or not only:
        ap.error("--only: unknown measurement %s: expected a comma-separated list of %s"
                 % (", ".join(sorted(unknown)) or "(none given)", ", ".join(MEASUREMENTS)))
    if args.repeats is not None and args.repeats < 1:
        ap.error("--repeats: expected a whole number >= 1, not %d" % args.repeats)
    if args.skip_flake8:
        only.discard("django")
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
    repeats = args.repeats or (3 if args.quick else 7)
    info = machine_info()
    log("flake8-metastudio benchmark, %s, %s, %s CPUs, load %s" % (info["date"], info["platform"],
                                                                  info["cpu_count"], info["load"]))
    small = procs = large = heavy = f8 = growth = None
    if "small" in only:
        small = bench_in_process("2a. in process, small files", small_corpus_dir(small_corpus.FILES),
                                 small_corpus.small_corpus(), repeats)
    if "process" in only:
        procs = bench_processes(small_corpus.FILES, max(2, repeats - 2) if args.quick else repeats)
    if "large" in only:
        large_files = [("growth_20000.py", heavy_source(20000, SEED, "growth"))]
        large = bench_in_process("2b. in process, one 20,000-line module",
                                 corpus_folder("large-%d" % SEED, large_files), large_files, 2 if args.quick else 5)
    if "heavy" in only:
        heavy_files = heavy_corpus(args.quick)
        heavy = bench_in_process("2c. in process, MetaStudio-heavy modules",
                                 corpus_folder("heavy-%d-%d" % (SEED, len(heavy_files)), heavy_files), heavy_files,
                                 repeats)
    if "django" in only:
        f8 = bench_flake8(args.quick, repeats)
    if "growth" in only:
        growth = bench_growth(args.quick)
    info["load"] = "%s at the start, %s at the end (1-minute load average)" % (info["load"], _load())
    text = render(info, args.quick, f8, small, procs, large, heavy, growth)
    with open(args.output, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")
    log("")
    log(text)
    log("")
    log("written to %s" % os.path.relpath(args.output))


if __name__ == "__main__":
    main()
