"""Console / webhook event handlers, registered by event type with ``@on(...)``."""
import logging
from dataclasses import dataclass, field
from typing import Callable, Dict

from ratelimit import limits, sleep_and_retry

from . import settings
from .service import AvatarService

log = logging.getLogger(__name__)


@dataclass
class Event:
    type: str
    room_id: str
    payload: dict = field(default_factory=dict)


Handler = Callable[[AvatarService, Event], None]
HANDLERS: Dict[str, Handler] = {}


def on(event_type: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        if event_type in HANDLERS:
            raise ValueError(f"duplicate handler for {event_type!r}")
        HANDLERS[event_type] = fn
        return fn

    return register


def dispatch(svc: AvatarService, event: Event) -> None:
    handler = HANDLERS.get(event.type)
    if handler is None:
        log.debug("no handler for %s", event.type)
        return
    handler(svc, event)


@on("room.created")
@sleep_and_retry
@limits(calls=settings.STARTS_PER_SECOND, period=1)
def on_room_created(svc: AvatarService, event: Event) -> None:
    job_id = svc.start_live(event.room_id, settings.STREAM_URL.format(room_id=event.room_id))
    log.info("room %s is live as job %s", event.room_id, job_id)


@on("room.closed")
def on_room_closed(svc: AvatarService, event: Event) -> None:
    """The room was closed in the console: stop every job still streaming in it."""
    job_ids = event.payload.get("job_ids", [])
    for job_id in job_ids:
        svc.stop_live(event.room_id, job_id)  # expect: MST101 ~10.0/s
    log.info("stopped %d job(s) in room %s", len(job_ids), event.room_id)


@on("chat.session_requested")
def on_chat_session(svc: AvatarService, event: Event) -> None:
    url = svc.open_dialog(event.payload["chat_room_id"], settings.ROBOT_ID)
    log.info("chat for viewer %s: %s", event.payload.get("viewer_id"), url)
