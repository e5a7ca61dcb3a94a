from asset_sync.utils.pacing import pause, sdk_retry, throttled

__all__ = ["pause", "sdk_retry", "throttled"]
