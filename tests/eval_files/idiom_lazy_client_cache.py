"""A client per site, built on first use and kept in a module dict; the region comes from a table
of sites the code states, read with a key it does not: every entry is a region the code may use."""
import threading

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, StartSmartLiveRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

SITES = {
    "beijing": "cn-north-4",
    "shanghai": "cn-east-3",
    "shenzhen": "cn-south-7",  # expect: MST202 @17
}
STANDBY = {"beijing": "cn-north-4", "guiyang": "cn-southwest-9"}  # expect: MST202 @48

_clients = {}
_standby = {}
_lock = threading.Lock()


def _build(region_id):
    config = HttpConfig.get_default_config()
    config.timeout = (5, 30)
    return (
        MetaStudioClient.new_builder()
        .with_http_config(config)
        .with_credentials(BasicCredentials("ak", "sk"))
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )


def client_for(site):
    with _lock:
        if site not in _clients:
            _clients[site] = _build(SITES[site])
        return _clients[site]


def standby_for(site):
    if site not in _standby:
        _standby[site] = _build(region_id=STANDBY.get(site, "cn-north-4"))
    return _standby[site]


def start_rooms(site, room_ids):
    client = client_for(site)
    for room_id in room_ids:
        client.start_smart_live(StartSmartLiveRequest(room_id=room_id))  # expect: MST101 ~10/s @9
