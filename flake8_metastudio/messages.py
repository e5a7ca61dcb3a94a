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
        '(~{rate}; {region} allows {limit}/s): sleep between polls (e.g. time.sleep(1)) or back off'),
    "MST104": Message(
        "retry-without-backoff",
        "A loop retries an SDK call after an error or throttling without waiting.",
        '{method} ("{api}") is retried after {caught} with no delay; throttled calls (APIGW.0308) fail '
        'again at once: back off before retrying (e.g. time.sleep(2 ** attempt)) or use a retry library with a wait'),
}

# When one call site qualifies for several rules, the first listed wins.
PRECEDENCE = ("MST104", "MST102", "MST101", "MST103")


def render(code: str, **fields) -> str:
    return "%s %s" % (code, MESSAGES[code].template.format(**fields))
