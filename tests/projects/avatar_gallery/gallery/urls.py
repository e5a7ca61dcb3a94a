"""Root URL configuration."""
from django.urls import include, path

urlpatterns = [
    path("avatars/", include("apps.avatars.urls")),
]
