"""Jobs for the avatars' intelligent-interaction applications."""
from __future__ import annotations

import csv
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from studio_core import ChatService, Job, KnowledgeService, LlmEndpoint, register
from studio_core import settings

log = logging.getLogger(__name__)

# A short pause between robot updates; update_robot allows 10/s in CN East-Shanghai1.
ROBOT_SPACING_S = 0.05


@dataclass(frozen=True)
class FaqEntry:
    question: str
    answer: str


def _read_faq(path: Path) -> list[FaqEntry]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [FaqEntry(row["question"].strip(), row["answer"].strip()) for row in csv.DictReader(fh)]


@register("assistant-setup")
@dataclass
class AssistantSetupJob(Job):
    assistant_name: str = os.getenv("STUDIO_ASSISTANT_NAME", "shop-assistant")
    chat: ChatService = field(default_factory=ChatService)

    def run(self) -> None:
        llm = LlmEndpoint(os.environ["LLM_APP_ID"], os.environ["LLM_APP_KEY"], os.environ["LLM_URL"])
        robot_id = self.chat.create_assistant(self.assistant_name, llm)
        log.info("assistant %s created: %s", self.assistant_name, robot_id)


@register("robot-concurrency")
@dataclass
class RobotConcurrencyJob(Job):
    concurrency: int = int(os.getenv("STUDIO_ROBOT_CONCURRENCY", "4"))
    chat: ChatService = field(default_factory=ChatService)

    def run(self) -> None:
        robot_ids = self.chat.robot_ids()
        for robot_id in robot_ids:
            self.chat.set_concurrency(robot_id, self.concurrency)
            log.info("robot %s: concurrency %d", robot_id, self.concurrency)
            time.sleep(ROBOT_SPACING_S)


@register("faq-import")
@dataclass
class FaqImportJob(Job):
    skill_id: str = os.getenv("STUDIO_FAQ_SKILL_ID", "")
    source: Path = settings.DATA_DIR / "faq.csv"
    kb: KnowledgeService = field(default_factory=KnowledgeService)

    def run(self) -> None:
        existing = self.kb.questions(self.skill_id)
        entries = [entry for entry in _read_faq(self.source) if entry.question not in existing]
        for entry in entries:
            self.kb.add_question(self.skill_id, entry.question, entry.answer)
            time.sleep(settings.FAQ_SPACING_S)
        log.info("imported %d new FAQ entries into skill %s", len(entries), self.skill_id)
