"""The standalone CLI: same findings as flake8, in every format; config
precedence; exit codes; explain mode; SARIF valid against the 2.1.0 schema."""
import glob
import json
import os
import subprocess
import sys

import pytest

from conftest import HERE, ROOT, run_flake8
from expectations import options

EVAL = sorted(glob.glob(os.path.join(HERE, "eval_files", "*.py")))


def lint(*args, cwd=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "flake8_metastudio", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, input=stdin, timeout=120)


def _by_options():
    groups = {}
    for path in EVAL:
        opts = tuple(options(open(path, encoding="utf-8").read()))
        groups.setdefault(opts, []).append(path)
    return groups


@pytest.mark.parametrize("opts", sorted(_by_options()), ids=lambda o: " ".join(o) or "defaults")
def test_every_format_carries_flake8s_findings(opts):
    """Every example file, grouped by the options it asks for, through flake8
    and through each of metastudio-lint's formats: the same findings, and in
    the JSON the same messages and paths (as flake8 prints them) too."""
    paths = [os.path.relpath(p, ROOT) for p in _by_options()[opts]]
    flake = run_flake8(paths, *opts)
    assert "Traceback" not in flake.stderr, flake.stderr[-2000:]
    expected, messages = set(), set()
    for line in flake.stdout.splitlines():
        path, lineno, col, rest = line.split(":", 3)
        expected.add((os.path.abspath(os.path.join(ROOT, path)), int(lineno), int(col), rest.split()[0]))
        messages.add((path, int(lineno), int(col), rest.strip().split(" ", 1)[1]))  # (the code is its own field)

    text = lint(*opts, "--isolated", *paths)
    assert text.returncode == (1 if expected else 0), text.stderr
    got_text = set()
    for line in text.stdout.splitlines():
        path, lineno, col, rest = line.split(":", 3)
        got_text.add((os.path.abspath(os.path.join(ROOT, path)), int(lineno), int(col), rest.split()[0]))
    assert got_text == expected

    as_json = lint(*opts, "--isolated", "--format", "json", *paths)
    assert as_json.returncode == text.returncode, as_json.stderr
    js = json.loads(as_json.stdout)
    assert {(os.path.abspath(os.path.join(ROOT, f["path"])), f["line"], f["column"], f["code"]) for f in js} == expected
    assert {(f["path"], f["line"], f["column"], f["message"]) for f in js} == messages
    for f in js:
        assert set(f) >= {"path", "line", "column", "code", "message", "api", "region", "estimated_rate", "limit"}

    gh = lint(*opts, "--isolated", "--format", "github", *paths).stdout.splitlines()
    got_gh = set()
    for line in gh:
        assert line.startswith("::warning file=")
        head, _, message = line[len("::warning "):].partition("::")
        props = dict(p.split("=", 1) for p in head.split(","))
        got_gh.add((os.path.abspath(os.path.join(ROOT, props["file"])), int(props["line"]), int(props["col"]),
                    props["title"]))
        assert message
    assert got_gh == expected


def test_sarif_validates_against_the_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.load(open(os.path.join(HERE, "data", "sarif-schema-2.1.0.json"), encoding="utf-8"))
    result = lint("--isolated", "--format", "sarif", os.path.join(HERE, "eval_files"))
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, schema)
    run = doc["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    from flake8_metastudio.messages import MESSAGES

    assert ids == sorted(MESSAGES)
    assert all(r["helpUri"].endswith("/rules/%s.md" % r["id"]) and r["help"]["text"] for r in
               run["tool"]["driver"]["rules"])
    assert run["results"] and all(res["ruleId"] == ids[res["ruleIndex"]] for res in run["results"])
    # an empty run is valid too
    clean = tmp_path / "clean.py"
    clean.write_text("x = 1\n")
    jsonschema.validate(json.loads(lint("--isolated", "--format", "sarif", str(clean)).stdout), schema)


BAD = ("from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateProductRequest\n"
       "client = MetaStudioClient.new_builder().build()\n"
       "for item in range(100):\n"
       "    client.create_product(CreateProductRequest(body=item))\n")


def test_exit_codes_walk_and_exclude(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "bad.py").write_text(BAD)
    (tmp_path / "pkg" / "good.py").write_text("print('hello')\n")
    (tmp_path / "vendored").mkdir()
    (tmp_path / "vendored" / "bad_too.py").write_text(BAD)
    r = lint("--isolated", ".", cwd=str(tmp_path))
    assert r.returncode == 1 and r.stdout.count("MST101") == 2
    r = lint("--isolated", "--extend-exclude", "vendored", ".", cwd=str(tmp_path))
    assert r.returncode == 1 and r.stdout.count("MST101") == 1 and "vendored" not in r.stdout
    r = lint("--isolated", "pkg/good.py", cwd=str(tmp_path))
    assert r.returncode == 0 and r.stdout == ""
    r = lint("--isolated", "missing.py", cwd=str(tmp_path))  # as flake8: E902, and the run goes on
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stdout == "missing.py:0:1: E902 FileNotFoundError: [Errno 2] No such file or directory: 'missing.py'\n"
    r = lint("--isolated", "--metastudio-latency", "nope", ".", cwd=str(tmp_path))
    assert r.returncode == 2 and "--metastudio-latency" in r.stderr and "Traceback" not in r.stderr
    r = lint("--isolated", "-", cwd=str(tmp_path), stdin=BAD)
    assert r.returncode == 1 and r.stdout.startswith("stdin:4:")


def test_noqa(tmp_path):
    (tmp_path / "a.py").write_text(BAD.replace("body=item))", "body=item))  # noqa: MST101"))
    assert lint("--isolated", "a.py", cwd=str(tmp_path)).returncode == 0
    (tmp_path / "a.py").write_text(BAD.replace("body=item))", "body=item))  # noqa"))
    assert lint("--isolated", "a.py", cwd=str(tmp_path)).returncode == 0
    (tmp_path / "a.py").write_text(BAD.replace("body=item))", "body=item))  # noqa: E501"))
    assert lint("--isolated", "a.py", cwd=str(tmp_path)).returncode == 1


SLOW = BAD.replace("for item in range(100):\n", "import time\nfor item in range(100):\n    time.sleep(0.2)\n")


def test_config_precedence(tmp_path):
    (tmp_path / "a.py").write_text(SLOW)  # 1 / 0.3 s = 3.3/s: over cn-east-3's 3/s, under cn-north-4's 4/s
    assert lint("a.py", cwd=str(tmp_path)).returncode == 0
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-region = cn-east-3\n")
    assert lint("a.py", cwd=str(tmp_path)).returncode == 1
    (tmp_path / "pyproject.toml").write_text('[tool.flake8-metastudio]\nregion = "cn-north-4"\n')
    assert lint("a.py", cwd=str(tmp_path)).returncode == 0  # pyproject beats the flake8 config
    assert lint("a.py", "--metastudio-region", "cn-east-3", cwd=str(tmp_path)).returncode == 1  # command line wins
    (tmp_path / "pyproject.toml").write_text('[tool.flake8-metastudio]\nregoin = "cn-north-4"\n')
    r = lint("a.py", cwd=str(tmp_path))
    assert r.returncode == 2 and "regoin" in r.stderr and "region" in r.stderr
    (tmp_path / "pyproject.toml").write_text('[tool.flake8-metastudio]\ntimbres = ["a", "b"]\nreplicas = 3\n')
    r = lint("a.py", "--format", "json", cwd=str(tmp_path))
    assert r.returncode == 1 and "x3 replicas" in json.loads(r.stdout)[0]["message"]


def test_explain_shows_every_call_site_and_its_reasoning(tmp_path):
    (tmp_path / "a.py").write_text(SLOW + "\nclient.create_product(CreateProductRequest())\n")
    r = lint("explain", "a.py", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "for loop, 100 iterations" in r.stdout and "sleep 0.2 s" in r.stdout and "3.3/s" in r.stdout
    rows = json.loads(lint("explain", "a.py", "--format", "json", cwd=str(tmp_path)).stdout)
    assert [r["line"] for r in rows] == [6, 8]
    assert rows[0]["verdict"] == "ok" and rows[0]["estimated_rate"] == pytest.approx(3.333, abs=0.01)
    assert rows[0]["region"] == "cn-north-4" and rows[0]["region_from"] == "--metastudio-region"
    assert rows[1]["repeated_context"] == "-"
    rows = json.loads(lint("explain", "a.py", "--format", "json", "--metastudio-region", "cn-east-3",
                           cwd=str(tmp_path)).stdout)
    assert rows[0]["verdict"] == "MST101"


def test_limits_subcommand_via_console_script():
    r = subprocess.run([os.path.join(os.path.dirname(sys.executable), "metastudio-lint"), "limits", "--format",
                        "json"], capture_output=True, text=True)
    assert r.returncode == 0 and len(json.loads(r.stdout)) == 148


IDIOMS = '''\
from celery import shared_task
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateProductRequest, DeleteProductRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

SG = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")


def build(region):
    return MetaStudioClient.new_builder().with_region(region).build()


CLIENTS = {"sg": build(SG), "sh": build(MetaStudioRegion.CN_EAST_3)}


class Catalog:
    def __init__(self, client):
        self.client = client

    def create_product(self, body):
        return self.client.create_product(CreateProductRequest(body=body))


@shared_task(rate_limit="1/s")
def purge(pid):
    getattr(CLIENTS["sh"], "delete_product")(DeleteProductRequest(product_id=pid))


def seed(site, bodies):
    cat = Catalog(CLIENTS[site])
    for b in bodies:
        cat.create_product(b)


def queue(pids):
    for p in pids:
        purge.delay(p)
'''


def test_explain_says_how_idioms_were_followed(tmp_path):
    (tmp_path / "a.py").write_text(IDIOMS)
    rows = json.loads(lint("explain", "a.py", "--format", "json", "--metastudio-worker-concurrency", "3",
                           cwd=str(tmp_path)).stdout)
    create = [r for r in rows if r["sdk_method"] == "create_product" and r["repeated_context"] != "-"]
    assert create and create[0]["via"] == "Catalog.create_product() on Catalog(...)"
    assert create[0]["regions"] == ["ap-southeast-3", "cn-east-3"] and "CLIENTS[site]" in create[0]["client"]
    assert create[0]["verdict"] == "MST101"  # 10/s > 3/s in both
    purge = [r for r in rows if r["sdk_method"] == "delete_product" and r["repeated_context"] != "-"][0]
    assert purge["region"] == "cn-east-3" and 'CLIENTS["sh"]' in purge["client"]
    assert "getattr(..., 'delete_product')" in purge["client"]
    assert "Celery task.delay() with rate_limit='1/s' on 3 workers" in purge["repeated_context"]
    assert purge["estimated_rate"] == pytest.approx(3.0) and purge["verdict"] == "ok"  # 3 x 1/s <= 3/s
    text = lint("explain", "a.py", cwd=str(tmp_path)).stdout
    assert "How each call site was recognised" in text and "through Catalog.create_product()" in text
