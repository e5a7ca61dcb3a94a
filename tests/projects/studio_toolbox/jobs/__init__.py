"""Scheduled jobs of the toolbox (run by jobs/scheduler.py)."""
