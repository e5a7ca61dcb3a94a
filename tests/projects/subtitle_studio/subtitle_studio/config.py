"""Studio-wide settings.

Class-level defaults, overridable per deployment by subclassing; the process uses the single
``settings`` instance created at the bottom of this module.
"""
import os


class Settings:
    REGION = "cn-east-3"

    AK_ENV = "MS_AK"
    SK_ENV = "MS_SK"
    PROJECT_ENV = "MS_PROJECT_ID"
    MODEL_ASSET_ID_ENV = "MS_MODEL_ASSET_ID"

    # timbres for the two presenter roles
    HOST_VOICE = "3c9d0e1f2a4b4c5d8e7f6a5b4c3d2e1f"
    NARRATOR_VOICE = "b8e2f4a61c0d4e9fa3b5c7d9e1f20436"  # expect: MST401

    RENDER_WIDTH = 1920
    RENDER_HEIGHT = 1080

    def credentials(self):
        return os.environ[self.AK_ENV], os.environ[self.SK_ENV], os.environ[self.PROJECT_ENV]

    def model_asset_id(self):
        return os.environ[self.MODEL_ASSET_ID_ENV]


settings = Settings()
