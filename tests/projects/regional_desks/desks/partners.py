"""Partner desks, one dataclass per partner, and a client per partner."""
from dataclasses import dataclass

from desks.factory import build


@dataclass(frozen=True)
class Partner:
    name: str
    region: str
    project_id: str = ""


PARTNERS = [
    Partner("acme", "cn-north-4"),
    Partner("lion", "ap-southeast-3", "p-lion"),
]

PARTNER_CLIENTS = {p.name: build(p.region, p.project_id) for p in PARTNERS}


class PartnerHub:
    """The hub keeps one client per region it serves."""

    def __init__(self) -> None:
        self.by_region = {region: build(region) for region in ("cn-east-3", "ap-southeast-3")}
