"""flake8-metastudio: find Huawei Cloud MetaStudio SDK calls that will be
throttled (APIGW.0308) before they reach production."""
__version__ = "0.1.0"
