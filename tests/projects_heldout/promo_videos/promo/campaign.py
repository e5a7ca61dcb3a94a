"""Render every promo text of the campaign at once (the marketing team wanted it fast)."""
import asyncio
import json
import sys

from promo import settings
from promo.clients import SYNC_CLIENT
from promo.videos import PromoRenderer


async def render_all(texts):
    renderer = PromoRenderer(SYNC_CLIENT)
    loop = asyncio.get_running_loop()
    return await asyncio.gather(*[loop.run_in_executor(None, renderer.render_promo, t) for t in texts])  # expect: MST102 ~320/s


def render_intros(intro_by_language):
    renderer = PromoRenderer(SYNC_CLIENT)
    return [renderer.render_narration(intro_by_language[lang]) for lang in settings.LANGUAGES]


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        asyncio.run(render_all(json.load(fh)))
