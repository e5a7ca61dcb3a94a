from django.apps import AppConfig


class AvatarsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.avatars"
    verbose_name = "MetaStudio avatars"
