"""The small-file corpus of the benchmark: many short MetaStudio modules, the
shape of a real service repository (880 files of about 16 lines, 14,000 lines
in all: one client factory, one job per module, a few helpers).

Generated deterministically from templates of the code people write against
the SDK and the REST API: the same seed gives the same files, byte for byte,
on every machine, so the corpus needs no download and never changes between
runs.  ``python bench/small_corpus.py DIR`` writes it out (for a look, or for
the whole-process measurement, which runs flake8 on files).
"""
import os
import random
import sys
from typing import Callable, List, Tuple

SEED = 20261202
FILES = 880

REGIONS = ["cn-north-4", "cn-east-3", "ap-southeast-3", "cn-north-4"]
CONSTS = {"cn-north-4": "CN_NORTH_4", "cn-east-3": "CN_EAST_3", "ap-southeast-3": "AP_SOUTHEAST_3"}


def _client(rng: random.Random, region: str) -> str:
    if rng.random() < 0.5:
        how = 'MetaStudioRegion.value_of("%s")' % region
    else:
        how = "MetaStudioRegion.%s" % CONSTS[region]
    return ('client = MetaStudioClient.new_builder().with_credentials(\n'
            '    BasicCredentials(os.environ["AK"], os.environ["SK"])).with_region(%s).build()\n' % how)


IMPORTS = ("import os\nimport time\n\n"
           "from huaweicloudsdkcore.auth.credentials import BasicCredentials\n"
           "from huaweicloudsdkmetastudio.v1 import *\n"
           "from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion\n\n")


def _sleep(rng: random.Random, pad: str) -> str:
    return rng.choice(["", "", pad + "time.sleep(0.5)\n", pad + "time.sleep(1)\n", pad + "time.sleep(0.1)\n"])


def t_upload(rng: random.Random, k: int) -> str:
    region = rng.choice(REGIONS)
    return (IMPORTS + _client(rng, region) +
            "\n\ndef upload_products_%d(rows):\n"
            "    for row in rows:\n"
            "        body = CreateProductRequestBody(name=row['name'], auto_active=True)\n"
            "        client.create_product(CreateProductRequest(body=body))\n"
            "%s" % (k, _sleep(rng, "        ")))


def t_poll(rng: random.Random, k: int) -> str:
    region = rng.choice(REGIONS)
    return (IMPORTS + _client(rng, region) +
            "\n\ndef wait_video_%d(job_id):\n"
            "    while True:\n"
            "        job = client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))\n"
            "        if job.state in ('SUCCEED', 'FAILED'):\n"
            "            return job\n"
            "%s" % (k, _sleep(rng, "        ")))


def t_pool(rng: random.Random, k: int) -> str:
    region = rng.choice(REGIONS)
    return ("from concurrent.futures import ThreadPoolExecutor\n" + IMPORTS + _client(rng, region) +
            "\n\ndef fetch_%d(asset_id):\n"
            "    return client.show_asset(ShowAssetRequest(asset_id=asset_id))\n\n\n"
            "def fetch_all_%d(asset_ids):\n"
            "    with ThreadPoolExecutor(max_workers=%d) as pool:\n"
            "        return list(pool.map(fetch_%d, asset_ids))\n" % (k, k, rng.choice([2, 4, 8, 16]), k))


def t_retry(rng: random.Random, k: int) -> str:
    region = rng.choice(REGIONS)
    return ("from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException\n" + IMPORTS +
            _client(rng, region) +
            "\n\ndef delete_%d(asset_id, attempts=5):\n"
            "    for _ in range(attempts):\n"
            "        try:\n"
            "            return client.delete_asset(DeleteAssetRequest(asset_id=asset_id))\n"
            "        except ClientRequestException:\n"
            "%s            continue\n" % (k, _sleep(rng, "            ")))


def t_async(rng: random.Random, k: int) -> str:
    region = rng.choice(REGIONS)
    return ("import asyncio\n" + IMPORTS + _client(rng, region) +
            "\n\nasync def one_%d(sem, room_id):\n"
            "    async with sem:\n"
            "        return await asyncio.to_thread(client.show_smart_live_room, "
            "ShowSmartLiveRoomRequest(room_id=room_id))\n\n\n"
            "async def all_rooms_%d(room_ids):\n"
            "    sem = asyncio.Semaphore(%d)\n"
            "    return await asyncio.gather(*(one_%d(sem, r) for r in room_ids))\n"
            % (k, k, rng.choice([2, 4, 20]), k))


def t_rest(rng: random.Random, k: int) -> str:
    region = rng.choice(REGIONS)
    return ("import requests\n\n"
            'BASE = "https://metastudio.%s.myhuaweicloud.com/v1"\n\n\n'
            "def upload_assets_%d(project_id, token, names):\n"
            "    ids = []\n"
            "    for name in names:\n"
            '        r = requests.post(f"{BASE}/{project_id}/digital-assets", '
            'json={"asset_name": name}, headers={"X-Auth-Token": token})\n'
            "        ids.append(r.json()['asset_id'])\n"
            "%s    return ids\n" % (region, k, _sleep(rng, "        ")))


def t_service(rng: random.Random, k: int) -> str:
    region = rng.choice(REGIONS)
    return (IMPORTS +
            "\n\nclass LiveService%d:\n"
            "    def __init__(self, ak, sk):\n"
            "        self.client = MetaStudioClient.new_builder().with_credentials(\n"
            "            BasicCredentials(ak, sk)).with_region(MetaStudioRegion.value_of(%r)).build()\n\n"
            "    def start(self, room_id):\n"
            "        return self.client.start_smart_live(StartSmartLiveRequest(room_id=room_id))\n\n"
            "    def start_all(self, room_ids):\n"
            "        return [self.start(r) for r in room_ids]\n" % (k, region))


def t_robot(rng: random.Random, k: int) -> str:
    region = rng.choice(REGIONS)
    return (IMPORTS + _client(rng, region) +
            "\n\ndef make_robot_%d(name):\n"
            "    body = CreateRobotReq(name=name, app_type=%d)\n"
            "    robot = client.create_robot(CreateRobotRequest(body=body))\n"
            "    client.create_knowledge_question(CreateKnowledgeQuestionRequest(robot_id=robot.robot_id))\n"
            "    return robot\n" % (k, rng.choice([0, 1, 2, 6])))


def t_voice(rng: random.Random, k: int) -> str:
    region = rng.choice(REGIONS)
    return (IMPORTS + _client(rng, region) +
            "\n\ndef speak_%d(text):\n"
            "    voice = VoiceConfig(voice_asset_id=%r, speed=100)\n"
            "    req = CreateTtsaRequest(body=CreateTTSAReq(voice_config=voice, text=text))\n"
            "    return client.create_ttsa(req)\n" % (k, "voice-%04d" % rng.randrange(10000)))


def t_factory(rng: random.Random, k: int) -> str:
    region = rng.choice(REGIONS + ["ap-southeast-1"])  # now and then a region the table does not know
    return (IMPORTS +
            "\n\ndef make_client_%d():\n"
            '    """The one place the service builds its MetaStudio client."""\n'
            "    return (MetaStudioClient.new_builder()\n"
            '            .with_credentials(BasicCredentials(os.environ["AK"], os.environ["SK"]))\n'
            "            .with_region(MetaStudioRegion.value_of(%r))\n"
            "            .build())\n" % (k, region))


TEMPLATES: List[Callable[[random.Random, int], str]] = [t_upload, t_poll, t_pool, t_retry, t_async, t_rest,
                                                         t_service, t_robot, t_voice, t_factory]


def small_corpus(files: int = FILES, seed: int = SEED) -> List[Tuple[str, str]]:
    """(name, source) of ``files`` small modules, the same every run."""
    rng = random.Random(seed)
    out = []
    for k in range(files):
        template = TEMPLATES[k % len(TEMPLATES)] if k < len(TEMPLATES) else rng.choice(TEMPLATES)
        out.append(("svc_%03d_%s.py" % (k, template.__name__[2:]), template(rng, k)))
    return out


def write(dest: str, files: int = FILES) -> List[str]:
    """Write the corpus into ``dest`` (created); returns the paths."""
    os.makedirs(dest, exist_ok=True)
    paths = []
    for name, src in small_corpus(files):
        path = os.path.join(dest, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(src)
        paths.append(path)
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python bench/small_corpus.py DIR")
    paths = write(sys.argv[1])
    lines = sum(open(p, encoding="utf-8").read().count("\n") for p in paths)
    print("%d files, %d lines in %s" % (len(paths), lines, sys.argv[1]))
