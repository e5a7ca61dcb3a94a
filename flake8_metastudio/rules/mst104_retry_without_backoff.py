"""MST104: a loop catches the SDK's errors (``ClientRequestException``,
``ServerResponseException``, ``SdkException``, ``huaweicloudsdkcore.exceptions``)
or checks for ``APIGW.0308`` / status 429, and calls again with no delay on
the retry path.  Also ``tenacity.retry`` without ``wait=``."""
from typing import TYPE_CHECKING, Iterator, Optional

from flake8_metastudio.rules.base import Rule, finding

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.analysis.effects import Level, RetryMark
    from flake8_metastudio.analysis.facts import Facts
    from flake8_metastudio.findings import Finding

CODE = "MST104"


def retry_without_delay(level: "Level") -> "Optional[RetryMark]":
    """The retry mark when this repetition retries a failed call with no
    delay: a retry library without a wait, or a loop that goes round again at
    once, arguments unchanged, from a failure it caught without sleeping."""
    if level.retry is not None:
        return level.retry
    if level.unchanged and level.caught is not None and not level.caught.has_delay:
        return level.caught
    return None


def check(facts: "Facts") -> "Iterator[Finding]":
    for occ in facts.occs:
        if not occ.levels:
            continue
        level = occ.levels[0]
        mark = retry_without_delay(level)
        if mark is None:
            continue
        allowed = facts.limit(occ)
        yield finding(CODE, occ, facts.row(occ), level.report, occ.region, caught=mark.caught,
                      basis={"level": level, "mark": mark, "calls": level.body.calls(occ.key) or 1,
                             "limit": allowed.per_second if allowed.is_offered else None})


RULE = Rule(CODE, check)
