"""ASGI entry point: ``uvicorn app.main:app``."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.config import settings
from app.deps import get_assets_api
from app.routers import assets, live, videos


@asynccontextmanager
async def lifespan(_: FastAPI):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    yield
    await get_assets_api().aclose()


app = FastAPI(title=settings.APP_NAME, lifespan=lifespan)
app.include_router(videos.router)
app.include_router(live.router)
app.include_router(assets.router)


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok", "region": settings.REGION}
