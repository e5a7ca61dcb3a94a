"""Kiosk settings: the region and the pace of catalogue pushes."""
import os

REGION = os.getenv("KIOSK_REGION", "cn-east-3")
PUSH_CALLS = 2
PUSH_PERIOD = 1
CREATE_CALLS = 8
