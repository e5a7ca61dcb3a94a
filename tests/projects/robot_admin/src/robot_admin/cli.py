"""robot-admin command line: ``python -m robot_admin.cli --help``."""
import argparse
import json
import logging
import sys
import time

import robot_admin.knowledge as kb
from . import rollout
from .clients import client_for
from .robots import RobotAdmin
from .settings import CREATE_PAUSE_S, DEFAULT_SITE, SITES, AdminSettings


def cmd_provision(args: argparse.Namespace) -> None:
    admin = RobotAdmin(client_for(args.site), AdminSettings(site=args.site))
    for name in args.names:
        robot_id = admin.create_robot(name, room_id=args.room_id)
        print(f"{name}\t{robot_id}")
        time.sleep(CREATE_PAUSE_S)


def cmd_rename(args: argparse.Namespace) -> None:
    RobotAdmin(client_for(args.site)).update_robot(args.robot_id, args.name)


def cmd_delete(args: argparse.Namespace) -> None:
    RobotAdmin(client_for(args.site)).delete_robots(args.robot_ids)


def cmd_sync_faq(args: argparse.Namespace) -> None:
    seeder = kb.KnowledgeSeeder(client_for(args.site), skill_id=args.skill_id)
    print(f"{seeder.sync_faq(args.faq)} intents synced")


def cmd_kiosk_codes(args: argparse.Namespace) -> None:
    json.dump(rollout.issue_kiosk_codes(args.robot_name, args.kiosks), sys.stdout, indent=2)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="robot-admin")
    parser.add_argument("--site", choices=sorted(SITES), default=DEFAULT_SITE)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("provision", help="create one robot per name")
    p.add_argument("names", nargs="+")
    p.add_argument("--room-id")
    p.set_defaults(func=cmd_provision)

    p = sub.add_parser("rename")
    p.add_argument("robot_id")
    p.add_argument("name")
    p.set_defaults(func=cmd_rename)

    p = sub.add_parser("delete")
    p.add_argument("robot_ids", nargs="+")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("sync-faq", help="load a FAQ JSON file into a knowledge skill")
    p.add_argument("skill_id")
    p.add_argument("faq")
    p.set_defaults(func=cmd_sync_faq)

    p = sub.add_parser("kiosk-codes", help="activation codes for the Singapore kiosks")
    p.add_argument("robot_name")
    p.add_argument("kiosks")
    p.set_defaults(func=cmd_kiosk_codes)
    return parser


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO)
    args = build_parser().parse_args(argv)
    args.func(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
