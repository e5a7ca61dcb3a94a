"""Nightly entry point (mentions no SDK: everything comes from the package)."""
import json
import sys

from farm.batch import resubmit
from farm.wiring import VIDEO


def main():
    with open(sys.argv[1], encoding="utf-8") as fh:
        resubmit(VIDEO, json.load(fh))
