"""Every code the plugin reports, with its one-line summary and message
template: the single place where wording lives."""
from typing import Dict, NamedTuple


class Message(NamedTuple):
    name: str
    summary: str
    template: str


MESSAGES: Dict[str, Message] = {
    "MST101": Message(
        "sequential-rate",
        "A loop repeats an SDK call faster than the API's limit in its region.",
        '{method} ("{api}") repeats at ~{rate} in this {context} ({how}); {region} allows {limit}/s: {fix}'),
    "MST102": Message(
        "concurrent-rate",
        "A pool, thread fan-out, asyncio.gather or the async client runs an SDK call faster than its limit.",
        '{method} ("{api}") fans out at ~{rate} ({how}); {region} allows {limit}/s: {fix}'),
    "MST103": Message(
        "unthrottled-polling",
        "A loop polls an SDK query with unchanged arguments and no delay.",
        '{method} ("{api}") is polled with unchanged arguments and no delay in this {context} '
        '(~{rate}; {allowed}): sleep between polls (e.g. time.sleep(1)) or back off'),
    "MST104": Message(
        "retry-without-backoff",
        "A loop retries an SDK call after an error or throttling without waiting.",
        '{method} ("{api}") is retried after {caught} with no delay; throttled calls (APIGW.0308) fail '
        'again at once: back off before retrying (e.g. time.sleep(2 ** attempt)) or use a retry library with a wait'),
    "MST201": Message(
        "region-not-offered",
        "An SDK call whose API the client's region does not offer.",
        '{method} ("{api}") is not offered in {region} (region from {where}); offered in: {offered}'),
    "MST202": Message(
        "unknown-region",
        "A region id in MetaStudio client code that the limits table does not know.",
        "unknown MetaStudio region '{region}' in {how}{suggestion}; known regions: {known} "
        "(add a region with --metastudio-limits-file)"),
    "MST301": Message(
        "knowledge-base-provider",
        "A knowledge-base skill/intent/question API used with a model provider other than iFLYTEK AIUI/Spark.",
        '{method} ("{api}") works only for applications on iFLYTEK AIUI or iFLYTEK Spark; '
        'this application uses {provider} ({where})'),
    "MST401": Message(
        "timbre-not-allowed",
        "A voice_asset_id that is not on the configured list of timbres available to the account.",
        "timbre '{timbre}' ({where}) is not in --metastudio-timbres ({count} allowed): the API call fails "
        "unless the console offers it; verify with check_voice_asset at run time"),
}

# When one call site qualifies for several rate rules, the first listed wins.
PRECEDENCE = ("MST104", "MST102", "MST101", "MST103")


def render(code: str, **fields) -> str:
    return "%s %s" % (code, MESSAGES[code].template.format(**fields))
