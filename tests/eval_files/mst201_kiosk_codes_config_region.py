# flake8-options: --metastudio-region=ap-southeast-3
"""Issue activation codes for the lobby kiosks.

The regional deployment picks its region from MS_REGION (see deploy/values-sg.yaml); the linter is told
the same thing with --metastudio-region. Headquarters codes are always issued in Beijing.
"""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateActiveCodeReq,
    CreateActiveCodeRequest,
    CreateAgencyWithRoleTypeRequest,
    CreateOnceCodeRequest,
    ListActiveCodeRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

_creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])

# region not readable from the code: the configured ap-southeast-3 applies
regional = MetaStudioClient.new_builder().with_credentials(_creds).with_region(
    MetaStudioRegion.value_of(os.environ["MS_REGION"])
).build()

# region written in the code: cn-north-4, whatever the configuration says
headquarters = MetaStudioClient.new_builder().with_credentials(_creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


def bootstrap_regional():
    regional.create_agency_with_role_type(CreateAgencyWithRoleTypeRequest(role_type="SIS"))  # expect: MST201


def issue_kiosk_code(robot_id: str, room_id: str, days: int = 90):
    body = CreateActiveCodeReq(robot_id=robot_id, room_id=room_id, valid_period=days)
    return regional.create_active_code(CreateActiveCodeRequest(body=body)).active_code  # expect: MST201


def issue_hq_code(robot_id: str, room_id: str):
    body = CreateActiveCodeReq(robot_id=robot_id, room_id=room_id, valid_period=0)
    return headquarters.create_active_code(CreateActiveCodeRequest(body=body)).active_code


def one_off_login_code():
    return regional.create_once_code(CreateOnceCodeRequest()).once_code  # expect: MST201


def codes_for(robot_id: str):
    # querying activation codes is offered everywhere: no finding
    return regional.list_active_code(ListActiveCodeRequest(robot_id=robot_id, limit=100))


if __name__ == "__main__":
    print(issue_kiosk_code(os.environ["ROBOT_ID"], os.environ["ROOM_ID"]))
