"""Hot words: the keywords a robot records from conversations."""
from __future__ import annotations

import logging
import time

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateHotWordsReq,
    CreateHotWordsRequest,
    UpdateHotWordsSwitchReq,
    UpdateHotWordsSwitchRequest,
)

from services.client import client
from settings import prod as conf

log = logging.getLogger(__name__)


class HotWordService:
    def create(self, robot_id: str, word: str) -> str:
        req = CreateHotWordsRequest(body=CreateHotWordsReq(robot_id=robot_id, hot_words=[word]))
        for attempt in range(4):
            try:
                return client.create_hot_words(req).hot_words_id
            except exceptions.ClientRequestException as exc:
                if exc.status_code != 429 or attempt == 3:
                    raise
                delay = min(2 ** attempt, 10)
                log.warning("create_hot_words throttled for %s, retrying in %ss", robot_id, delay)
                time.sleep(delay)
        raise RuntimeError("unreachable")

    def set_switch(self, robot_id: str, enabled: bool) -> None:
        req = UpdateHotWordsSwitchRequest(body=UpdateHotWordsSwitchReq(robot_id=robot_id, switch=enabled))
        for attempt in range(conf.HOT_WORD_SWITCH_RETRIES):
            try:
                client.update_hot_words_switch(req)  # expect: MST104
                return
            except exceptions.ClientRequestException as exc:
                if exc.error_code != "APIGW.0308":
                    raise
                log.warning("hot-word switch throttled for %s (attempt %d)", robot_id, attempt + 1)
        raise RuntimeError(f"could not switch hot words for {robot_id}")


hot_words = HotWordService()
