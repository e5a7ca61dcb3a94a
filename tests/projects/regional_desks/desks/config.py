"""Where overflow traffic goes (read by jobs/overflow.py)."""
OVERFLOW_REGION = "cn-southwest-2"  # expect: MST202
