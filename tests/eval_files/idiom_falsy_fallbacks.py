"""``resp.items or []``: the loop runs over the response's list, of a length the code does not state;
the empty fallback does not make it a loop that never runs."""
from huaweicloudsdkmetastudio.v1 import DeleteVideoScriptRequest, ListVideoScriptsRequest, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = MetaStudioClient.new_builder().with_region(MetaStudioRegion.CN_EAST_3).build()


def drop_scripts(cutoff):
    page = client.list_video_scripts(ListVideoScriptsRequest(limit=100))
    for script in page.video_scripts or []:
        if script.update_time < cutoff:
            client.delete_video_script(DeleteVideoScriptRequest(script_id=script.script_id))  # expect: MST101 ~10/s @13


def drop_listed(ids=None):
    for script_id in ids if ids else ():
        client.delete_video_script(DeleteVideoScriptRequest(script_id=script_id))  # expect: MST101 ~10/s @9


def drop_none():
    for script_id in []:
        client.delete_video_script(DeleteVideoScriptRequest(script_id=script_id))
