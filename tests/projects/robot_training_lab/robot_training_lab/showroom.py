"""The Singapore showroom guide: the lobby robot's Spark setup, for the AP-Singapore tenant."""
import logging

from .apps import RobotApp
from .clients import client_for
from .provision import spark_body
from .services import RobotAdmin
from .settings import SHOWROOM_REGION

log = logging.getLogger(__name__)

SHOWROOM_APP = RobotApp("sg-showroom-guide", "spark", language="en_US")


def ensure_showroom_app() -> str:
    admin = RobotAdmin(client_for(SHOWROOM_REGION))
    existing = {robot.name: robot.robot_id for robot in admin.list_apps()}
    if SHOWROOM_APP.name in existing:
        log.info("showroom app already exists")
        return existing[SHOWROOM_APP.name]
    return admin.create_app(spark_body(SHOWROOM_APP))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(ensure_showroom_app())
