"""Lobby kiosk fleet: MetaStudio interactive avatars for our regional offices."""

__version__ = "0.4.2"
