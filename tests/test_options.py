"""Options on the command line and in flake8 config files; bad values stop
flake8 with one line naming the option, the value and what is allowed."""
import pytest

from conftest import run_flake8

LOOP = """\
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateProductRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = MetaStudioClient.new_builder().build()


def seed(items):
    for item in items:
        client.create_product(CreateProductRequest(body=item))
"""


@pytest.fixture
def program(tmp_path):
    path = tmp_path / "seed.py"
    path.write_text(LOOP)
    return path


@pytest.mark.parametrize("option, words", [
    ("--metastudio-region=mars-1", ["--metastudio-region", "'mars-1'", "cn-north-4", "ap-southeast-3"]),
    ("--metastudio-latency=-1", ["--metastudio-latency", "'-1'", "seconds from 0.001 to 60"]),
    ("--metastudio-latency=fast", ["--metastudio-latency", "'fast'", "seconds from 0.001 to 60"]),
    ("--metastudio-replicas=0", ["--metastudio-replicas", "'0'", "whole number from 1 to 10000"]),
    ("--metastudio-replicas=two", ["--metastudio-replicas", "'two'", "whole number"]),
    ("--metastudio-max-concurrency=0", ["--metastudio-max-concurrency", "'0'", "from 1 to 10000"]),
    ("--metastudio-worker-concurrency=0", ["--metastudio-worker-concurrency", "'0'", "from 1 to 10000"]),
    ("--metastudio-worker-concurrency=many", ["--metastudio-worker-concurrency", "'many'", "whole number"]),
    ("--metastudio-limits-file=/no/such/limits.yaml", ["--metastudio-limits-file", "/no/such/limits.yaml",
                                                       "file not found"]),
    ("--metastudio-model-provider=openai", ["--metastudio-model-provider", "'openai'", "aiui", "spark"]),
    ("--metastudio-timbres=@/no/such/list.txt", ["--metastudio-timbres", "/no/such/list.txt"]),
    ("--metastudio-timbres= , ", ["--metastudio-timbres", "voice asset ids"]),
])
def test_bad_option_is_one_clear_line(program, option, words):
    result = run_flake8([str(program)], option)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])


def test_malformed_limits_file_names_file_and_line(program, tmp_path):
    bad = tmp_path / "limits.yaml"
    bad.write_text("schema_version: 1\napis:\n  - sdk_method: create_product\n    limits: {cn-north-4: 3\n")
    result = run_flake8([str(program)], "--metastudio-limits-file=%s" % bad)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.returncode == 2
    assert str(bad) + ":4: YAML syntax error" in result.stderr  # the flow mapping is never closed


@pytest.mark.parametrize("config_name", ["setup.cfg", "tox.ini", ".flake8"])
def test_options_from_flake8_config_files(tmp_path, program, config_name):
    # 0.3 s latency: 3.3/s, under 4/s in cn-north-4 but over 3/s in cn-east-3
    (tmp_path / config_name).write_text("[flake8]\nmetastudio-latency = 0.3\n")
    assert run_flake8([program.name], cwd=str(tmp_path)).stdout == ""
    (tmp_path / config_name).write_text("[flake8]\nmetastudio-latency = 0.3\nmetastudio-region = cn-east-3\n")
    out = run_flake8([program.name], cwd=str(tmp_path)).stdout
    assert "MST101" in out and "cn-east-3 allows 3/s" in out


def test_bad_value_in_config_file(tmp_path, program):
    (tmp_path / "setup.cfg").write_text("[flake8]\nmetastudio-replicas = -3\n")
    result = run_flake8([program.name], cwd=str(tmp_path))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "--metastudio-replicas" in result.stderr and "'-3'" in result.stderr


def test_replicas_and_max_concurrency_change_the_verdict(tmp_path, program):
    slow = tmp_path / "slow.py"
    slow.write_text(LOOP.replace("        client.create_product(CreateProductRequest(body=item))",
                                 "        client.create_product(CreateProductRequest(body=item))\n"
                                 "        time.sleep(0.2)").replace("from huaweicloudsdkmetastudio.v1 import",
                                                                   "import time\nfrom huaweicloudsdkmetastudio.v1 import"))
    assert run_flake8([str(slow)]).stdout == ""  # 3.3/s
    out = run_flake8([str(slow)], "--metastudio-replicas=2").stdout  # 6.7/s
    assert "MST101" in out and "x2 replicas" in out


def test_timbres_from_file(tmp_path):
    prog = tmp_path / "live.py"
    prog.write_text('from huaweicloudsdkmetastudio.v1 import VoiceConfig\n'
                    'ok = VoiceConfig(voice_asset_id="voice-a")\n'
                    'bad = VoiceConfig(voice_asset_id="voice-z")\n')
    ids = tmp_path / "timbres.txt"
    ids.write_text("# timbres the console offers\nvoice-a\nvoice-b\n")
    out = run_flake8([str(prog)], "--metastudio-timbres=@%s" % ids).stdout
    assert out.count("MST401") == 1 and ":3:" in out


def test_noqa_suppresses(tmp_path):
    prog = tmp_path / "seed.py"
    prog.write_text(LOOP.replace("CreateProductRequest(body=item))", "CreateProductRequest(body=item))  # noqa: MST101"))
    assert run_flake8([str(prog)]).stdout == ""
    prog.write_text(LOOP.replace("CreateProductRequest(body=item))", "CreateProductRequest(body=item))  # noqa: MST103"))
    assert "MST101" in run_flake8([str(prog)]).stdout


def test_plugin_is_registered():
    result = run_flake8([], "--version")
    assert "flake8-metastudio" in result.stdout


CELERY = """\
from celery import shared_task
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateProductRequest

client = MetaStudioClient.new_builder().build()


@shared_task(rate_limit="1/s")
def create(item):
    client.create_product(CreateProductRequest(body=item))


def queue_all(items):
    for item in items:
        create.delay(item)
"""


def test_worker_concurrency_sets_the_workers_of_queued_tasks_in_both_doors(tmp_path):
    import subprocess
    import sys

    prog = tmp_path / "tasks.py"
    prog.write_text(CELERY)
    # each worker is held to 1/s by rate_limit: 4 workers make 4/s, not above create_product's 4/s
    assert run_flake8([str(prog)], "--metastudio-worker-concurrency=4").stdout == ""
    out = run_flake8([str(prog)], "--metastudio-worker-concurrency=5").stdout  # 5/s
    assert "MST102" in out and "~5.0/s" in out and "on 5 workers" in out and "rate_limit holds each worker to 1/s" in out
    # unset: --metastudio-max-concurrency workers
    assert "~8.0/s" in run_flake8([str(prog)], "--metastudio-max-concurrency=8").stdout
    cli = subprocess.run([sys.executable, "-m", "flake8_metastudio", "--metastudio-worker-concurrency=5", str(prog)],
                         capture_output=True, text=True)
    assert [ln.split(": ", 1)[1] for ln in cli.stdout.splitlines()] == [ln.split(": ", 1)[1] for ln in out.splitlines()]
