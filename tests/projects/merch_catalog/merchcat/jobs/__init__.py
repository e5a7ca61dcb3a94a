"""Batch jobs run by the nightly scheduler."""
