"""Admin service for MetaStudio intelligent-interaction applications."""

__version__ = "0.4.0"
