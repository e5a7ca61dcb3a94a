# %% [markdown]
# # Asset audit scratchpad (exported from Jupyter with jupytext)
# Everything runs at top level, cell by cell, against the production tenant.

# %%
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import *  # noqa: F401,F403
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)

# %%
asset_ids = [line.strip() for line in open("asset_ids.txt") if line.strip()]
# one show_asset per id, 10/s <= 20/s
details = [client.show_asset(ShowAssetRequest(asset_id=a)) for a in asset_ids]
len(details)

# %%
stale = [d for d in details if d.asset_state == "UNACTIVE" and "keep" not in (d.tags or [])]
for d in stale:
    # 10/s, exactly the 10/s limit of update_digital_asset: fine
    client.update_digital_asset(
        UpdateDigitalAssetRequest(asset_id=d.asset_id, body=UpdateDigitalAssetRequestBody(tags=(d.tags or []) + ["stale"]))
    )

# %%
ids = [d.asset_id for d in stale]
for start in range(0, len(ids), 20):
    action = BatchAssetActionReq(action="DELETE", asset_ids=ids[start:start + 20])
    # batch per 20 ids, back to back: 10/s > 1/s (batch_execute_asset_action)
    client.batch_execute_asset_action(BatchExecuteAssetActionRequest(body=action))  # expect: MST101 ~10/s @5

# %%
# try three layouts: a bounded burst of 3 calls, within 5/s
for layout in ("portrait", "landscape", "square"):
    client.create_smart_live_room(
        CreateSmartLiveRoomRequest(body=CreateSmartLiveRoomReq(room_name="layout-test-" + layout, view_mode=layout.upper()))
    )

# %%
# listen to eight emotions: 8 calls is more than the 5/s allowance, and 10/s > 5/s
for i in range(8):
    body = CreateTtsAuditionRequestBody(text="欢迎来到直播间", emotion=["HAPPY", "SAD", "ANGRY", "CALM"][i % 4])
    client.create_tts_audition(CreateTtsAuditionRequest(body=body))  # expect: MST101 @5

# %%
job_id = os.environ["RENDER_JOB"]
while True:
    # the sleep only happens while WAITING; PROCESSING re-polls immediately
    job = client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))  # expect: MST103
    if job.state in ("SUCCEED", "FAILED", "CANCELED"):
        break
    if job.state == "WAITING":
        time.sleep(10)
print(job.state)
