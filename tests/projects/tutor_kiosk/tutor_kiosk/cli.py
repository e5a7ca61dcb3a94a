"""Command-line tools of the kiosk team.

    python -m tutor_kiosk.cli import-faq SKILL_ID faq.csv
    python -m tutor_kiosk.cli preview TIMBRE "Welcome to the library!"
    python -m tutor_kiosk.cli narrate lesson.txt
"""
import argparse
import csv
import time
from typing import List

from tutor_kiosk import config
from tutor_kiosk.deps import get_client, kb_write_limiter
from tutor_kiosk.kb import KnowledgeBase
from tutor_kiosk.speech import SpeechService


def import_faq(skill_id: str, path: str) -> int:
    """faq.csv columns: title, answer, questions ("|"-separated phrasings)."""
    kb = KnowledgeBase(get_client())
    count = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            kb_write_limiter.try_acquire("kb-write")
            kb.add_faq(skill_id, row["title"], row["answer"], row["questions"].split("|"))
            count += 1
    return count


def preview_timbre(timbre: str, text: str) -> str:
    speech = SpeechService(get_client())
    job_id = speech.start_audition(text, timbre)
    while True:
        result = speech.audition_result(job_id)  # expect: MST103
        if result.is_file_complete:
            return result.files[0].download_url
        if result.code and result.code != "0":
            raise RuntimeError(f"audition {job_id} failed: {result.code} {result.message}")


def narrate(paragraphs: List[str]) -> List[str]:
    speech = SpeechService(get_client())
    job_ids = []
    for text in paragraphs:
        job_ids.append(speech.submit_narration(text))
        time.sleep(config.NARRATION_SUBMIT_PAUSE_S)
    return [speech.wait_for_audio(job_id) for job_id in job_ids]


def main() -> None:
    parser = argparse.ArgumentParser(prog="tutor-kiosk")
    sub = parser.add_subparsers(dest="command", required=True)
    p_faq = sub.add_parser("import-faq")
    p_faq.add_argument("skill_id")
    p_faq.add_argument("path")
    p_preview = sub.add_parser("preview")
    p_preview.add_argument("timbre")
    p_preview.add_argument("text")
    p_narrate = sub.add_parser("narrate")
    p_narrate.add_argument("path")
    args = parser.parse_args()

    if args.command == "import-faq":
        print(import_faq(args.skill_id, args.path), "FAQ entries")
    elif args.command == "preview":
        print(preview_timbre(args.timbre, args.text))
    else:
        with open(args.path, encoding="utf-8") as fh:
            paragraphs = [p.strip() for p in fh.read().split("\n\n") if p.strip()]
        for url in narrate(paragraphs):
            print(url)


if __name__ == "__main__":
    main()
