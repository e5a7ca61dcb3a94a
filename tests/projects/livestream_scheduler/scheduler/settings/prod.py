"""Production overrides."""

LOG_LEVEL = "INFO"
QUEUE_MAXSIZE = 2000
SCHEDULE_FILE = "/etc/livestream-scheduler/schedule.json"
