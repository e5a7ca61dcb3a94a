REGION = "cn-south-9"  # expect: MST202
