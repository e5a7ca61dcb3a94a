"""HTTP views of the avatars app."""
import time

from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

from apps.avatars.services import avatar_service, kiosk_service
from gallery import settings

CARDS_PER_PAGE = 24
PREVIEW_TIMEOUT_S = 20


def _card(asset):
    return {
        "id": asset.asset_id,
        "name": asset.asset_name,
        "state": asset.asset_state,
        "tags": asset.tags or [],
    }


@require_GET
def avatar_detail(request, asset_id):
    return JsonResponse(_card(avatar_service.asset(asset_id)))


@require_GET
def avatar_cards(request):
    """Cards for the avatars the gallery page shows (one page at most)."""
    asset_ids = request.GET.getlist("id")[:CARDS_PER_PAGE]
    cards = [_card(avatar_service.asset(asset_id)) for asset_id in asset_ids]
    return JsonResponse({"cards": cards})


@require_POST
def voice_preview(request):
    """Synthesise a short sample of the text and hand back its download URLs."""
    text = request.POST.get("text", "").strip()
    if not text:
        return JsonResponse({"error": "text is required"}, status=400)
    job_id = avatar_service.start_voice_preview(text)
    deadline = time.monotonic() + PREVIEW_TIMEOUT_S
    while time.monotonic() < deadline:
        preview = avatar_service.voice_preview(job_id)  # expect: MST103
        if preview.is_file_complete:
            return JsonResponse({"job_id": job_id, "files": [f.download_url for f in preview.files or []]})
    return JsonResponse({"job_id": job_id, "pending": True}, status=202)


@require_POST
def kiosk_dialog(request):
    """Open a dialog with the lobby assistant for one kiosk session."""
    url = kiosk_service.dialog_url(settings.METASTUDIO["KIOSK_ROBOT_ID"])
    return JsonResponse({"dialog_url": url})


@require_GET
def kiosk_avatar(request, asset_id):
    return JsonResponse(_card(kiosk_service.asset(asset_id)))
