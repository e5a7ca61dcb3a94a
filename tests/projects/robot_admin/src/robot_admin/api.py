"""Read-only admin API (FastAPI) and the nightly activation-code rotation (APScheduler).

Run with ``uvicorn robot_admin.api:app``.
"""
import asyncio
import logging
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from functools import lru_cache
from typing import Dict, List

from aiolimiter import AsyncLimiter
from apscheduler.schedulers.background import BackgroundScheduler
from fastapi import FastAPI, Query

from .clients import client_for
from .robots import RobotAdmin
from .settings import AdminSettings

logger = logging.getLogger(__name__)

SETTINGS = AdminSettings.from_env()
scheduler = BackgroundScheduler(timezone="Asia/Shanghai")
_code_limiter = AsyncLimiter(5, 1)  # list_active_code, shared by all requests of this process


@lru_cache(maxsize=1)
def _admin() -> RobotAdmin:
    return RobotAdmin(client_for(SETTINGS.site), SETTINGS)


@asynccontextmanager
async def lifespan(_app: FastAPI):
    scheduler.start()
    yield
    scheduler.shutdown(wait=False)


app = FastAPI(title="robot-admin", lifespan=lifespan)


@app.get("/robots")
async def robots(ids: List[str] = Query(...)) -> List[Dict[str, str]]:
    admin = _admin()
    found = await asyncio.gather(*(asyncio.to_thread(admin.show_robot, robot_id) for robot_id in ids))  # expect: MST102 ~320/s
    return [{"robot_id": r.robot_id, "name": r.name, "room_id": r.room_id or ""} for r in found]


async def _codes(admin: RobotAdmin, robot_id: str):
    async with _code_limiter:
        return robot_id, await asyncio.to_thread(admin.list_active_codes, robot_id)


@app.get("/robots/codes")
async def robot_codes(ids: List[str] = Query(...)) -> Dict[str, List[str]]:
    admin = _admin()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(_codes(admin, robot_id)) for robot_id in ids]
    return {robot_id: [c.active_code_id for c in codes] for robot_id, codes in (t.result() for t in tasks)}


def _expired(expire_time: str, now: datetime) -> bool:
    return bool(expire_time) and datetime.fromisoformat(expire_time.replace("Z", "+00:00")) < now


@scheduler.scheduled_job("cron", hour=3, minute=30)
def rotate_expired_codes() -> None:
    admin = _admin()
    now = datetime.now(timezone.utc)
    for robot in admin.iter_robots():
        for code in admin.list_active_codes(robot.robot_id):
            if _expired(code.expire_time, now):
                admin.reset_active_code(code.active_code_id)
                logger.info("rotated code %s of robot %s", code.active_code_id, robot.robot_id)
