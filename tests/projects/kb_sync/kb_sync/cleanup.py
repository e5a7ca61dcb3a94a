"""Removal and export jobs for the knowledge base."""
import json
import logging
import os
import time

from kb_sync.config import CONFIG
from kb_sync.service import KnowledgeService

log = logging.getLogger(__name__)

PURGE_PAUSE_S = 0.3
EXPORT_PAUSE_S = 0.5


def drop_questions(questions):
    """Delete questions that were removed from the FAQ repo."""
    svc = KnowledgeService()
    for q in questions: svc.delete_question(q)  # expect: MST101 ~10.0/s
    log.info("dropped %d questions", len(questions))


def purge_stale(questions):
    """Delete questions nobody asked in 90 days, gently."""
    svc = KnowledgeService()
    for q in questions:
        svc.delete_question(q)
        time.sleep(PURGE_PAUSE_S)


def export_skills(skill_ids):
    """Download every skill as a backup file."""
    svc = KnowledgeService()
    os.makedirs(CONFIG.export_dir, exist_ok=True)
    for skill_id in skill_ids:
        data = svc.export_skill(skill_id)  # expect: MST101 ~1.7/s
        with open(os.path.join(CONFIG.export_dir, f"{skill_id}.json"), "w", encoding="utf-8") as fh:
            json.dump(data.to_dict(), fh, ensure_ascii=False)
        time.sleep(EXPORT_PAUSE_S)
