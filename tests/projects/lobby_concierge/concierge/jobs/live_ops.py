"""Operate the lobby livestreams: start them, broadcast commands, stop them."""
import logging
import threading
import time
from typing import Any, Dict, Iterable, List, Tuple

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import (
    ControlSmartLiveReq,
    ExecuteSmartLiveCommandRequest,
    ShowSmartLiveRequest,
    StartSmartLiveReq,
    StartSmartLiveRequest,
    StopSmartLiveRequest,
)
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from .. import get_client, get_settings
from ..core.limits import LIVE_COMMAND_PAUSE_S, live_command_limiter

log = logging.getLogger(__name__)

MAX_START_ATTEMPTS = 4
LIVE_FINAL_STATES = ("SUCCEED", "FAILED", "BLOCKED")


def start_room(room_id: str, output_urls: List[str], stream_keys: List[str]) -> str:
    client = get_client()
    request = StartSmartLiveRequest(
        room_id=room_id,
        x_app_user_id=get_settings().app_user_id,
        body=StartSmartLiveReq(output_urls=output_urls, stream_keys=stream_keys),
    )
    for attempt in range(MAX_START_ATTEMPTS):
        try:
            return client.start_smart_live(request).job_id  # expect: MST104
        except ClientRequestException as exc:
            if exc.status_code != 429 or attempt == MAX_START_ATTEMPTS - 1:
                raise
            log.warning("start of room %s throttled (attempt %d), retrying", room_id, attempt + 1)
    raise RuntimeError(f"room {room_id} did not start")


def wait_until_live(room_id: str, job_id: str, timeout_s: float = 600) -> bool:
    client = get_client()
    interval = get_settings().poll_interval_s
    request = ShowSmartLiveRequest(room_id=room_id, job_id=job_id)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = client.show_smart_live(request).state
        if state == "PROCESSING":
            return True
        if state in LIVE_FINAL_STATES:
            return False
        time.sleep(interval)
    return False


def _send_command(room_id: str, job_id: str, command: str, params: Dict[str, Any]) -> None:
    body = ControlSmartLiveReq(command=command, params=params)
    get_client().execute_smart_live_command(
        ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=body)
    )


def broadcast(running: Iterable[Tuple[str, str]], command: str, params: Dict[str, Any]) -> None:
    """Send the same command (e.g. INSERT_PLAY_SCRIPT for a fire drill) to every running room."""
    threads = []
    for room_id, job_id in running:
        thread = threading.Thread(target=_send_command, args=(room_id, job_id, command, params), daemon=True)  # expect: MST102 ~320/s
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join(timeout=30)


@retry(
    wait=wait_exponential(multiplier=1, max=30),
    stop=stop_after_attempt(4),
    retry=retry_if_exception_type(ClientRequestException),
    reraise=True,
)
def _stop_once(room_id: str, job_id: str) -> None:
    get_client().stop_smart_live(StopSmartLiveRequest(room_id=room_id, job_id=job_id))


def _stop(room_id: str, job_id: str) -> None:
    with live_command_limiter:
        _stop_once(room_id, job_id)
        time.sleep(LIVE_COMMAND_PAUSE_S)


def stop_all(running: Iterable[Tuple[str, str]]) -> None:
    threads = [threading.Thread(target=_stop, args=(room_id, job_id)) for room_id, job_id in running]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
