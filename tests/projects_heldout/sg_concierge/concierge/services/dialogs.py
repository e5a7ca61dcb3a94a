"""Interactive dialogs (smart chat rooms), applications and activation codes."""
from huaweicloudsdkmetastudio.v1 import (
    CreateActiveCodeReq,
    CreateActiveCodeRequest,
    CreateRobotReq,
    CreateRobotRequest,
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    IflytekSpark,
    ListSmartChatRoomsRequest,
    ShowSmartChatRoomRequest,
)

from concierge.services.base import MetaStudioService


class DialogService(MetaStudioService):
    def create_app(self, name, spark: IflytekSpark):
        body = CreateRobotReq(name=name, app_type=2, iflytek_spark=spark)
        return self.client.create_robot(CreateRobotRequest(body=body)).robot_id  # expect: MST201

    def create_room(self, name, robot_id, model_asset_id):
        body = CreateSmartChatRoomReq(room_name=name, robot_id=robot_id, model_asset_id=model_asset_id)
        return self.client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body)).room_id  # expect: MST201

    def issue_code(self, robot_id, room_id):
        body = CreateActiveCodeReq(robot_id=robot_id, room_id=room_id, valid_period=30)
        return self.client.create_active_code(CreateActiveCodeRequest(body=body))  # expect: MST201

    def rooms(self, offset):
        return self.client.list_smart_chat_rooms(ListSmartChatRoomsRequest(offset=offset, limit=20))

    def room(self, room_id):
        return self.client.show_smart_chat_room(ShowSmartChatRoomRequest(room_id=room_id))
