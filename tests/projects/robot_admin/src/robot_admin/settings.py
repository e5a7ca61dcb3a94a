"""Deployment settings for robot_admin."""
import os
from dataclasses import dataclass, field

BEIJING = "cn-north-4"
SHANGHAI = "cn-east-3"
SINGAPORE = "ap-southeast-3"
GUANGZHOU = "cn-south-1"  # Guangzhou showroom, go-live planned for Q3  # expect: MST202

SITES = {
    "beijing": BEIJING,
    "shanghai": SHANGHAI,
    "singapore": SINGAPORE,
    "guangzhou": GUANGZHOU,
}
DEFAULT_SITE = "beijing"

APP_TYPE_THIRD_PARTY_LLM = 6  # our own LLM gateway answers the questions
PAGE_LIMIT = 50
CREATE_PAUSE_S = 0.5  # create_robot: 5/s cn-north-4, 3/s cn-east-3
RESETS_PER_SECOND = 2  # reset_active_code: 5/s cn-north-4, 3/s cn-east-3
CODE_VALID_DAYS = 30
QUESTION_BATCH = 20


@dataclass
class AdminSettings:
    site: str = DEFAULT_SITE
    llm_url: str = field(default_factory=lambda: os.environ.get("ROBOT_LLM_URL", "https://llm-gw.internal/v1/chat"))
    llm_app_id: str = field(default_factory=lambda: os.environ.get("ROBOT_LLM_APP_ID", ""))
    llm_app_key: str = field(default_factory=lambda: os.environ.get("ROBOT_LLM_APP_KEY", ""))
    chat_rounds: int = 5

    @property
    def region(self) -> str:
        return SITES[self.site]

    @classmethod
    def from_env(cls) -> "AdminSettings":
        return cls(site=os.environ.get("ROBOT_ADMIN_SITE", DEFAULT_SITE))
