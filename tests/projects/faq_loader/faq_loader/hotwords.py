"""Attach SIS hot-word vocabularies to the robot."""
import logging
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

from . import settings
from .services import studio

log = logging.getLogger(__name__)


def attach(specs):
    for spec in specs:
        try:
            vocabulary = spec.vocabulary_id.strip() or None
            if vocabulary is None:
                raise ValueError(spec.question)
        except ValueError:
            log.info("no vocabulary for %r", spec.question)
            continue
        else:
            studio.add_hot_words(settings.ROBOT_ID, vocabulary)
        finally:
            time.sleep(0.5)


def detach(hot_words_ids):
    for hid in hot_words_ids:
        for attempt in range(5):
            try:
                studio.drop_hot_words(hid)  # expect: MST104
                break
            except ClientRequestException as exc:
                log.warning("drop %s failed (%s), attempt %d", hid, exc.error_code, attempt)
