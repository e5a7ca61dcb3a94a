"""Push the spring catalogue to the livestream studio (Beijing tenant) with a requests.Session.

The URLs grew organically over three authors, hence the mix of f-strings, "+", str.format and
implicit concatenation.
"""
import csv
import os
import sys
import time

import requests

METASTUDIO_ENDPOINT = "https://metastudio.cn-north-4.myhuaweicloud.com"
PROJECT_ID = os.environ["MS_PROJECT_ID"]
PRODUCTS_URL = METASTUDIO_ENDPOINT + "/v1/" + PROJECT_ID + "/products"
PORTFOLIO_TEMPLATE = "{host}/v1/{project}/products/{product_id}/assets"

session = requests.Session()
session.headers.update({"X-Auth-Token": os.environ["MS_TOKEN"], "Content-Type": "application/json"})


def body(row):
    return {"name": row["name"], "description": row.get("description", ""), "auto_active": True}


def create_products(rows):
    ids = {}
    for row in rows:
        # f-string URL, one POST per row, no delay: 10/s > 4/s (POST .../products, create_product, cn-north-4)
        resp = session.post(f"{METASTUDIO_ENDPOINT}/v1/{PROJECT_ID}/products", json=body(row))  # expect: MST101 ~10/s
        resp.raise_for_status()
        ids[row["sku"]] = resp.json()["product_id"]
    return ids


def attach_assets(ids, assets_by_sku):
    for sku, product_id in ids.items():
        url = PORTFOLIO_TEMPLATE.format(host=METASTUDIO_ENDPOINT, project=PROJECT_ID, product_id=product_id)
        # 0.1 s + 0.15 s = 0.25 s: 4/s, not above 4/s (POST .../products/{id}/assets, set_product_asset): no finding
        session.post(url, json={"assets": assets_by_sku.get(sku, [])}).raise_for_status()
        time.sleep(0.15)


def update_price(product_id, price):
    url = "{}/v1/{}/products/{}".format(METASTUDIO_ENDPOINT, PROJECT_ID, product_id)
    session.put(url, json={"price": price}).raise_for_status()


def reprice(ids, prices):
    for sku, product_id in ids.items():
        # helper issues PUT .../products/{product_id}: 10/s > 4/s (update_product, cn-north-4)
        update_price(product_id, prices[sku])  # expect: MST101 ~10/s @9


def show(product_id):
    return session.get(PRODUCTS_URL + "/" + product_id).json()


def verify(ids):
    # "+"-built URL through a helper, GET .../products/{product_id}: 10/s <= 20/s (show_product): no finding
    return [show(pid) for pid in ids.values()]


def delete_discontinued(product_ids):
    for product_id in product_ids:
        # implicit concatenation, DELETE .../products/{product_id}: 10/s > 4/s (delete_product, cn-north-4)
        session.delete(  # expect: MST101 ~10/s @9
            "https://metastudio.cn-north-4.myhuaweicloud.com"
            f"/v1/{PROJECT_ID}/products/{product_id}"
        ).raise_for_status()


def delete_by_constant(product_ids):
    for product_id in product_ids:
        # module constant + "/" + id: DELETE .../products/{product_id}, 0.1 s + 0.1 s: 5/s > 4/s
        requests.delete(PRODUCTS_URL + "/" + product_id, headers=session.headers, timeout=10)  # expect: MST101 ~5/s @9
        time.sleep(0.1)


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    ids = create_products(rows)
    attach_assets(ids, {r["sku"]: r["asset_ids"].split("|") for r in rows})
    reprice(ids, {r["sku"]: r["price"] for r in rows})
    verify(ids)
    delete_discontinued([line.strip() for line in open(sys.argv[2], encoding="utf-8") if line.strip()])
