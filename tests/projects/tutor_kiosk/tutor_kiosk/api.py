"""Fleet dashboard API: status of the kiosk dialogs and of their applications.

    uvicorn tutor_kiosk.api:app --port 8080
"""
import asyncio
from typing import Any, Dict, List

from fastapi import Depends, FastAPI, Query

from tutor_kiosk.deps import get_dialog_gateway
from tutor_kiosk.dialog import DialogGateway

app = FastAPI(title="tutor-kiosk dashboard")

# Application lookups: two in flight at most (2 x ~10/s against 20/s in cn-north-4).
robot_lookups = asyncio.Semaphore(2)


async def _robot_detail(gateway: DialogGateway, robot_id: str) -> Dict[str, Any]:
    async with robot_lookups:
        return await gateway.robot_detail(robot_id)


@app.get("/rooms/status")
async def rooms_status(
    room_ids: List[str] = Query(...), gateway: DialogGateway = Depends(get_dialog_gateway)
) -> Dict[str, Any]:
    rooms = await asyncio.gather(*(gateway.room_detail(room_id) for room_id in room_ids))  # expect: MST102 ~320/s
    return {"rooms": rooms}


@app.get("/robots/status")
async def robots_status(
    robot_ids: List[str] = Query(...), gateway: DialogGateway = Depends(get_dialog_gateway)
) -> Dict[str, Any]:
    robots = await asyncio.gather(*[_robot_detail(gateway, robot_id) for robot_id in robot_ids])
    return {"robots": robots}


@app.on_event("shutdown")
async def close_gateway() -> None:
    await get_dialog_gateway().aclose()
