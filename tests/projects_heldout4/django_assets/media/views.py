import threading

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .metastudio import AssetGateway


@require_POST
def restore_assets(request):
    gateway = AssetGateway()
    ids = request.POST.getlist("asset_id")
    for asset_id in ids:
        threading.Thread(target=gateway.restore, args=(asset_id,)).start()  # expect: MST102
    return JsonResponse({"queued": len(ids)})


@require_POST
def showroom(request):
    room = AssetGateway().open_showroom(request.POST["name"])
    return JsonResponse({"room_id": room.room_id})
