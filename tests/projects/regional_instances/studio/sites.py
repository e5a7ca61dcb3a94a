"""One service per studio site."""
from studio.assets import AssetService

HOME = AssetService("cn-north-4")
OVERSEAS = AssetService(region_id="ap-southeast-3")


def standby():
    return AssetService("cn-east-3")
