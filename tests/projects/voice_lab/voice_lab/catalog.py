"""Timbres the lab synthesises with, keyed by the short name the scripts use."""
from __future__ import annotations

VOICES: dict[str, dict[str, str]] = {
    "news-anchor-f": {
        "voice_asset_id": "5c3b7e2a91d04f6c8e1a2b3c4d5e6f70",
        "model_provider": "HUAWEI_METASTUDIO",
        "language": "zh-CN",
    },
    "narrator-m": {
        "voice_asset_id": "a0e4c6d8b2f14a3c9e7d5b1f3a2c4e68",
        "model_provider": "HUAWEI_METASTUDIO",
        "language": "zh-CN",
    },
    "support-en-f": {
        "voice_asset_id": "7f1d3b5a9c2e4d6f8a0b1c2d3e4f5a6b",
        "model_provider": "MOBVOI",
        "language": "en-US",
    },
}


def voice_asset_id(name: str) -> str:
    try:
        return VOICES[name]["voice_asset_id"]
    except KeyError:
        known = ", ".join(sorted(VOICES))
        raise KeyError(f"unknown voice {name!r}; known voices: {known}") from None
