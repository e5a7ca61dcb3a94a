"""Administration of the intelligent-interaction applications."""
from huaweicloudsdkmetastudio.v1 import ListRobotRequest, UpdateRobotReq, UpdateRobotRequest

from .mixins import MetaStudioClientMixin


class RobotAdmin(MetaStudioClientMixin):
    def rename(self, robot_id, name):
        body = UpdateRobotReq(name=name)
        return self.client.update_robot(UpdateRobotRequest(robot_id=robot_id, body=body))

    def robots(self, offset=0):
        return self.client.list_robot(ListRobotRequest(offset=offset, limit=50))
