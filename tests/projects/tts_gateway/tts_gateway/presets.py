"""Voices and pronunciations the gateway offers by name."""

# Timbre ids (voice_asset_id) as listed in the MetaStudio console.
NARRATOR_VOICE_ID = "6a1f0c3e9b2d4e7f8a5c1b0d3e2f4a67"
PROMO_VOICE_ID = "c07e2b4d91a3458f8e6d2c1b0a9f7e35"  # expect: MST401
DEFAULT_TTS_VOICE_ID = "2d8b5e1c7f0a4936b1e3d5c7a9f0e2b4"

# Brand names the default G2P gets wrong.
BRAND_PRONUNCIATIONS = (
    ("MetaStudio", "mei4 ta1 si1 tu2 di4 ou1"),
    ("Lumora", "lu4 mo2 la1"),
    ("Qivana", "qi2 wa1 na4"),
)
