"""Short voice previews (TTS audition) for picking a voice before a long job."""
from huaweicloudsdkmetastudio.v1 import CreateTtsAuditionRequest, CreateTtsAuditionRequestBody, ShowTtsAuditionFileRequest

from .base import NarrationEngine


class PreviewEngine(NarrationEngine):
    done_states = (True,)
    failed_states = ()

    def submit(self, text: str, voice: str) -> str:
        # The audition API takes the timbre id as ``emotion``.
        body = CreateTtsAuditionRequestBody(text=text[:200], emotion=voice)
        return self._invoke("create_tts_audition", CreateTtsAuditionRequest(body=body)).job_id

    def status(self, job_id: str):
        resp = self._invoke("show_tts_audition_file", ShowTtsAuditionFileRequest(job_id=job_id))
        return bool(resp.is_file_complete), resp.files
