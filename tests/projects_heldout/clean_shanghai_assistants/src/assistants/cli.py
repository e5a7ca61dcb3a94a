"""Rename every assistant of the tenant for the autumn campaign."""
import argparse

from .admin import RobotAdmin
from .utils.backoff import call_with_backoff


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("suffix")
    args = parser.parse_args(argv)
    admin = RobotAdmin()
    robots = admin.robots().data or []
    for robot in robots:
        call_with_backoff(admin.rename, robot.robot_id, "%s-%s" % (robot.name, args.suffix))


if __name__ == "__main__":
    main()
