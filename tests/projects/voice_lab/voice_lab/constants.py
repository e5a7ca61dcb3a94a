"""Deployment constants shared by the voice lab tools."""
from __future__ import annotations

PROJECT_ID_ENV = "MS_PROJECT_ID"

# Voice training runs next to the corpus buckets in CN East-Shanghai1;
# synthesis is served from CN North-Beijing4.
TRAINING_REGION = "cn-east-3"
TTS_REGION = "cn-north-4"
# Timbre previews for the catalogue page (product team's tool).
PREVIEW_REGION = "cn-north4"  # expect: MST202

TRAINING_WORKERS = 2
TTS_WORKERS = 4

SUBMIT_SPACING_S = 0.5      # per training worker: 2 workers x 2 jobs/s = 4 jobs/s
VOCAB_SPACING_S = 0.1
TTS_SUBMIT_RATE = 4.0       # create_async_tts_job allows 5/s in cn-north-4
COMMIT_RATE = 2.0

TTS_POLL_S = 2.0
REVIEW_POLL_S = 30.0
TRAINING_TIMEOUT_S = 6 * 3600.0
COMMIT_ATTEMPTS = 4

FINISHED_TRAINING_STATES = frozenset({"SUCCEED", "FAILED", "REJECTED"})
