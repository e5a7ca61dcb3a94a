"""video-factory command line.

    python cli.py render manifest.csv jobs.csv      stream a manifest through the pipeline
    python cli.py bulk manifest.csv --prefix q3-    re-render every row of a manifest in parallel
    python cli.py status jobs.csv                   current state of every job of a jobs file
    python cli.py wait jobs.csv [--replicate]       wait for the jobs, then copy the videos to Guangzhou
    python cli.py narrate texts.txt                 one TTS narration per line of a file
    python cli.py preview TITLE SCRIPT              render one video and wait for it
"""
import argparse
import csv
import json
import sys
from typing import List

from video_factory import Renderer, pipeline, video_body
from video_factory.batch import narrate_all, render_rows, status_report
from video_factory.polling import wait_for_video
from video_factory.renderer import TERMINAL_STATES
from video_factory.replicate import replicate_all


def _rows(path: str) -> List[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def preview(renderer: Renderer, title: str, script: str) -> str:
    job_id = renderer.submit(video_body(title, script))
    print(f"submitted {job_id}, waiting for it...", file=sys.stderr)
    while True:
        state = renderer.state(job_id)  # expect: MST103
        if state in TERMINAL_STATES:
            return state


def wait_and_replicate(job_ids: List[str], replicate: bool) -> int:
    renderer = Renderer()
    asset_ids = []
    for job_id in job_ids:
        job = wait_for_video(renderer, job_id)
        if job.state == "SUCCEED":
            asset_ids.append(job.output_asset_config.asset_id)
    print(f"{len(asset_ids)}/{len(job_ids)} videos finished", file=sys.stderr)
    return replicate_all(asset_ids) if replicate else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="video-factory")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("render")
    p.add_argument("manifest")
    p.add_argument("jobs_out")
    p = sub.add_parser("bulk")
    p.add_argument("manifest")
    p.add_argument("--prefix", default="")
    sub.add_parser("status").add_argument("jobs")
    p = sub.add_parser("wait")
    p.add_argument("jobs")
    p.add_argument("--replicate", action="store_true")
    sub.add_parser("narrate").add_argument("texts")
    p = sub.add_parser("preview")
    p.add_argument("title")
    p.add_argument("script")
    args = parser.parse_args(argv)

    if args.cmd == "render":
        print(pipeline.run(args.manifest, args.jobs_out), "jobs submitted")
    elif args.cmd == "bulk":
        json.dump(render_rows(_rows(args.manifest), args.prefix), sys.stdout, indent=2)
    elif args.cmd == "status":
        json.dump(status_report([r["job_id"] for r in _rows(args.jobs)]), sys.stdout, indent=2)
    elif args.cmd == "wait":
        print(wait_and_replicate([r["job_id"] for r in _rows(args.jobs)], args.replicate), "replicated")
    elif args.cmd == "narrate":
        with open(args.texts, encoding="utf-8") as fh:
            texts = [line.strip() for line in fh if line.strip()]
        print("\n".join(narrate_all(texts)))
    else:
        print(preview(Renderer(), args.title, args.script))
    return 0


if __name__ == "__main__":
    sys.exit(main())
