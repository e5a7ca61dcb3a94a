"""Clients for every region a script iterates over: a tuple of ids, a dict
of sites read with .items(), pairs unpacked from a list of tuples, and a
comprehension.  Each region literal reaches MetaStudioRegion.value_of through
the factory's parameter; the parameter's default never stands in for them."""
from huaweicloudsdkmetastudio.v1 import ListSmartLiveRoomsRequest, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

ROLLOUT = ("cn-north-4", "cn-north-9")  # expect: MST202 @26

SITES = {
    "beijing": "cn-north-4",
    "frankfurt": "eu-west-101",  # expect: MST202
}

PAIRS = [
    ("shanghai", "cn-east-3"),
    ("jakarta", "ap-southeast-4"),  # expect: MST202
]


def client_for(region_id="cn-north-4"):
    return (MetaStudioClient.new_builder()
            .with_region(MetaStudioRegion.value_of(region_id))
            .build())


def rollout():
    for region in ROLLOUT:
        client_for(region).list_smart_live_rooms(ListSmartLiveRoomsRequest())


SITE_CLIENTS = {site: client_for(region) for site, region in SITES.items()}
PAIR_CLIENTS = [client_for(region) for _, region in PAIRS]
