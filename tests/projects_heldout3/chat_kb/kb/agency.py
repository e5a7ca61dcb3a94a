"""Authorise MetaStudio to call the CBS bot on the tenant's behalf (Singapore account)."""
from huaweicloudsdkmetastudio.v1 import CreateAgencyWithRoleTypeRequest

from . import clients


def authorise_sg():
    client = clients.sg_client()
    return client.create_agency_with_role_type(CreateAgencyWithRoleTypeRequest(role_type="CBS"))  # expect: MST201
