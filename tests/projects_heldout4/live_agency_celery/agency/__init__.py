"""Livestream agency workers: rooms are created and maintained by Celery tasks."""
