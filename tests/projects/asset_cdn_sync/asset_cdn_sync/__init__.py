"""Mirror MetaStudio video assets to the media CDN."""

__version__ = "0.4.0"
