"""Video script API group."""
from huaweicloudsdkmetastudio.v1 import (
    CopyVideoScriptsRequest,
    DeleteVideoScriptRequest,
    ListVideoScriptsRequest,
    ShowVideoScriptRequest,
)

from clip_studio.base import Repository
from clip_studio.settings import PAGE_SIZE


class ScriptRepository(Repository):
    def page(self, offset, limit=PAGE_SIZE):
        return self._call("list_video_scripts", ListVideoScriptsRequest(offset=offset, limit=limit))

    def detail(self, script_id):
        return self._call("show_video_script", ShowVideoScriptRequest(script_id=script_id))

    def duplicate(self, script_id):
        return self._call("copy_video_scripts", CopyVideoScriptsRequest(script_id=script_id))

    def remove(self, script_id):
        return self._call("delete_video_script", DeleteVideoScriptRequest(script_id=script_id))
