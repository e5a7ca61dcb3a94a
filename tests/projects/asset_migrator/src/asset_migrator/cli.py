"""migrate-assets: copy MetaStudio assets from the source region to the target region."""
import argparse
import logging
import sys

from asset_migrator import commands
from asset_migrator.migrator import AssetMigrator
from asset_migrator.settings import MigrationConfig


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="migrate-assets")
    parser.add_argument("--page-size", type=int, default=50)
    parser.add_argument("--asset-type", default=None)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("copy")
    for name in ("mark-migrated", "prune", "status"):
        sub.add_parser(name).add_argument("asset_ids", nargs="+")
    wait = sub.add_parser("wait")
    wait.add_argument("asset_id")
    wait.add_argument("--timeout", type=int, default=900)
    sub.add_parser("dr-check")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    if args.command == "dr-check":
        commands.dr_check()
        return 0

    migrator = AssetMigrator(MigrationConfig(page_size=args.page_size, asset_type=args.asset_type))
    if args.command == "copy":
        print(f"copied {commands.copy_all(migrator)} assets")
    elif args.command == "mark-migrated":
        commands.mark_migrated(migrator, args.asset_ids)
    elif args.command == "prune":
        commands.prune_source(migrator, args.asset_ids)
    elif args.command == "status":
        commands.status(migrator, args.asset_ids)
    elif args.command == "wait":
        print(commands.wait_for(migrator, args.asset_id, args.timeout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
