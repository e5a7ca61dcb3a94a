REGION = "cn-south-9"
