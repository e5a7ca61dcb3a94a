from django.urls import path

from apps.avatars import views

app_name = "avatars"

urlpatterns = [
    path("cards/", views.avatar_cards, name="cards"),
    path("voice-preview/", views.voice_preview, name="voice-preview"),
    path("kiosk/dialog/", views.kiosk_dialog, name="kiosk-dialog"),
    path("kiosk/<str:asset_id>/", views.kiosk_avatar, name="kiosk-avatar"),
    path("<str:asset_id>/", views.avatar_detail, name="detail"),
]
