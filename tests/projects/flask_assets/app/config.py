"""Configuration classes for the asset portal.

The portal is deployed in Shanghai; ``ACTIVE`` selects the class that
``create_app()`` loads and that the MetaStudio client reads its region from.
"""
import os


class BaseConfig:
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY", "dev-only")
    MAX_CONTENT_LENGTH = 64 * 1024 * 1024
    REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    METASTUDIO_REGION = "cn-north-4"


class DevConfig(BaseConfig):
    DEBUG = True


class ProdConfig(BaseConfig):
    DEBUG = False
    METASTUDIO_REGION = "cn-east-3"


ACTIVE = ProdConfig
