"""Static fleet configuration. Secrets come from the environment, never from here."""

# One MetaStudio tenant per office. `project_env` names the variable holding the project id.
TENANTS = {
    "sg": {
        "region": "ap-southeast-3",
        "project_env": "SG_MS_PROJECT_ID",
        "robot_id": "2a61c3f0e8b94d7d9d0a5b1c7e4f6a20",
        "language": "en_US",
    },
    "bj": {
        "region": "cn-north-4",
        "project_env": "BJ_MS_PROJECT_ID",
        "robot_id": "7c0d9e12f4a84b39a1e65d2b8c3f0e91",
        "language": "zh_CN",
    },
}

GREETINGS = {
    "sg": "Welcome! Tap the screen and ask me anything about today's visit.",
    "bj": "欢迎光临！请点击屏幕，向我咨询今天的来访事宜。",
}

# Seconds between two write calls on the same API (welcome speeches allow 3/s in the strictest region).
WRITE_INTERVAL_S = 0.3

# Threads used when auditing the avatar assets of an office.
AUDIT_WORKERS = 6

# How long a kiosk may take to bring its dialog up before we give up.
SESSION_START_TIMEOUT_S = 120
