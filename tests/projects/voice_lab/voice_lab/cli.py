"""Command line: ``voice-lab train|tts|vocab|preview|purge``."""
from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from pathlib import Path

import requests

from voice_lab.api import TrainingApi, TrainingSpec, TtsApi
from voice_lab.maintenance import purge_failed_jobs
from voice_lab.preview import audition, fetch_preview
from voice_lab.training import TrainingBatch, wait_for_training
from voice_lab.tts import TtsBatch, TtsItem, sync_vocabulary, wait_for_audio


def _read_specs(manifest: Path) -> list[TrainingSpec]:
    with manifest.open(newline="", encoding="utf-8") as fh:
        return [TrainingSpec(row["voice_name"], row["sex"], row["language"], row["corpus"])
                for row in csv.DictReader(fh)]


def cmd_train(args: argparse.Namespace) -> int:
    api = TrainingApi()
    batch = TrainingBatch(api)
    created = batch.create_jobs(_read_specs(args.manifest))
    committed = batch.upload_and_commit(created)
    if args.wait:
        for job_id in committed:
            outcome = wait_for_training(api, job_id)
            print(f"{outcome.job_id}\t{outcome.state}\t{outcome.asset_id or '-'}")
    return 1 if batch.failed else 0


def cmd_tts(args: argparse.Namespace) -> int:
    api = TtsApi()
    with args.script.open(encoding="utf-8") as fh:
        items = [TtsItem(**json.loads(line)) for line in fh if line.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    for item, job_id in TtsBatch(api).run(items):
        audio = requests.get(wait_for_audio(api, job_id), timeout=60)
        audio.raise_for_status()
        (args.out / f"{item.key}.wav").write_bytes(audio.content)
    return 0


def cmd_vocab(args: argparse.Namespace) -> int:
    with args.csv.open(newline="", encoding="utf-8") as fh:
        pairs = [(row[0], row[1]) for row in csv.reader(fh) if row]
    print(f"{sync_vocabulary(TtsApi(), pairs)} pronunciations saved")
    return 0


def cmd_preview(args: argparse.Namespace) -> int:
    lines = [line.strip() for line in args.sentences.read_text(encoding="utf-8").splitlines() if line.strip()]
    for job_id in audition(lines, args.voice):
        print(fetch_preview(job_id))
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    api = TrainingApi()
    print(f"{purge_failed_jobs(api, api.failed_jobs(), args.archive)} failed jobs purged")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="voice-lab")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="create, upload and commit voice training jobs")
    train.add_argument("manifest", type=Path)
    train.add_argument("--wait", action="store_true")
    train.set_defaults(func=cmd_train)
    tts = sub.add_parser("tts", help="synthesise a JSON-lines script")
    tts.add_argument("script", type=Path)
    tts.add_argument("--out", type=Path, default=Path("audio"))
    tts.set_defaults(func=cmd_tts)
    vocab = sub.add_parser("vocab", help="upload custom pronunciations (word,pinyin CSV)")
    vocab.add_argument("csv", type=Path)
    vocab.set_defaults(func=cmd_vocab)
    preview = sub.add_parser("preview", help="preview a catalogue voice")
    preview.add_argument("voice")
    preview.add_argument("sentences", type=Path)
    preview.set_defaults(func=cmd_preview)
    purge = sub.add_parser("purge", help="archive and delete failed training jobs")
    purge.add_argument("--archive", type=Path, default=Path("archive"))
    purge.set_defaults(func=cmd_purge)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
