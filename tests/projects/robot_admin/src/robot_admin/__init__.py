"""Admin tooling for MetaStudio intelligent-interaction robots (LLM-backed kiosks and showroom avatars)."""
from .clients import CLIENTS, client_for
from .knowledge import KnowledgeSeeder
from .robots import RobotAdmin
from .settings import SITES, AdminSettings

__all__ = ["AdminSettings", "CLIENTS", "KnowledgeSeeder", "RobotAdmin", "SITES", "client_for"]
