"""Bridge: forward Douyin danmaku (bullet comments) from our websocket relay to the live room."""
import asyncio
import json
import logging
import os
import time

import websockets
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    LiveEvent,
    LiveEventReportRequest,
    MetaStudioClient,
    ReportLiveEventReq,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("danmaku_bridge")

BATCH_PAUSE_S = 0.5

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def to_event(raw: str) -> LiveEvent:
    msg = json.loads(raw)
    content = json.dumps({"user": msg["user"], "content": msg["text"]}, ensure_ascii=False)
    return LiveEvent(timestamp=int(time.time() * 1000), type=1, content=content)


async def forward_each(relay_url: str, room_id: str, job_id: str) -> None:
    async with websockets.connect(relay_url) as ws:
        async for raw in ws:
            body = ReportLiveEventReq(total=1, events=[to_event(raw)])
            req = LiveEventReportRequest(room_id=room_id, job_id=job_id, body=body)
            # async for is sequential; one report per comment: 10/s > 4/s (live_event_report)
            await asyncio.to_thread(client.live_event_report, req)  # expect: MST101 ~10/s


async def forward_batched(relay_url: str, room_id: str, job_id: str) -> None:
    queue: asyncio.Queue = asyncio.Queue()

    async def reader():
        async with websockets.connect(relay_url) as ws:
            async for raw in ws:
                queue.put_nowait(to_event(raw))

    task = asyncio.create_task(reader())
    try:
        while True:
            events = [await queue.get()]
            while not queue.empty() and len(events) < 50:
                events.append(queue.get_nowait())
            body = ReportLiveEventReq(total=len(events), events=events)
            # one report per batch, then 0.5 s: 1 / 0.6 = 1.67/s <= 4/s
            await asyncio.to_thread(client.live_event_report, LiveEventReportRequest(room_id=room_id, job_id=job_id, body=body))
            await asyncio.sleep(BATCH_PAUSE_S)
    finally:
        task.cancel()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(forward_batched(os.environ["RELAY_URL"], os.environ["ROOM_ID"], os.environ["JOB_ID"]))
