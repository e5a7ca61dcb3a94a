"""kb_sync: keep the virtual-avatar knowledge base in MetaStudio in step with our FAQ repo."""

__version__ = "1.2.0"
