"""Batch narration of books and product blurbs with MetaStudio TTS."""

__version__ = "1.2.0"
