"""Nightly news bulletins rendered by a MetaStudio virtual anchor."""

__version__ = "1.7.0"
