"""Video script and chat application housekeeping."""
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import ListRobotRequest, ListVideoScriptsRequest

from janitor import ops
from janitor.infra import client, throttle
from janitor.registry import register

TEMPLATE_ID = "tpl-nightly-greeting"


@register("drop_stale_scripts")
def drop_stale_scripts(cutoff="2024-01-01T00:00:00Z"):
    offset = 0
    while True:
        page = client.list_video_scripts(ListVideoScriptsRequest(offset=offset, limit=100))
        for script in page.video_scripts or []:
            if script.update_time < cutoff and script.script_id != TEMPLATE_ID:
                ops.remove_script(script.script_id)  # expect: MST101 ~10/s
        if not page.video_scripts:
            return
        offset += 100


@register("refresh_template_copy")
def refresh_template_copy():
    while True:
        try:
            return ops.copy_template(TEMPLATE_ID)  # expect: MST104
        except exceptions.ClientRequestException as e:
            if e.error_code == "APIGW.0308":
                continue
            raise


@register("prune_robots")
def prune_robots():
    page = client.list_robot(ListRobotRequest(offset=0, limit=50))
    for robot in page.data or []:
        if not robot.room_id:
            with throttle:
                ops.delete_robot(robot.robot_id)
