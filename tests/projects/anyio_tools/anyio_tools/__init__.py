"""anyio_tools: async command-line helpers for a MetaStudio live-commerce tenant."""

__version__ = "0.4.1"
