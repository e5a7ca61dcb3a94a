"""Command line: narrate a book, a product catalogue, voice previews or the lexicon."""
import argparse
import asyncio
import csv
import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor

from ratelimit import limits, sleep_and_retry

from . import config
from .engines import AsyncTtsEngine, PreviewEngine
from .rest import RestTts, upload_lexicon

log = logging.getLogger("narration")


def split_chapters(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return [chunk.strip() for chunk in text.split("\n# ") if chunk.strip()]


def narrate_book(chapters, voice, region=config.DEFAULT_REGION):
    engine = AsyncTtsEngine(region)
    job_ids = [engine.submit(chapter, voice) for chapter in chapters]  # expect: MST101 ~10.0/s
    log.info("submitted %d chapters in %s", len(job_ids), region)
    return [engine.wait(job_id) for job_id in job_ids]


@sleep_and_retry
@limits(calls=4, period=1)
def _submit_blurb(engine, text, voice):
    return engine.submit(text, voice)


def narrate_blurbs(csv_path, voice):
    engine = AsyncTtsEngine(config.DEFAULT_REGION)
    with open(csv_path, newline="", encoding="utf-8") as fh:
        blurbs = {row["sku"]: row["blurb"] for row in csv.DictReader(fh)}
    return {sku: _submit_blurb(engine, text, voice) for sku, text in blurbs.items()}


def preview_voices(samples):
    engine = PreviewEngine("ap-southeast-3")  # English voices are auditioned in Singapore
    with ThreadPoolExecutor(max_workers=6) as pool:
        job_ids = list(pool.map(lambda sample: engine.submit(sample["text"], sample["voice"]), samples))  # expect: MST102 ~60/s
    return dict(zip((sample["voice"] for sample in samples), job_ids))


def narrate_via_rest(texts, voice):
    rest = RestTts(os.environ["IAM_TOKEN"], config.PROJECT_IDS["cn-north-4"])
    job_ids = asyncio.run(rest.submit_all(texts, voice))
    return asyncio.run(rest.states(job_ids))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="narrate")
    parser.add_argument("mode", choices=("book", "blurbs", "previews", "rest", "lexicon"))
    parser.add_argument("path")
    parser.add_argument("--voice", default=config.VOICES["zh-CN"])
    parser.add_argument("--region", default=config.DEFAULT_REGION, choices=config.REGIONS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    if args.mode == "book":
        for url in narrate_book(split_chapters(args.path), args.voice, args.region):
            print(url)
    elif args.mode == "blurbs":
        print(json.dumps(narrate_blurbs(args.path, args.voice), indent=2))
    elif args.mode == "previews":
        with open(args.path, encoding="utf-8") as fh:
            print(json.dumps(preview_voices(json.load(fh)), indent=2))
    elif args.mode == "rest":
        print(json.dumps(narrate_via_rest(split_chapters(args.path), args.voice), indent=2))
    else:
        with open(args.path, encoding="utf-8") as fh:
            upload_lexicon(os.environ["IAM_TOKEN"], config.PROJECT_IDS[config.DEFAULT_REGION], json.load(fh))


if __name__ == "__main__":
    main()
