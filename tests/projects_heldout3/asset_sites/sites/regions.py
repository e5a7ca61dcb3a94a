"""Where each site's MetaStudio tenant lives."""
SG_ENDPOINT = "https://metastudio.ap-southeast-3.myhuaweicloud.com"
LEGACY_REGION = "cn-north-1"  # expect: MST202
