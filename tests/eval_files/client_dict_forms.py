"""Clients in dicts made by dict(kw=...), {**other, ...}, dict(zip(...)), dict() of a generator of pairs and a filtered dict comprehension keep their regions (issue 11)."""
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateRobotRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

SITES = {"bj": {"region": "cn-north-4"}, "sg": {"region": "ap-southeast-3"}}
NAMES = ("bj", "sg")
REGIONS = ("cn-north-4", "ap-southeast-3")


def build(region):
    return MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of(region)).build()


KW = dict(bj=build("cn-north-4"), sg=build("ap-southeast-3"))
ZIPPED = dict(zip(NAMES, [build(r) for r in REGIONS]))
PAIRS = dict((s, build(cfg["region"])) for s, cfg in SITES.items())
FILTERED = {s: build(cfg["region"]) for s, cfg in SITES.items() if cfg}
CN = {"bj": build("cn-north-4"), "sh": build("cn-east-3")}
MERGED = {**CN, "sg": build("ap-southeast-3")}


def a():
    KW["sg"].create_robot(CreateRobotRequest())  # expect: MST201


def b():
    ZIPPED["sg"].create_robot(CreateRobotRequest())  # expect: MST201


def c():
    PAIRS["sg"].create_robot(CreateRobotRequest())  # expect: MST201


def d():
    FILTERED["sg"].create_robot(CreateRobotRequest())  # expect: MST201


def e():
    MERGED["sg"].create_robot(CreateRobotRequest())  # expect: MST201


def f():
    MERGED["sh"].create_robot(CreateRobotRequest())
