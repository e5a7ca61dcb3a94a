"""One MetaStudio client per studio site, built lazily and cached."""
import threading

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from live_studio import settings

_clients = {}
_lock = threading.Lock()


def _build(region_id):
    config = HttpConfig.get_default_config()
    config.timeout = (5, 30)
    return (
        MetaStudioClient.new_builder()
        .with_http_config(config)
        .with_credentials(BasicCredentials(settings.ACCESS_KEY, settings.SECRET_KEY))
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )


def client_for(site):
    with _lock:
        if site not in _clients:
            _clients[site] = _build(settings.SITES[site])
        return _clients[site]
