"""Avatar dialog widget backend (Shanghai tenant): the page asks for a one-off auth code on load.

Expected: no finding. The handler makes one call per incoming HTTP request; the web server, not
this code, decides how often it runs.
"""
import asyncio
import os
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, HTTPException, Request

PROJECT_ID = os.environ["MS_PROJECT_ID"]
ROBOT_ID = os.environ["MS_ROBOT_ID"]
ONCE_CODE_PATH = f"/v1/{PROJECT_ID}/digital-human-chat/once-code"


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.metastudio = httpx.AsyncClient(
        base_url="https://metastudio.cn-east-3.myhuaweicloud.com",
        headers={"X-Auth-Token": os.environ["MS_TOKEN"]},
        timeout=5.0,
    )
    yield
    await app.state.metastudio.aclose()


app = FastAPI(title="dialog-widget", lifespan=lifespan)


async def once_code(client: httpx.AsyncClient, robot_id: str) -> str:
    resp = await client.post(ONCE_CODE_PATH, json={"robot_id": robot_id})
    if resp.status_code == 429:
        # the browser retries after a pause; we do not loop here
        raise HTTPException(status_code=503, detail="busy, retry shortly")
    resp.raise_for_status()
    return resp.json()["code"]


@app.get("/dialog/code")
async def dialog_code(request: Request):
    # one POST .../once-code per page load, no loop: no finding
    code = await once_code(request.app.state.metastudio, ROBOT_ID)
    return {"code": code, "robot_id": ROBOT_ID}


@app.get("/dialog/codes/warmup")
async def warmup(request: Request):
    client = request.app.state.metastudio
    # bounded: 3 tasks over an inline list, 3 calls <= 10/s (create_once_code, cn-east-3)
    codes = await asyncio.gather(*[once_code(client, r) for r in ["robot-lobby", "robot-floor2", "robot-cafe"]])
    return {"codes": codes}


@app.get("/dialog/codes/pool")
async def pool(request: Request, n: int = 5):
    client = request.app.state.metastudio
    codes = []
    for _ in range(min(n, 20)):
        # sequential: 10/s, not above 10/s (create_once_code, cn-east-3)
        codes.append(await once_code(client, ROBOT_ID))
    return {"codes": codes}
