"""What running a piece of code does to MetaStudio: which SDK calls it issues
(per API and region), how long it takes, whether it sleeps or passes a
limiter, and every SDK call site reached with the chain of repeated contexts
(loops, pools, fan-outs) around it."""
import operator
from typing import Any, Dict, Iterable, List, Optional, Set, Tuple


Key = Tuple[str, str]  # (SDK method name, region id): what calls are counted by


class Tally(Dict[Key, float]):
    """Call counts per Key (ints, floats once scaled); a missing key counts 0.

    A dict rather than a ``collections.Counter``: every statement's summary
    makes three of these, and a Counter costs ten times as much to create.
    Unlike Counter, ``update`` replaces counts: add with ``_add``."""
    __slots__ = ()

    def __missing__(self, key: Key) -> float:
        return 0

# Counts and seconds saturate here: far beyond any limit (5**200 calls are
# still counted exactly enough), and small enough that the product of two of
# them never overflows a float, so nothing becomes inf, nor inf x 0 = NaN.
SATURATED = 1e150


def _sat(x: float) -> float:
    return x if x < SATURATED else SATURATED


def _add(into: Tally, other: Tally) -> None:
    get = into.get
    for k, v in other.items():
        n = get(k, 0) + v
        into[k] = n if n < SATURATED else SATURATED


class Level:
    """One repeated context around a call site.

    kind "loop": sequential iterations; ``body`` is one iteration.
    kind "spawn": concurrent tasks (pool, gather, threads, async client);
    ``body`` is one task and ``workers`` its concurrency bound (None: as many
    as there are tasks)."""
    __slots__ = ("kind", "node", "label", "iterations", "body", "workers", "report", "cap",
                 "throttled", "sem", "unchanged", "until", "caught", "retry", "feed_time", "backedge", "retry_only",
                 "feed_unknown", "task_cap", "queued")

    def __init__(self, kind: str, node: Any, label: str, iterations: Optional[float], body: "Summary",
                 workers: Optional[float] = None, report: Any = None, *, cap: Optional[float] = None,
                 throttled: bool = False, sem: Optional[int] = None,
                 unchanged: bool = False, until: bool = False, caught: "Optional[RetryMark]" = None,
                 retry: "Optional[RetryMark]" = None, feed_time: float = 0.0, backedge: Optional[float] = 0.0,
                 retry_only: bool = False, feed_unknown: bool = False) -> None:
        self.kind = kind
        self.node = node
        self.label = label
        self.iterations = iterations
        self.body = body
        self.workers = workers
        self.report = report  # the call in this context that leads to the SDK call
        self.cap = cap  # a rate limiter's calls per second around the call
        self.throttled = throttled  # a limiter of unknown rate around the call
        self.sem = sem  # a semaphore's bound on concurrency
        # the facts MST103 and MST104 decide from, for a loop around the call:
        self.unchanged = unchanged  # goes round again at once (no sleep) with the call's arguments unchanged
        self.until = until  # ... and has a way out (a condition, break, return): it waits for something
        self.caught = caught  # ... after catching a failure of the call (except clause, 429 check)
        self.retry = retry  # a retry library repeats the call on failure with no wait
        self.feed_time = feed_time  # seconds the loop handing out tasks spends per task
        self.backedge = backedge  # least sleep on a path round the loop again (None: never repeats)
        self.retry_only = retry_only  # repeats only when a call fails (except clause, 429 check)
        self.feed_unknown = feed_unknown  # the loop handing out tasks sleeps for an unstated time
        self.task_cap: Optional[float] = None  # calls per second each worker is held to (Celery rate_limit)
        # tasks queued for the project's task workers (Celery, RQ): contexts around this
        # one only queue more of them, the same workers run them all
        self.queued = False

    @property
    def is_loop(self) -> bool:
        return self.kind == "loop"

    @property
    def is_spawn(self) -> bool:
        return self.kind == "spawn"


class Dispatch:
    """A task handed to something that runs it concurrently, not yet
    repeated by a loop."""
    __slots__ = ("workers", "label", "task", "node", "unbounded", "task_cap", "queued")

    def __init__(self, workers: Optional[int], label: str, task: "Summary", node: Any, unbounded: bool = False,
                 task_cap: Optional[float] = None, queued: bool = False) -> None:
        self.queued = queued  # on the task workers (Level.queued)
        self.workers = workers
        self.label = label
        self.task = task  # Summary of one task
        self.node = node
        self.unbounded = unbounded  # one thread/task per item: no pool bound
        self.task_cap = task_cap  # calls per second each worker is held to (Celery rate_limit)


class RetryMark:
    __slots__ = ("caught", "has_delay", "node")

    def __init__(self, caught: str, has_delay: bool, node: Any) -> None:
        self.caught = caught
        self.has_delay = has_delay
        self.node = node


ASSUMED_REGION = "--metastudio-region"  # where the region of a call site comes from when the code does not say


class Occ:
    """An SDK call site reached with a chain of repeated contexts (innermost
    first in ``levels``).  ``key`` is what the summaries count calls by: the
    API (SDK method name) and the region id its client talks to."""
    __slots__ = ("method", "suffix", "region_ref", "client_how", "sdk_node", "top", "levels", "cap",
                 "throttled", "sem", "dispatch", "retry", "key", "via_request", "rest_row", "label", "regions", "via",
                 "bound")

    def __init__(self, method: Any, suffix: str, region: str, *, region_ref: Any = None, client_how: str = "",
                 sdk_node: Any = None, top: Any = None, levels: "Optional[List[Level]]" = None,
                 cap: Optional[float] = None, throttled: bool = False, sem: Optional[int] = None,
                 dispatch: "Optional[Dispatch]" = None, retry: "Optional[RetryMark]" = None,
                 via_request: bool = False, rest_row: Any = None, label: Optional[str] = None,
                 regions: Tuple[str, ...] = (), via: Tuple[str, ...] = (), bound: Optional[str] = None) -> None:
        self.method = method  # catalog.SdkMethod
        self.suffix = suffix  # "", "_async", "_invoker", "_async_invoker"
        self.key: Tuple[str, str] = (method.name, region)
        self.region_ref = region_ref  # values.RegionRef where the code states the region, else None
        self.client_how = client_how  # how the client was recognised, for explain
        self.sdk_node = sdk_node  # the SDK (or REST) call expression
        self.top = top if top is not None else sdk_node  # the call reached from the enclosing context
        self.levels: List[Level] = list(levels) if levels is not None else []
        self.cap = cap
        self.throttled = throttled
        self.sem = sem
        self.dispatch = dispatch  # handed to a pool or fan-out, not yet repeated by a loop
        self.retry = retry
        self.via_request = via_request  # recognised by its request class, not its client
        self.rest_row = rest_row  # limits row of a REST call (SDK calls look theirs up by method)
        self.label = label or (method.name + suffix)
        # a client from a container with a key the code does not state: every
        # region it may be in (``region`` is the one judged, see evaluator.sdk_call)
        self.regions = regions
        self.via = via  # methods of the code's classes the call was reached through, for explain
        self.bound = bound  # why the analysis of how it is reached was cut short, if it was (for explain)

    @property
    def region(self) -> str:
        """The region id whose limits apply: from the code, else the configured one."""
        return self.key[1]

    @property
    def region_assumed(self) -> bool:
        """The code does not say the region: the configured one stands in for it."""
        ref = self.region_ref
        return ref is None or not ref.region_id

    @property
    def region_from(self) -> str:
        """Where the region came from, as the user reads it."""
        return ASSUMED_REGION if self.region_assumed else self.region_ref.how

    def copy(self, **changes: Any) -> "Occ":
        new = Occ.__new__(Occ)
        for name, value in zip(Occ.__slots__, _occ_fields(self)):  # every field, read in one call
            setattr(new, name, value)
        for name, value in changes.items():
            setattr(new, name, value)
        if "levels" not in changes:
            new.levels = list(self.levels)
        return new


_occ_fields = operator.attrgetter(*Occ.__slots__)


class Summary:
    __slots__ = ("calls_always", "calls_maybe", "blocking_maybe", "time", "delay", "unknown_delay",
                 "any_delay", "throttled", "occs", "blocking_always", "cap")

    def __init__(self) -> None:
        self.calls_always = Tally()  # SDK calls issued on every execution, per key
        self.calls_maybe = Tally()  # issued only on some executions
        self.blocking_always = 0.0  # SDK calls waited for on every execution
        self.blocking_maybe = Tally()  # per key, waited for on some executions
        self.time = 0.0  # seconds every execution takes (calls waited for + delays)
        self.delay = 0.0  # of which resolvable sleeps
        self.unknown_delay = False  # sleeps whose length the code does not say
        self.any_delay = False  # any sleep at all, even conditional
        self.throttled = False  # always passes a limiter of unknown rate
        self.cap: Optional[float] = None  # always passes a limiter of this many calls per second
        self.occs: List[Occ] = []

    def calls(self, key: Tuple[str, str]) -> float:
        return self.calls_always.get(key, 0) + self.calls_maybe.get(key, 0)

    def seq(self, other: "Summary") -> "Summary":
        """This, then ``other`` (in place)."""
        if other is EMPTY:
            return self
        if other.calls_always:
            _add(self.calls_always, other.calls_always)
        if other.calls_maybe:
            _add(self.calls_maybe, other.calls_maybe)
        if other.blocking_maybe:
            _add(self.blocking_maybe, other.blocking_maybe)
        # _sat written out: this runs for every statement and expression summarised
        n = self.blocking_always + other.blocking_always
        self.blocking_always = n if n < SATURATED else SATURATED
        n = self.time + other.time
        self.time = n if n < SATURATED else SATURATED
        n = self.delay + other.delay
        self.delay = n if n < SATURATED else SATURATED
        self.unknown_delay |= other.unknown_delay
        self.any_delay |= other.any_delay
        self.throttled |= other.throttled
        if other.cap is not None:
            self.cap = other.cap if self.cap is None else min(self.cap, other.cap)
        if other.occs:
            self.occs.extend(other.occs)
        return self

    def with_occs(self, occs: Iterable[Occ]) -> "Summary":
        """A copy carrying ``occs`` instead (memoised summaries stay untouched)."""
        out = Summary()
        out.seq(self)
        out.occs = list(occs)
        return out

    def scaled(self, n: float) -> "Summary":
        out = Summary()
        n = _sat(n)
        for k, v in self.calls_always.items():
            out.calls_always[k] = _sat(v * n)
        for k, v in self.calls_maybe.items():
            out.calls_maybe[k] = _sat(v * n)
        out.blocking_always = _sat(self.blocking_always * n)
        for k, v in self.blocking_maybe.items():
            out.blocking_maybe[k] = _sat(v * n)
        out.time = _sat(self.time * n)
        out.delay = _sat(self.delay * n)
        out.unknown_delay = self.unknown_delay and n > 0
        out.any_delay = self.any_delay
        out.throttled = self.throttled and n > 0
        out.cap = self.cap
        out.occs = self.occs
        return out

    def optional(self) -> "Summary":
        """Runs zero or more times (a loop of unknown length, seen from outside)."""
        out = Summary()
        _add(out.calls_maybe, self.calls_always)
        _add(out.calls_maybe, self.calls_maybe)
        # when they do happen, they take their time: an outer iteration that
        # makes these calls is that much longer (never faster than 1/latency)
        for k, v in out.calls_maybe.items():
            out.blocking_maybe[k] = v
        out.any_delay = self.any_delay
        out.occs = self.occs
        return out


def join(*parts: Summary) -> Summary:
    """These, one after the other (EMPTY when none does anything)."""
    live = [p for p in parts if p is not EMPTY]
    if not live:
        return EMPTY
    out = Summary()
    for p in live:
        out.seq(p)
    return out


def alternatives(branches: List[Summary]) -> Summary:
    """Exactly one of ``branches`` runs (if/elif/else, match, except handlers)."""
    if len(branches) == 1:
        return branches[0]
    if all(b is EMPTY for b in branches):
        return EMPTY
    out = Summary()
    keys: Set[Key] = set()
    for b in branches:
        keys.update(b.calls_always)
        keys.update(b.calls_maybe)
    for k in keys:
        always = min(b.calls_always.get(k, 0) for b in branches)
        total = max(b.calls(k) for b in branches)
        if always:
            out.calls_always[k] = always
        if total - always:
            out.calls_maybe[k] = total - always
    out.blocking_always = min(b.blocking_always for b in branches)
    bkeys: Set[Key] = set()
    for b in branches:
        bkeys.update(b.blocking_maybe)
    for k in bkeys | keys:
        # the slowest branch that makes this call, beyond what every branch waits for
        extra = max((b.blocking_maybe.get(k, 0) + b.blocking_always for b in branches if b.calls(k)),
                    default=0) - out.blocking_always
        if extra > 0:
            out.blocking_maybe[k] = extra
    out.time = min(b.time for b in branches)
    out.delay = min(b.delay for b in branches)
    out.unknown_delay = all(b.unknown_delay for b in branches)
    out.any_delay = any(b.any_delay for b in branches)
    out.throttled = all(b.throttled for b in branches)
    for b in branches:
        out.occs.extend(b.occs)
    return out


class _Empty(Summary):
    """The effect of code that does nothing to MetaStudio; shared, so never
    accumulated into (use ``Summary().seq(EMPTY)``)."""
    __slots__ = ()

    def seq(self, other: "Summary") -> "Summary":
        raise TypeError("EMPTY is shared: accumulate into a new Summary()")


EMPTY = _Empty()
