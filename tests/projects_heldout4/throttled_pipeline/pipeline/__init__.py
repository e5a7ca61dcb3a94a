"""Nightly catalogue pipeline, throttled to the vendor limits of cn-north-4."""
