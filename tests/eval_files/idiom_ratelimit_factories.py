"""Decorator factories built on ratelimit: the cap they build is the function's cap."""
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import DeleteAssetRequest, MetaStudioClient, ShowAssetRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from ratelimit import limits, sleep_and_retry

client = (MetaStudioClient.new_builder()
          .with_credentials(BasicCredentials("ak", "sk", "pid"))
          .with_region(MetaStudioRegion.value_of("cn-north-4"))
          .build())


def throttled(calls, period=1):
    def decorator(fn):
        return sleep_and_retry(limits(calls=calls, period=period)(fn))
    return decorator


def one_per_second(fn):
    return sleep_and_retry(limits(calls=1, period=1)(fn))


def paced(calls):
    def decorator(fn):
        limited = limits(calls=calls, period=1)(fn)
        return sleep_and_retry(limited)
    return decorator


@throttled(calls=1)
def delete(asset_id):
    return client.delete_asset(DeleteAssetRequest(asset_id=asset_id))


@one_per_second
def show(asset_id):
    return client.show_asset(ShowAssetRequest(asset_id=asset_id))


@paced(2)
def show_paced(asset_id):
    return client.show_asset(ShowAssetRequest(asset_id=asset_id))


@throttled(calls=500)
def delete_fast(asset_id):
    return client.delete_asset(DeleteAssetRequest(asset_id=asset_id))


def purge(ids):
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(delete, ids))


def audit(ids):
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(show, ids))
        list(pool.map(show_paced, ids))


def purge_fast(ids):
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(delete_fast, ids))  # expect: MST102 ~80/s @14


def show_plain(asset_id):
    return client.show_asset(ShowAssetRequest(asset_id=asset_id))


def audit_plain(ids):
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(show_plain, ids))  # expect: MST102 ~80/s @14
