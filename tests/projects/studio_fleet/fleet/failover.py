"""Standby clients for when the home region is unavailable."""
from fleet.clients import make_client
from fleet.settings import FAILOVER_REGIONS


def standby_clients():
    standby = []
    for region in FAILOVER_REGIONS:
        standby.append(make_client(region))
    return standby
