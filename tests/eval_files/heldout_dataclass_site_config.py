"""Keep the third-party live platforms (Douyin/Taobao relays) registered in MetaStudio in sync
with platforms.yaml, for whichever site the operator picks. Site settings live in a frozen
dataclass so they can be printed and diffed."""
import argparse
import os
import time
from dataclasses import dataclass, field

import yaml
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateLivePlatformReq,
    CreateLivePlatformRequest,
    ListLivePlatformsRequest,
    MetaStudioClient,
    UpdateLivePlatformReq,
    UpdateLivePlatformRequest,
)

CREATE_PAUSE = 1.0


@dataclass(frozen=True)
class SiteConfig:
    name: str
    endpoint: str
    project_env: str = "HW_PROJECT_ID"
    tags: list = field(default_factory=list)


SITES = {
    "beijing": SiteConfig("beijing", "https://metastudio.cn-north-4.myhuaweicloud.com"),
    "shanghai": SiteConfig("shanghai", "https://metastudio.cn-east-3.myhuaweicloud.com"),
    # Hong Kong is not a MetaStudio region in the vendor table
    "hongkong": SiteConfig("hongkong", "https://metastudio.ap-southeast-1.myhuaweicloud.com"),  # expect: MST202
}


def client_for(site: SiteConfig):
    creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ[site.project_env])
    return MetaStudioClient.new_builder().with_credentials(creds).with_endpoints([site.endpoint]).build()


def registered(client):
    # pagination: 10/s <= 10/s even in the slowest region (list_live_platforms)
    out, offset = {}, 0
    while True:
        page = client.list_live_platforms(ListLivePlatformsRequest(offset=offset, limit=20))
        items = page.live_platforms or []
        out.update({p.name: p for p in items})
        if len(items) < 20:
            return out
        offset += 20


def sync(site: SiteConfig, wanted):
    client = client_for(site)
    current = registered(client)
    for name, spec in wanted.items():
        if name in current:
            continue
        client.create_live_platform(
            CreateLivePlatformRequest(body=CreateLivePlatformReq(name=name, callback_config=spec.get("callback")))
        )
        time.sleep(CREATE_PAUSE)  # 1 / 1.1 s = 0.9/s <= 1/s
    for name, platform in current.items():
        if name not in wanted:
            continue
        body = UpdateLivePlatformReq(name=name, callback_config=wanted[name].get("callback"))
        # update every existing platform back to back: 10/s > 1/s (update_live_platform, every region)
        client.update_live_platform(  # expect: MST101 ~10/s @9
            UpdateLivePlatformRequest(platform_id=platform.platform_id, body=body)
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site", choices=sorted(SITES))
    parser.add_argument("--file", default="platforms.yaml")
    args = parser.parse_args()
    with open(args.file) as fh:
        wanted = yaml.safe_load(fh)["platforms"]
    site = SITES[args.site]
    print("syncing", site)
    sync(site, wanted)


if __name__ == "__main__":
    main()
