"""Deployment settings."""
REGION = "cn-east-3"
PROJECT_ID = "0a1b2c3d4e5f"
