"""Thin service layer over the MetaStudio smart-live APIs."""
import logging

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    ControlSmartLiveReq,
    CreateInteractionRuleGroupRequest,
    CreateSmartLiveRoomReq,
    DeleteSmartLiveRoomRequest,
    ExecuteSmartLiveCommandRequest,
    InteractionRuleGroup,
    ListSmartLiveJobsRequest,
    ListSmartLiveRoomsRequest,
    ShowSmartLiveRequest,
    StartSmartLiveReq,
    StartSmartLiveRequest,
    StopSmartLiveRequest,
    UpdateSmartLiveRoomRequest,
)

from . import settings
from .clients import get_client
from .utils import throttle

log = logging.getLogger(__name__)

PAGE_SIZE = 100


class LiveRoomService:
    def __init__(self):
        self.client = get_client()

    def all_rooms(self):
        rooms, offset = [], 0
        while True:
            resp = self.client.list_smart_live_rooms(ListSmartLiveRoomsRequest(offset=offset, limit=PAGE_SIZE))
            rooms.extend(resp.smart_live_rooms or [])
            if len(resp.smart_live_rooms or []) < PAGE_SIZE:
                return rooms
            offset += PAGE_SIZE

    def live_jobs(self):
        resp = self.client.list_smart_live_jobs(ListSmartLiveJobsRequest(state="PROCESSING", limit=PAGE_SIZE))
        return [(job.room_id, job.job_id) for job in resp.smart_live_jobs or []]

    def start_live(self, room_id, output_urls):
        body = StartSmartLiveReq(output_urls=list(output_urls))
        resp = self.client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=body))
        return resp.job_id

    def live_job(self, room_id, job_id):
        return self.client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job_id))

    def stop_live(self, room_id, job_id, attempts=3):
        request = StopSmartLiveRequest(room_id=room_id, job_id=job_id)
        for attempt in range(attempts):
            try:
                return self.client.stop_smart_live(request)  # expect: MST104
            except exceptions.ClientRequestException as exc:
                if exc.error_code != "APIGW.0308" or attempt == attempts - 1:
                    raise
                log.warning("stop of %s throttled, retrying (%d/%d)", room_id, attempt + 1, attempts)

    @throttle(calls_per_second=settings.COMMAND_RATE_PER_S)
    def send_command(self, room_id, job_id, command, params=None):
        body = ControlSmartLiveReq(command=command, params=params)
        request = ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=body)
        return self.client.execute_smart_live_command(request)

    def rename(self, room_id, new_name):
        body = CreateSmartLiveRoomReq(room_name=new_name)
        return self.client.update_smart_live_room(UpdateSmartLiveRoomRequest(room_id=room_id, body=body))

    def delete_room(self, room_id):
        self.client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))
        return room_id

    def create_rule_group(self, name):
        body = InteractionRuleGroup(group_name=name, interaction_rules=[])
        return self.client.create_interaction_rule_group(CreateInteractionRuleGroupRequest(body=body))
