"""MST102: concurrency within the limit.

Where the pool's bound (``max_workers=``, ``processes=``, ...) is an integer
literal and a smaller bound keeps the rate within the limit, it becomes the
largest such bound: ``floor(limit x seconds per task / (calls per task x
replicas))``.  Otherwise the work is paced: a sleep at the top of the loop
that hands the tasks out (tasks cannot start faster than they are handed
out), or, for ``pool.map(task, items)`` on a pool of known size, at the top
of the task (each worker runs its tasks one after another).  Tasks started
all at once from a comprehension (``gather(*[...])``, a thread per item)
cannot be paced by a sleep: no fix there."""
import math
from typing import TYPE_CHECKING, Any

import libcst as cst

from flake8_metastudio import knowledge as K
from flake8_metastudio.analysis import values as V
from flake8_metastudio.analysis.rates import concurrency
from flake8_metastudio.fixes.model import UNSAFE, Edit, Fix, Proposal
from flake8_metastudio.fixes.pacing import LOOPS, label, pace
from flake8_metastudio.fixes.source import NoFix, Source
from flake8_metastudio.formatting import fmt_num

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.findings import Finding


def _executor(src: Source, call: Any) -> Any:
    """The pool ``call`` (``pool.submit(...)``, ``pool.map(...)``) hands work to, and its scope."""
    func = getattr(call, "func", None)
    if not isinstance(func, cst.Attribute) or not (K.is_pool_method(func.attr.value)):
        return None, None
    scope = src.scope_of_call(call)
    if scope is None:
        return None, None
    value = src.facts.inferrer.infer(func.value, V.Context(scope))
    return (value if isinstance(value, V.Executor) else None), scope


def plan(src: Source, finding: "Finding") -> Proposal:
    est = finding.basis["estimate"]
    level = est.level
    settings = src.facts.settings
    # a loop inside concurrent workers runs one call at a time: the workers around it multiply
    here = concurrency(level, settings.max_concurrency) if level.kind == "spawn" else 1
    outer = max(1, est.concurrency // max(1, here))
    replicas = settings.replicas
    comment = '%s ("%s"): %s allows %s/s (metastudio-lint %s)' % (
        label(finding), finding.api or label(finding), est.region, fmt_num(est.limit), finding.code)
    executor, scope = _executor(src, level.report)
    if executor is not None and executor.size_node is not None and level.cap is None \
            and executor.workers is not None and here == min(executor.workers, level.iterations or executor.workers):
        if est.seconds > 0 and not math.isinf(est.rate):
            bound = int(math.floor(est.limit * est.seconds / (est.calls * replicas * outer) + 1e-9))
            if 1 <= bound < here:
                return _lower(src, finding, executor.size_node, bound)
    if isinstance(level.node, LOOPS):
        delay = est.calls * replicas * outer / est.limit
        return pace(src, finding.code, level.node, delay, comment, weight_key="feed")
    if isinstance(level.node, cst.CompFor) or level.workers is None:
        raise NoFix("the tasks are all started at once (%s): a sleep cannot pace them; hand them out from a "
                    "for loop or share one rate limiter (%s/s)" % (level.label, fmt_num(est.limit / replicas)))
    if isinstance(level.report, cst.Call):
        task = _task(src, level.report, scope)
        if task is not None:
            delay = est.calls * replicas * here * outer / est.limit
            return pace_task(src, finding.code, task, delay, comment)
        raise NoFix("the task is not a function defined in this module, where a pause could go")
    raise NoFix("no literal pool bound to lower and no loop to pace")


def _lower(src: Source, finding: "Finding", literal: cst.Integer, bound: int) -> Proposal:
    def build() -> Fix:
        start, end = src.range(literal)
        return Fix(finding.code, UNSAFE, "lower the pool's bound from %s to %d" % (literal.value, bound),
                   (Edit(start, end, str(bound)),))

    build()
    return Proposal(("bound", id(literal)), -bound, build)


def _task(src: Source, call: cst.Call, scope: Any) -> Any:
    """The FunctionDef of the task handed to ``pool.map(task, ...)`` / ``submit(task, ...)``."""
    if scope is None or not call.args:
        return None
    value = src.facts.inferrer.infer(call.args[0].value, V.Context(scope))
    if isinstance(value, V.FuncRef) and value.scope is not None and isinstance(value.scope.node, cst.FunctionDef):
        return value.scope.node
    return None


def pace_task(src: Source, code: str, function: cst.FunctionDef, delay: float, comment: str) -> Proposal:
    return pace(src, code, function, delay, comment, weight_key="task",
                message="each task sleeps %s s first, so the pool's workers keep the limit")
