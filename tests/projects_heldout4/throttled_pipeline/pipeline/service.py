from typing import Optional

from huaweicloudsdkmetastudio.v1 import (
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
    ShowProductRequest,
)

from pipeline.clients import new_client
from pipeline.utils.limits import SHOW_SLOTS, TTS_LIMITER
from pipeline.utils.pacing import paced


class Catalog:
    def __init__(self, client: Optional[MetaStudioClient] = None) -> None:
        self.client = client or new_client()

    @paced(0.3)  # 0.1 s call + 0.3 s = 2.5/s, under create_product's 4/s
    def create(self, row: dict):
        body = CreateProductRequestBody(name=row["name"], description=row.get("description"))
        return self.client.create_product(CreateProductRequest(body=body))

    def show(self, product_id: str):
        with SHOW_SLOTS:
            return self.client.show_product(ShowProductRequest(product_id=product_id))

    def narrate(self, text: str):
        TTS_LIMITER.try_acquire("tts")
        body = CreateAsyncTtsJobRequestBody(text=text)
        return self.client.create_async_tts_job(CreateAsyncTtsJobRequest(body=body))

    def video(self, job_id: str):
        return self.client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))
