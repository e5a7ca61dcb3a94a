"""A mistyped region id is MST202 at its literal; the loops that use the client still have a rate,
judged in the configured region (the message says so) rather than not at all."""
import time

from huaweicloudsdkmetastudio.v1 import CreateTtsAuditionRequest, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

REGION = "cn-nort-4"  # expect: MST202 @10

client = MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of(REGION)).build()


def preview_all(texts):
    for text in texts:
        client.create_tts_audition(CreateTtsAuditionRequest())  # expect: MST101 ~10/s @9


def preview_paced(texts):
    for text in texts:
        client.create_tts_audition(CreateTtsAuditionRequest())
        time.sleep(0.5)
