"""Agency-wide constants."""
MAIN_REGION = "cn-north-4"

# one MetaStudio client per studio site
SITES = {
    "beijing": "cn-north-4",
    "shanghai": "cn-east-3",
    "hongkong": "ap-southeast-1",  # expect: MST202
}

HOST_VOICE = "7f3c2a19b8e64d05a1c9e2f4b6d8a0c1"
GUEST_VOICE = "9e8d7c6b5a4f30211f2e3d4c5b6a7980"  # expect: MST401

BROKER_URL = "redis://localhost:6379/0"
