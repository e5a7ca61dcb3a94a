"""Push question specs into the knowledge base."""
import itertools
import logging
import time

from . import settings
from .jobs import chunked, load_specs
from .services import studio

log = logging.getLogger(__name__)


def import_batches(path, intent_id, dry_run=False):
    specs = sorted(load_specs(path), key=lambda s: s.question)
    wanted = [s.question for s in specs if not s.skip]
    for number, batch in enumerate(chunked(wanted, settings.BATCH_SIZE), start=1):
        time.sleep(settings.BATCH_PAUSE)
        if dry_run:
            log.info("batch %d: %d questions (dry run)", number, len(batch))
            continue
        studio.import_batch(intent_id, batch)


def add_first(path, limit=20):
    for spec in itertools.islice(load_specs(path), limit):
        studio.add_question(spec.intent_id, spec.question)
        time.sleep(0.25)
