"""Audition the campaign lines with the TTS preview API before rendering."""
from huaweicloudsdkmetastudio.v1 import CreateTtsAuditionRequest, CreateTtsAuditionRequestBody

from promo.clients import ASYNC_CLIENT


def audition(lines):
    pending = []
    for line in lines:
        req = CreateTtsAuditionRequest(body=CreateTtsAuditionRequestBody(text=line))
        pending.append(ASYNC_CLIENT.create_tts_audition_async(req))  # expect: MST102 ~80/s
    return [p.result() for p in pending]
