"""Live-commerce studio tooling: product catalogue, live rooms and viewer replies on MetaStudio."""

__version__ = "0.7.2"
