from .store import KnowledgeStore  # noqa: F401
