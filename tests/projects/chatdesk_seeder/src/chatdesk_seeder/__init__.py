"""Seed intelligent-interaction applications (FAQ, greetings, hot words, activation codes)."""

__version__ = "0.4.2"
