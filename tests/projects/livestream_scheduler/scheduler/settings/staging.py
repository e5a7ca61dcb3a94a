"""Staging overrides: smaller queue, chattier logs, faster polling for the QA team."""

LOG_LEVEL = "DEBUG"
QUEUE_MAXSIZE = 50
POLL_INTERVAL_S = 2
SCHEDULE_FILE = "schedule.staging.json"
