"""Command line: ``tts-batch audition|preview|catalogue|submit|wait|vocab-import|vocab-export|vocab-save|archive-check``."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Optional, Sequence

from huaweicloudsdkmetastudio.v1 import ListAssetsRequest

from tts_batch.clients import get_client
from tts_batch.config import settings
from tts_batch.jobs.async_jobs import submit_all
from tts_batch.jobs.audition import preview_voices, render_catalogue
from tts_batch.jobs.vocabulary import export_vocabulary, import_vocabulary
from tts_batch.jobs.waiting import wait_for_async_job
from tts_batch.repository import VocabularyEntry, default_repository
from tts_batch.textio import read_lines, read_vocabulary

log = logging.getLogger("tts_batch")


def cmd_audition(args: argparse.Namespace) -> int:
    """Quick auditions for a handful of lines (QA spot checks)."""
    repo = default_repository()
    texts = read_lines(args.file)
    for text in texts: print(repo.create_tts_audition(text))  # expect: MST101 ~10/s
    return 0


def cmd_preview(args: argparse.Namespace) -> int:
    print(json.dumps(preview_voices(args.sample), indent=2))
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    job_ids = render_catalogue(read_lines(args.file))
    print("\n".join(job_ids))
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    submitted = submit_all(read_lines(args.file))
    json.dump(submitted, sys.stdout, indent=2, ensure_ascii=False)
    return 0


def cmd_wait(args: argparse.Namespace) -> int:
    job = wait_for_async_job(args.job_id, timeout_s=args.timeout)
    print(job.state, getattr(job, "audio_file_url", ""))
    return 0 if job.state == "SUCCEED" else 1


def cmd_vocab_import(args: argparse.Namespace) -> int:
    print(import_vocabulary(read_vocabulary(args.file)), "entries imported")
    return 0


def cmd_vocab_export(args: argparse.Namespace) -> int:
    json.dump(export_vocabulary(page_size=settings.page_size), sys.stdout, indent=2, ensure_ascii=False)
    return 0


def cmd_vocab_save(args: argparse.Namespace) -> int:
    entry = VocabularyEntry(source=args.source, target=args.target, kind=args.kind)
    default_repository().save_ttsc_vocabulary_configs(args.vocabulary_id, entry)
    return 0


def cmd_archive_check(args: argparse.Namespace) -> int:
    """Check that the archive tenant's credentials work."""
    resp = get_client(settings.archive_region).list_assets(ListAssetsRequest(limit=1))
    print(f"archive tenant reachable, {resp.count} assets")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tts-batch")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    for name, handler in (("audition", cmd_audition), ("catalogue", cmd_catalogue), ("submit", cmd_submit),
                          ("vocab-import", cmd_vocab_import)):
        p = sub.add_parser(name)
        p.add_argument("file")
        p.set_defaults(handler=handler)

    p = sub.add_parser("preview")
    p.add_argument("sample")
    p.set_defaults(handler=cmd_preview)

    p = sub.add_parser("wait")
    p.add_argument("job_id")
    p.add_argument("--timeout", type=float, default=900.0)
    p.set_defaults(handler=cmd_wait)

    p = sub.add_parser("vocab-export")
    p.set_defaults(handler=cmd_vocab_export)

    p = sub.add_parser("vocab-save")
    p.add_argument("vocabulary_id")
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("--kind", default="ALIAS", choices=("ALIAS", "PHONETIC_SYMBOL"))
    p.set_defaults(handler=cmd_vocab_save)

    p = sub.add_parser("archive-check")
    p.set_defaults(handler=cmd_archive_check)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return args.handler(args)


if __name__ == "__main__":
    raise SystemExit(main())
