"""From a call site's chain of repeated contexts to an estimated call rate.

The innermost repeated context decides, except that a context whose number
of iterations (or tasks) is known and whose whole burst fits in one second's
limit defers to the context around it.  Sequential iterations take the
configured latency per SDK call they always wait for plus their
unconditional sleeps; concurrent contexts multiply by their concurrency;
replicas multiply everything; rate limiters cap it.
"""
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Optional, Union

from flake8_metastudio.analysis import tables
from flake8_metastudio.analysis.effects import SATURATED, Level, Occ
from flake8_metastudio.formatting import fmt_num

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.limits import ApiRow
    from flake8_metastudio.options import Settings


@dataclass
class RateEstimate:
    rate: float
    limit: float
    region: str
    level: Level
    calls: float  # calls of this API per iteration / task
    seconds: float  # seconds per iteration / task
    concurrency: int  # how many run at once (1: sequential); the rules read it
    how: str  # how the estimate was derived, for the message
    exceeds: bool = True


def concurrency(level: Level, max_concurrency: int) -> int:
    bounds = [b for b in (level.workers, level.iterations, level.sem) if b]
    if level.workers is None and level.iterations is None:
        bounds.append(max_concurrency)
    n = max(1, int(min(bounds))) if bounds else max_concurrency
    return min(n, int(SATURATED))  # a huge option value saturates, never overflows a float


@dataclass
class NoEstimate:
    reason: str


def assess(occ: Occ, row: "Optional[ApiRow]", settings: "Settings") -> Union[RateEstimate, NoEstimate]:
    """A RateEstimate (exceeding the limit or not), or NoEstimate saying why
    there is none."""
    if not occ.levels:
        return NoEstimate("not repeated")
    if row is None:
        return NoEstimate("no limit in the table")
    region = occ.region
    unknown = _unknown_region(region, settings)
    if unknown:
        # a region id the table does not know (MST202 at its literal): the rate is still the
        # code's, so judge it in the configured region and say so, rather than not at all
        region = settings.region
    allowed = row.limit_in(region)
    if allowed.is_not_offered:
        return NoEstimate("not offered in %s" % region)
    limit = allowed.per_second
    if not allowed.is_offered or not limit:
        return NoEstimate("no limit for %s" % region)
    missing = [r for r in occ.regions if row.limit_in(r).is_not_offered]
    if missing:
        # the client may be in a region without the API: no rate finding holds for every region
        return NoEstimate("not offered in %s, one of the regions the client may be in (%s)"
                          % (", ".join(missing), ", ".join(occ.regions)))
    replicas = min(settings.replicas, SATURATED)
    key = occ.key
    levels = occ.levels
    if any(level.iterations == 0 for level in levels):
        return NoEstimate("inside a loop that never runs")
    for i, level in enumerate(levels):
        per = level.body.calls(key) or 1
        if level.iterations is not None and level.iterations * per * replicas <= limit:
            continue  # a bounded burst that fits in one second: the context around it decides
        if level.kind == "loop" and level.retry_only:
            continue  # repeats only when the call fails (MST104's business): the context around it decides
        if level.kind == "loop" and level.backedge is None:
            continue  # every path leaves it (for attempt in Retrying(...): ... return): once per entry
        break
    else:
        if levels[-1].kind == "loop" and levels[-1].retry_only:
            return NoEstimate("repeats only to retry a failed call")
        if levels[-1].kind == "loop" and levels[-1].backedge is None:
            return NoEstimate("every path leaves the loop")
        burst = (levels[-1].iterations or 0) * per
        return NoEstimate("bounded burst of %s call(s) fits in one second" % fmt_num(burst))
    if level.throttled:
        return NoEstimate("throttled by a limiter")
    if level.feed_unknown:
        return NoEstimate("the loop handing out tasks sleeps for a time the code does not state")
    if level.body.unknown_delay:
        return NoEstimate("sleeps for a time the code does not state")
    if level.kind == "loop" and level.backedge is None:
        return NoEstimate("every path leaves the loop")
    if level.kind == "loop" and level.backedge is not None and math.isinf(level.backedge):
        return NoEstimate("sleeps before repeating for a time the code does not state")
    seconds = level.body.time + settings.latency * level.body.blocking_maybe.get(key, 0)
    if level.kind == "loop" and level.backedge is not None and level.backedge > level.body.delay:
        seconds += level.backedge - level.body.delay  # sleeps on every path that repeats
    stream = math.inf if seconds <= 0 else per / seconds
    if level.task_cap is not None:
        stream = min(stream, level.task_cap)  # each worker is held to the task's rate_limit
    factor = concurrency(level, settings.max_concurrency) if level.kind == "spawn" else 1
    outer_spawns = _running_at_once(levels[i:])
    for outer in outer_spawns:
        factor = min(factor * concurrency(outer, settings.max_concurrency), int(SATURATED))
    rate = _saturate(stream * factor)
    if level.kind == "spawn" and level.feed_time > 0:
        rate = min(rate, per / level.feed_time)  # tasks cannot start faster than the loop hands them out
    if level.cap is not None:
        rate = min(rate, level.cap)
    rate = _saturate(rate * replicas) if rate and replicas else 0.0  # never inf x 0
    how = describe(level, outer_spawns, per, seconds, factor, settings)
    if unknown:
        how += "; the code's region '%s' is unknown, judged in %s (--metastudio-region)" % (
            occ.region, region)
    return RateEstimate(rate, limit, region, level, per, seconds, factor, how, rate > limit)


def _running_at_once(levels: List[Level]) -> List[Level]:
    """The concurrent contexts around ``levels[0]`` whose tasks multiply how
    many calls run at once: those up to the first that queues tasks for the
    task workers (Celery, RQ), which run every task however many hands queue
    them (a task queuing tasks, a pool queuing them, adds none)."""
    if levels[0].kind == "spawn" and levels[0].queued:
        return []
    out = []
    for outer in levels[1:]:
        if outer.kind != "spawn":
            continue
        out.append(outer)
        if outer.queued:
            break
    return out


def _unknown_region(region: str, settings: "Settings") -> bool:
    """A region id from the code that the limits table does not know (and is not the configured one)."""
    if settings.table is None or region == settings.region:
        return False
    return region not in tables.views(settings.table).known_regions


def _saturate(rate: float) -> float:
    """Huge rates stay finite; only "nothing waits" (inf) stays unbounded."""
    return rate if math.isinf(rate) else min(rate, SATURATED)


def describe(level: Level, outer_spawns: List[Level], per: float, seconds: float, factor: int,
             settings: "Settings") -> str:
    body = level.body
    waits = body.blocking_always
    parts = []
    if waits <= 1 and per <= 1:
        parts.append("%s s per call" % fmt_num(settings.latency))
    else:
        calls = max(waits, per)
        parts.append("%s SDK call%s x %s s" % (fmt_num(calls), "" if calls == 1 else "s", fmt_num(settings.latency)))
    slept = body.delay
    if level.kind == "loop" and level.backedge is not None and level.backedge > slept:
        parts.append("%s s sleep before each repeat" % fmt_num(level.backedge))
    else:
        parts.append("%s s sleep" % fmt_num(slept) if slept else "no delay")
    if seconds <= 0:
        parts = ["nothing in it waits or sleeps"]
    timing = ", ".join(parts)
    if level.kind == "spawn":
        lead = level.label
        if level.sem:
            lead += ", Semaphore(%d)" % level.sem
        text = "%s, %s per task" % (lead, timing)
        if level.task_cap is not None and (seconds <= 0 or per / seconds > level.task_cap):
            text += "; the task's rate_limit holds each worker to %s/s" % fmt_num(level.task_cap)
    else:
        text = timing
    for outer in outer_spawns:
        text += "; inside %s" % outer.label
    if settings.replicas > 1:
        text += "; x%d replicas" % settings.replicas
    if level.cap is not None:
        text += "; capped by a rate limiter at %s/s" % fmt_num(level.cap)
    return text
