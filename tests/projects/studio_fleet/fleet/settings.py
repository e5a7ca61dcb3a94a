"""Where the fleet's studios run, and where it fails over to."""
HOME_REGION = "cn-north-4"

# studio code -> MetaStudio region
STUDIOS = {
    "bj": "cn-north-4",
    "sh": "cn-east-3",
    "sg": "ap-southeast-3",
    "hk": "ap-east-1",  # expect: MST202
}

# tried in order when the home region is down
FAILOVER_REGIONS = [
    "cn-east-3",
    "cn-southwest-2",  # expect: MST202
]

PRODUCT_FEED = "s3://fleet-feeds/products.jsonl"
