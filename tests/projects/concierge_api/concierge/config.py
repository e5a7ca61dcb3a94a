from dataclasses import dataclass


@dataclass(frozen=True)
class CloudConfig:
    region: str = "ap-southeast-3"
    project_id: str = "0a1b2c3d4e"


CONFIG = CloudConfig()
