"""Hosts that only look like MetaStudio's are other servers: a MetaStudio
host name followed by more labels, or used as the user part of a URL. A real
one with a port is MetaStudio's."""
import requests


def lookalike_suffix(rows, pid):
    for r in rows:
        requests.post("https://metastudio.cn-east-3.myhuaweicloud.com.mirror.example/v1/" + pid + "/digital-assets")


def lookalike_user(rows, pid):
    for r in rows:
        requests.post("https://metastudio.cn-east-3.myhuaweicloud.com@proxy.example/v1/" + pid + "/digital-assets")


def with_port(rows, pid):
    for r in rows:
        requests.post("https://metastudio.cn-east-3.myhuaweicloud.com:443/v1/" + pid + "/digital-assets")  # expect: MST101 ~10/s
