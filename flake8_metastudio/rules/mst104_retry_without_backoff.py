"""MST104: a loop catches the SDK's errors (``ClientRequestException``,
``ServerResponseException``, ``SdkException``, ``huaweicloudsdkcore.exceptions``)
or checks for ``APIGW.0308`` / status 429, and calls again with no delay on
the retry path.  Also ``tenacity.retry`` without ``wait=``."""
from flake8_metastudio.rules.base import Rule, finding

CODE = "MST104"


def check(facts):
    for occ in facts.occs:
        if not occ.levels or occ.levels[0].retry is None:
            continue
        level = occ.levels[0]
        yield finding(CODE, occ, facts.row(occ), level.report, occ.key[1], caught=level.retry.caught)


RULE = Rule(CODE, check)
