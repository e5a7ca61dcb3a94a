"""Runtime configuration of the sync tool."""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SyncConfig:
    # The knowledge base lives in the Shanghai project of the support tenant.
    region: str = "cn-east-3"
    # Worker threads used to push answer edits.
    max_workers: int = 6
    page_size: int = 50
    export_dir: str = "exports"
    languages: tuple = field(default=("zh_CN", "en_US"))


CONFIG = SyncConfig()
