"""Register every image of a folder as a MetaStudio asset."""
import pathlib
import sys

import assetgw.gateway as gw


def register_folder(folder):
    gateway = gw.AssetGateway()
    ids = []
    for path in sorted(pathlib.Path(folder).glob("*.png")):
        ids.append(gateway.create(path.stem, "IMAGE", ["upload", path.parent.name]))  # expect: MST101 ~10/s
    return ids


if __name__ == "__main__":
    print(register_folder(sys.argv[1]))
