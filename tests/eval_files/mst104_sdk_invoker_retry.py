"""The SDK's own retry (invoker.with_retry) with and without backoff."""
from huaweicloudsdkcore.retry.backoff_strategy import BackoffStrategies
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, ShowAssetRequest

client = MetaStudioClient.new_builder().build()


def show(asset_id):
    return client.show_asset_invoker(ShowAssetRequest(asset_id=asset_id)).with_retry(  # expect: MST104
        retry_condition=lambda r, e: e is not None and e.status_code == 429,
        max_retries=3, backoff_strategy=BackoffStrategies.NONE).invoke()


def show_ok(asset_id):
    return client.show_asset_invoker(ShowAssetRequest(asset_id=asset_id)).with_retry(
        lambda r, e: e is not None, 3, BackoffStrategies.EQUAL_JITTER).invoke()
