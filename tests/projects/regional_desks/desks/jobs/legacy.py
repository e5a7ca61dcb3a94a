"""The old Guangzhou desk, still built by hand in one place."""
from desks.factory import build

GUANGZHOU = build("cn-south-1")  # expect: MST202


def guangzhou_client():
    return GUANGZHOU
