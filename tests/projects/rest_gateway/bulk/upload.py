"""Register a folder of images as assets, 4 at a time."""
import os
from concurrent.futures import ThreadPoolExecutor

from gateway.http import Gateway


def upload_folder(token, folder):
    gw = Gateway(token)
    names = os.listdir(folder)
    with ThreadPoolExecutor(4) as pool:
        for name in names:
            pool.submit(gw.create_asset, {"asset_name": name})  # expect: MST102 ~40/s
