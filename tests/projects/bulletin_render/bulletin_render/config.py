"""bulletin.ini read with configparser, over the defaults written here."""
import configparser
import os

DEFAULTS = {
    "studio": {"region": "cn-north-4", "workers": "4"},
    "render": {"poll_interval_s": "5", "model_asset_id": "", "voice_asset_id": ""},
}

parser = configparser.ConfigParser()
parser.read_dict(DEFAULTS)
parser.read(os.getenv("BULLETIN_INI", "bulletin.ini"), encoding="utf-8")

REGION = parser.get("studio", "region")
FAILOVER_REGION = os.getenv("MS_FAILOVER_REGION", "cn-esat-3")  # expect: MST202
WORKERS = parser.getint("studio", "workers")
POLL_INTERVAL_S = parser.getfloat("render", "poll_interval_s")
MODEL_ASSET_ID = parser.get("render", "model_asset_id")
VOICE_ASSET_ID = parser.get("render", "voice_asset_id")
