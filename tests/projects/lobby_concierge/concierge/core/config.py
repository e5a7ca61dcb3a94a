"""Deployment settings: environment variables with the CONCIERGE_ prefix, or a .env file."""
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class StudioSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CONCIERGE_", env_file=".env", extra="ignore")

    # The lobby screens of the APAC offices run against the Singapore tenant.
    region: str = "ap-southeast-3"
    project_id: str = ""
    ak: str = ""
    sk: str = Field(default="", repr=False)
    iam_token: str = Field(default="", repr=False)
    app_user_id: str = "lobby-concierge"
    cbs_app_id: str = ""
    cbs_project_id: str = ""
    sis_project_id: str = ""
    voice_asset_id: str = ""
    poll_interval_s: float = 5.0


@lru_cache
def get_settings() -> StudioSettings:
    return StudioSettings()
