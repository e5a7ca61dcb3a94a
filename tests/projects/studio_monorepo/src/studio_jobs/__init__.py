"""Batch jobs of the studio. Importing the package registers every job."""
from . import assistant_jobs, live_jobs, media_jobs  # noqa: F401
