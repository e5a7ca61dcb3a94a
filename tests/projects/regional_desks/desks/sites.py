"""The sites the desk runs in: one MetaStudio region each."""
SITES = {
    "bj": {"region": "cn-north-4", "project_id": "p-bj"},
    "sh": {"region": "cn-east-3", "project_id": "p-sh"},
    "sg": {"region": "ap-southeast-3", "project_id": "p-sg"},
}

SITE_NAMES = ("bj", "sh", "sg")
