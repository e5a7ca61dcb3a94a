"""Opens a one-to-one chat with the avatar for a visitor."""
from django.http import JsonResponse
from huaweicloudsdkmetastudio.v1 import CreateDialogUrlReq, CreateDialogUrlRequest

from chat.client import metastudio


def open_chat(request, room_id):
    body = CreateDialogUrlReq(room_id=room_id, robot_id=request.GET["robot"])
    resp = metastudio().create_dialog_url(CreateDialogUrlRequest(body=body))  # expect: MST201
    return JsonResponse({"url": resp.url})
