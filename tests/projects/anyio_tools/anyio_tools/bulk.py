"""Batch commands: reprice products, archive assets, TTS previews."""
import itertools
import logging

import anyio

from anyio_tools import studio
from anyio_tools.settings import ASSET_BATCH_SIZE, BATCH_PAUSE, BATCH_SIZE

log = logging.getLogger(__name__)


async def reprice(prices):
    """Apply new prices in batches of BATCH_SIZE, pausing between batches."""
    done = 0
    for chunk in itertools.batched(sorted(prices.items()), BATCH_SIZE):
        for product_id, price in chunk:
            studio.reprice_product(product_id, {"price": price})  # expect: MST101 ~10.0/s
            done += 1
        log.info("repriced %d products", done)
        await anyio.sleep(BATCH_PAUSE)
    return done


async def archive_assets(asset_ids):
    """Archive assets with the batch API, one request per chunk of 50 ids."""
    for chunk in itertools.batched(asset_ids, ASSET_BATCH_SIZE):
        studio.batch_action({"action_type": "ARCHIVE", "asset_id_list": list(chunk)})
        await anyio.sleep(1.0)


def tts_previews(lines):
    """Create a TTS preview for each script line and return the job ids."""
    return list(map(studio.preview_tts, lines))  # expect: MST101 ~10.0/s
