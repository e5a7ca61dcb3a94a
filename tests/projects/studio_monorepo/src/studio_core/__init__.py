"""Shared MetaStudio plumbing of the studio: client, services and the job registry."""
from .chat import ChatService, LlmEndpoint
from .knowledge import KnowledgeService
from .registry import JOBS, Job, register
from .services import *  # noqa: F401,F403

__all__ = [
    "JOBS",
    "AssetService",
    "AssetSummary",
    "ChatService",
    "Job",
    "KnowledgeService",
    "LiveService",
    "LlmEndpoint",
    "VideoService",
    "register",
    "with_backoff",
]
