REGION = "cn-east-3"
MAX_ATTEMPTS = 5
