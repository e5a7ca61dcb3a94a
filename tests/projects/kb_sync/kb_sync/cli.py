"""Command line entry point: `python -m kb_sync.cli <command> <file.json>`."""
import argparse
import json
import logging

from kb_sync import cleanup, sync


def _load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def build_parser():
    parser = argparse.ArgumentParser(prog="kb-sync")
    parser.add_argument("command", choices=["push", "intents", "batch", "drop", "purge", "export", "audit", "seed"])
    parser.add_argument("file", nargs="?", help="JSON input for the command")
    return parser


def main(argv=None):
    logging.basicConfig(level=logging.INFO)
    args = build_parser().parse_args(argv)
    data = _load(args.file) if args.file else {}
    if args.command == "push":
        sync.push_answers(data["answers"])
    elif args.command == "intents":
        sync.import_intents(data["intents"])
    elif args.command == "batch":
        sync.publish_batch(data["batch"])
    elif args.command == "drop":
        cleanup.drop_questions(data["question_ids"])
    elif args.command == "purge":
        cleanup.purge_stale(data["question_ids"])
    elif args.command == "export":
        cleanup.export_skills(data["skill_ids"])
    elif args.command == "audit":
        for q in sync.audit(data["question_ids"]):
            print(q.question_id, q.question)
    elif args.command == "seed":
        sync.seed_defaults()


if __name__ == "__main__":
    main()
