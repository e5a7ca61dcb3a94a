"""Thin wrappers over the MetaStudio SDK used by the studio jobs."""
from huaweicloudsdkmetastudio.v1 import (
    ConfirmFileUploadRequest,
    ConfirmFileUploadRequestBody,
    Create2DDigitalHumanVideoRequest,
    CreateFileRequest,
    CreateSubtitleFileReq,
    CreateSubtitleFileRequest,
    DeleteVideoScriptRequest,
    FilesCreateReq,
    ListVideoScriptsRequest,
    Show2DDigitalHumanVideoRequest,
    ShowSubtitleFileRequest,
    ShowVideoScriptRequest,
)

from .clients import build_async_client, build_client


class ScriptCatalog:
    """Video scripts and asset files, through the blocking client."""

    def __init__(self):
        self._client = build_client()

    def list_scripts(self, limit=100):
        resp = self._client.list_video_scripts(ListVideoScriptsRequest(limit=limit))
        return resp.video_scripts or []

    def script_details(self, script_id):
        return self._client.show_video_script(ShowVideoScriptRequest(script_id=script_id))

    def drop_script(self, script_id):
        self._client.delete_video_script(DeleteVideoScriptRequest(script_id=script_id))
        return script_id

    def new_file(self, name, md5, size, file_type, asset_id):
        body = FilesCreateReq(file_name=name, file_md5=md5, file_size=size, file_type=file_type, asset_id=asset_id)
        return self._client.create_file(CreateFileRequest(body=body))

    def confirm_upload(self, file_id, ok=True):
        body = ConfirmFileUploadRequestBody(state="CREATED" if ok else "FAILED")
        self._client.confirm_file_upload(ConfirmFileUploadRequest(file_id=file_id, body=body))


class SubtitleStudio:
    """Subtitle files and renders, through the async client (``*_async`` returns a future)."""

    def __init__(self):
        self._client = build_async_client()

    def request_subtitles(self, script_id, sequence_no=1):
        body = CreateSubtitleFileReq(script_id=script_id, sequence_no=sequence_no)
        return self._client.create_subtitle_file_async(CreateSubtitleFileRequest(body=body))

    def subtitle_detail(self, job_id):
        return self._client.show_subtitle_file_async(ShowSubtitleFileRequest(job_id=job_id)).result()

    def create_render(self, body):
        return self._client.create2_d_digital_human_video_async(Create2DDigitalHumanVideoRequest(body=body)).result()

    def render_detail(self, job_id):
        return self._client.show2_d_digital_human_video_async(Show2DDigitalHumanVideoRequest(job_id=job_id)).result()
