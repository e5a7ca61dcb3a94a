"""What the fleet code needs from a digital-human vendor, independent of the vendor."""
from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import Optional, Protocol


@dataclass(frozen=True)
class Kiosk:
    kiosk_id: str
    room_id: str
    robot_id: str
    greeting_id: Optional[str] = None


class KioskAdapter(abc.ABC):
    """One implementation per avatar vendor; the coordinator only talks to this."""

    @abc.abstractmethod
    def find_room(self, name: str) -> Optional[str]:
        """Id of the dialog room called `name`, if there is one."""

    @abc.abstractmethod
    def create_room(self, name: str, model_asset_id: str, robot_id: str, voice_asset_id: str) -> str:
        """Create a dialog room and return its id."""

    @abc.abstractmethod
    def describe_room(self, room_id: str) -> dict:
        """Current configuration of a room (robot, avatar model)."""

    @abc.abstractmethod
    def add_greeting(self, robot_id: str, text: str, language: str) -> str:
        """Install a greeting for an application and return its id."""

    @abc.abstractmethod
    def edit_greeting(self, greeting_id: str, text: str) -> None:
        """Change the text of an existing greeting."""

    @abc.abstractmethod
    def start_session(self, room_id: str, robot_id: str, timeout_s: float) -> str:
        """Start the interactive session of a kiosk and wait until it can talk."""


class AssetLookup(Protocol):
    """Anything that can tell us the state of an avatar asset."""

    def asset_state(self, asset_id: str) -> str:
        ...
