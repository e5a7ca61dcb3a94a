"""Robot (dialogue application) operations, mixed into a client-holding service."""
from huaweicloudsdkmetastudio.v1 import DeleteRobotRequest, ListRobotRequest


class RobotMixin:
    def remove_robot(self, robot_id):
        return self.client.delete_robot(DeleteRobotRequest(robot_id=robot_id))  # expect: MST201

    def robots(self):
        return self.client.list_robot(ListRobotRequest(limit=100))
