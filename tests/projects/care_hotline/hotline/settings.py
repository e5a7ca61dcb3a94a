"""Deployment settings of the customer-care hotline avatars (no SDK imports here)."""

# The hotline tenant lives in CN East-Shanghai1.
PRIMARY_REGION = "cn-east-3"

# Visitors of the Singapore web shop get a showroom avatar from the SG tenant.
OVERSEAS_REGION = "ap-southeast-3"
OVERSEAS_ENDPOINT = "https://metastudio.ap-southeast-3.myhuaweicloud.com"

# Model provider of each desk: the app_type given to CreateRobotReq.
BILLING_DESK_APP_TYPE = 2   # iFLYTEK Spark, answers from the MetaStudio knowledge base
RETURNS_DESK_APP_TYPE = 6   # third-party LLM behind our own gateway
RETURNS_LLM_URL = "https://llm-gw.care.example.com/v1/chat/completions"

# Timbres of the desk avatars (the approved list is in setup.cfg).
DAY_TIMBRE = "4f9c2a7e1b3d4e6f8a0b1c2d3e4f5a61"
RETURNS_TIMBRE = "8b1e0d2a9c7f4e3b8a6d5c2e1f0a9b72"
NIGHT_TIMBRE = "c3a9e8d7f6b54a3c2d1e0f9a8b7c6d53"   # copied from the vendor's demo tenant  # expect: MST401

SESSION_WORKERS = 4
CHAT_CONCURRENCY = 2
