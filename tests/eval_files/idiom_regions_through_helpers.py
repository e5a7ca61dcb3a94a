"""Region ids handed to helpers that build a client from their parameter
and use it at once (they never return the client): each id is followed into
the helper, a few calls deep, also when a map() over a thread pool, the
builtin map or a lambda runs the helper once per id."""
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkmetastudio.v1 import ListAssetsRequest, ListSmartLiveRoomsRequest, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

POOL_REGIONS = ["cn-north-4", "cn-north-7"]  # expect: MST202 @31
SCRIPT_REGIONS = ("cn-east-3", "eu-west-0")  # expect: MST202 @32
LAMBDA_REGIONS = ["ap-southeast-3", "ap-southeast-9"]  # expect: MST202 @37


def make_client(region_id):
    return MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of(region_id)).build()


def count_assets(region_id):
    return make_client(region_id).list_assets(ListAssetsRequest()).count


def report(region_id):
    print(region_id, count_assets(region_id))


def census():
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(count_assets, POOL_REGIONS))


def census_serial():
    return list(map(report, SCRIPT_REGIONS))


def rooms():
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda r: make_client(r).list_smart_live_rooms(ListSmartLiveRoomsRequest()),
                             LAMBDA_REGIONS))


def nightly():
    report("cn-south-1")  # expect: MST202 @12
    report("cn-north-4")
