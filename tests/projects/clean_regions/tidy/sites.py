SITES = {
    "bj": {"region": "cn-north-4"},
    "sh": {"region": "cn-east-3"},
}
