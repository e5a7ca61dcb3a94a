"""Evaluate code for its effect on MetaStudio (see ``effects``).

Every function is evaluated once as an entry point and again, memoised per
binding of its parameters, wherever the module calls it or hands it to a
pool, thread or executor, so SDK calls inside helpers are seen with the
client, region and repeated context of each caller.
"""
import math
from typing import TYPE_CHECKING, Any, cast, Dict, Iterator, List, Optional, Sequence, Set, Tuple

import libcst as cst

from flake8_metastudio.analysis import rest, tables
from flake8_metastudio import knowledge as K
from flake8_metastudio.analysis import values as V
from flake8_metastudio.analysis.effects import (EMPTY, Dispatch, Level, Occ, RetryMark, Summary,
                                                alternatives, join)
from flake8_metastudio.analysis.index import ModuleIndex, Scope
from flake8_metastudio.analysis.syntax import (arg_value, body_statements, children, dotted_name,
                                               flat_statements, is_constant_true, keyword_arg,
                                               last_name, positional_args)

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from flake8_metastudio.catalog import Catalog, SdkMethod
    from flake8_metastudio.limits import ApiRow
    from flake8_metastudio.options import Settings

# A cycle of functions calling one another is solved as a whole (see
# _solve): its members are evaluated again, each time one of their callees in
# the cycle gains something, until nothing changes.  Each member is evaluated
# at most this many times; a cycle that needs more is cut short and ``explain``
# says so at the call sites reached through it.
MAX_SOLVE_EVALUATIONS = 64
# Distinct parameter bindings evaluated per function, counted apart for each
# set of functions bound to its parameters (a decorator's wrapper is evaluated
# once per function it wraps: the 1,000 decorated functions of a module are
# 1,000 sets, each of them a function in the source); past the bound, the
# context-free result.  The number of sets per function is bounded by the
# functions of the module.
MAX_CONTEXTS = 16
# sets of exact node types (LibCST's node classes are final: tests/test_node_types.py)
_LEAVES = frozenset({cst.Name, cst.Integer, cst.Float, cst.Imaginary, cst.SimpleString, cst.Ellipsis})
_COMPOUND = frozenset({cst.If, cst.For, cst.While, cst.With, cst.Try, cst.TryStar, cst.Match})
_COMPS = frozenset({cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp})
_CHAINS = frozenset({cst.ConcatenatedString, cst.BooleanOperation, cst.BinaryOperation})
_OWN_SCOPES = frozenset({cst.FunctionDef, cst.ClassDef, cst.Lambda})  # code that runs elsewhere
_LOOPS = frozenset({cst.For, cst.While})


class Evaluator:
    def __init__(self, index: ModuleIndex, inferrer: V.Inferrer, catalog: "Catalog", settings: "Settings") -> None:
        self.index = index
        self.inf = inferrer
        self.catalog = catalog
        self.settings = settings
        self.latency = settings.latency
        self._memo: Dict[tuple, Summary] = {}  # complete summaries of (function, bindings)
        # Calls are followed depth first; a cycle of calls is found the way
        # Tarjan's algorithm finds strongly connected components: each
        # function being evaluated has its position in the call stack
        # (_active); an evaluation that calls back into one of them notes the
        # outermost position it reached (_low).  A function that reached a
        # caller still being evaluated is not final: it waits in _open (with
        # that position) and _component until the outermost function of the
        # cycle finishes, which then solves the whole component at once.
        self._active: Dict[tuple, int] = {}
        self._low: Optional[int] = None
        self._open: Dict[tuple, int] = {}
        self._component: List[tuple] = []  # (key, scope, env) of open functions, in the order they finished
        # while a component is being solved: each member's current summary,
        # and which members read which (to evaluate again what changed)
        self._approx: Dict[tuple, Summary] = {}
        self._reads: Optional[Set[tuple]] = None
        self._recursions: Dict[tuple, Tuple[Summary, Summary]] = {}  # member -> (summary, as a recursion sees it)
        self._current: Optional[tuple] = None  # the function being evaluated
        self._calls: Dict[Optional[tuple], List[tuple]] = {}  # function -> functions it calls (not memoised then)
        self._loop_facts: Dict[Any, Any] = {}  # per loop node: assignments, back edges, exits
        self._matcher: Optional[rest.RestMatcher] = None
        self._contexts: Dict[int, Dict[tuple, set]] = {}  # function -> functions bound -> contexts seen
        self._activation: Any = "module"  # the function evaluation in progress (or the module's body)
        self._activations = 0
        self._stmts: Dict[tuple, Summary] = {}  # (compound statement, activation) -> effect
        # every SDK call site in each region (and way of knowing it) it is
        # made in, as first met: what the rules that judge a call site itself
        # read (MST201, MST301), however the summaries merged it (_retop)
        self.sites: Dict[tuple, Occ] = {}
        self.cut_cycles: List[str] = []  # functions of the cycles whose solving hit MAX_SOLVE_EVALUATIONS

    # -- entry ------------------------------------------------------------------
    def run(self) -> List[Occ]:
        root = self.index.root
        module_body = flat_statements(self.index.module.body)
        occs = list(self.eval_block(module_body, V.Context(root)).occs)
        for cls in self.index.classes:
            # a class body runs once, where the class is defined (a loop there runs at import)
            if any(type(stmt) in _COMPOUND for stmt in body_statements(cls.node)):
                occs.extend(self.eval_block(body_statements(cls.node), V.Context(cls.scope)).occs)
        for scope in self.index.functions:
            occs.extend(self.invoke(V.FuncRef(scope), {}, V.Context(scope)).occs)
        # the call sites (in a region) that merging left out of every summary
        known = {(id(o.sdk_node), o.region) for o in occs}
        return occs + [o for o in self.sites.values() if (id(o.sdk_node), o.region) not in known]

    def eval_function(self, scope: Scope, env: Dict[str, V.Value]) -> Summary:
        key = (id(scope), V.env_key(env))
        memo = self._memo.get(key)
        if memo is not None:
            return memo
        if env:
            # a bounded number of contexts per function keeps recursion that
            # fans out (tree walks) linear; past it, the context-free result
            groups = self._contexts.setdefault(id(scope), {})
            group = _callables_bound(env)
            seen = groups.get(group)
            if seen is None:
                if len(groups) >= max(MAX_CONTEXTS, len(self.index.functions)):
                    return self.eval_function(scope, {})
                seen = groups[group] = set()
            if key not in seen and len(seen) >= MAX_CONTEXTS:
                return self.eval_function(scope, {})
            seen.add(key)
        self._calls.setdefault(self._current, []).append(key)
        approx = self._approx.get(key)
        if approx is not None:
            # a member of the cycle being solved, called from within the
            # cycle: a recursion, which may or may not happen on a given run
            # (its call sites count, as calls that may be made)
            if self._reads is not None:
                self._reads.add(key)
            if approx is EMPTY:
                return approx
            seen_as = self._recursions.get(key)
            if seen_as is None or seen_as[0] is not approx:
                seen_as = self._recursions[key] = (approx, _recursion(approx, self.latency))
            return seen_as[1]
        pos = self._active.get(key)
        if pos is None:
            pos = self._open.get(key)
        if pos is not None:
            # a cycle: what this call adds is found when the cycle is solved
            if self._low is None or pos < self._low:
                self._low = pos
            return EMPTY
        outer_low, self._low = self._low, None
        position = len(self._active)
        first_open = len(self._component)
        self._active[key] = position
        try:
            result = self._evaluate(scope, env)
        finally:
            del self._active[key]
        low = self._low
        if low is not None and low < position:
            # it reached a caller still being evaluated: solved with that caller's cycle
            self._open[key] = low
            self._component.append((key, scope, env))
        elif len(self._component) > first_open:
            # the outermost function of a cycle: solve the cycle (all open since it started)
            members = [(key, scope, env)] + self._component[first_open:]
            del self._component[first_open:]
            for member in members[1:]:
                del self._open[member[0]]
            result = self._solve(members)[key]
            low = None
        else:
            self._memo[key] = result
            low = None
        if outer_low is not None:
            low = outer_low if low is None else min(low, outer_low)
        self._low = low
        return result

    def _evaluate(self, scope: Scope, env: Dict[str, V.Value]) -> Summary:
        """One evaluation of a function's body, with its own activation (the
        statement cache is per activation)."""
        outer_activation, outer_current = self._activation, self._current
        self._activations += 1
        self._activation = self._activations
        self._current = (id(scope), V.env_key(env))
        try:
            ctx = V.Context(scope, env)
            if scope.kind == "lambda":
                return self.eval_expr(scope.node.body, ctx)
            return self.eval_block(body_statements(scope.node), ctx)
        finally:
            self._activation, self._current = outer_activation, outer_current

    def _solve(self, members: List[tuple]) -> Dict[tuple, Summary]:
        """The summaries of a cycle of functions (a strongly connected
        component of the call graph), found together and memoised.

        Each member starts as doing nothing and is evaluated with the current
        summaries of the members it calls; a member whose summary changes
        (new call sites, contexts or flags) makes the members that read it be
        evaluated again, until nothing changes.  The members are taken
        callees first, in the order of a walk of the cycle's calls from the
        member first in the source, so the answer does not depend on which of
        them the analysis happened to enter first (and most members are
        evaluated once or twice).  A call that goes round the cycle
        back into a loop already around a call site does not repeat that
        loop again (see ``loop``), which keeps the summaries finite."""
        members = sorted(members, key=lambda m: _scope_order(m[1]) + (repr(m[0][1]),))
        keys = _callees_first([m[0] for m in members], self._calls)
        by_key = {m[0]: m for m in members}
        members = [by_key[k] for k in keys]
        position = {k: i for i, k in enumerate(keys)}
        outer_approx, outer_reads = self._approx, self._reads
        self._approx = dict(outer_approx)
        for k in keys:
            self._approx[k] = EMPTY
        readers: Dict[tuple, Set[tuple]] = {k: set() for k in keys}
        nothing = _signature(EMPTY)
        signatures: Dict[tuple, Any] = {k: nothing for k in keys}
        evaluations: Dict[tuple, int] = {k: 0 for k in keys}
        todo = list(keys)
        queued = set(keys)
        cut = False
        try:
            while todo:
                k = todo.pop(0)
                queued.discard(k)
                if evaluations[k] >= MAX_SOLVE_EVALUATIONS:
                    cut = True
                    continue
                evaluations[k] += 1
                _, scope, env = members[position[k]]
                self._reads = set()
                summary = self._evaluate(scope, env)
                for read in self._reads:
                    if read in readers:
                        readers[read].add(k)
                signature = _signature(summary)
                self._approx[k] = summary
                if signatures[k] != signature:
                    signatures[k] = signature
                    for reader in sorted(readers[k], key=position.__getitem__):
                        if reader not in queued:
                            queued.add(reader)
                            todo.append(reader)
        finally:
            solved = {k: self._approx[k] for k in keys}
            self._approx, self._reads = outer_approx, outer_reads
        if cut:
            names = sorted({m[1].name or "<lambda>" for m in members})
            self.cut_cycles.append(", ".join(names[:5]) + (" ..." if len(names) > 5 else ""))
            note = ("cut short: a cycle of %d functions (%s) needs more than %d evaluations of one of them; "
                    "calls reached through it may be missed"
                    % (len(names), self.cut_cycles[-1], MAX_SOLVE_EVALUATIONS))
            for k in keys:
                solved[k] = solved[k].with_occs([o.copy(bound=o.bound or note) for o in solved[k].occs])
        self._memo.update(solved)
        return solved

    # -- statements ---------------------------------------------------------------
    def eval_block(self, stmts: Sequence[Any], ctx: V.Context) -> Summary:
        acc = Summary()
        waits = None  # name -> last statement that waits for it, computed when first needed
        for i, stmt in enumerate(stmts):
            effect = self.eval_stmt(stmt, ctx)
            if type(stmt) in _JUMPS or ((type(stmt) is cst.SimpleStatementLine or type(stmt) is cst.SimpleStatementSuite)
                                        and any(type(small) in _JUMPS for small in stmt.body)):
                acc.seq(effect)
                break  # what follows `continue`, `return`, `raise` in the same block never runs
            if effect is EMPTY:
                continue
            if effect.occs and any(o.dispatch is not None for o in effect.occs):
                name = _assigned_name(stmt)
                if name is not None:
                    if waits is None:
                        waits = _last_waits(stmts)
                    if waits.get(name, -1) > i:
                        effect = _settle(effect)  # fut = client.x_async(req); fut.result(): one at a time
            if type(stmt) is cst.If and acc.occs and _checks_throttling(stmt.test):
                # `if resp.status_code == 429: continue`: the calls before it are retried;
                # so they are after `if resp.status_code != 429: return ...` closing the body
                body = body_statements(stmt)
                if _is_negated(stmt.test):
                    retried = i == len(stmts) - 1 and stmt.orelse is None  # throttled: round again
                else:
                    retried = _contains_continue(body) or (i == len(stmts) - 1 and not _always_exits(body))
                if retried:
                    mark = RetryMark("a 429/APIGW.0308 response", effect.any_delay, stmt)
                    acc.occs = [o if o.retry is not None else o.copy(retry=mark) for o in acc.occs]
            acc.seq(effect)
        return acc

    def eval_stmt(self, stmt: Any, ctx: V.Context) -> Summary:
        tp = type(stmt)
        if tp in _COMPOUND:
            # a block is read twice (its effect, then the paths round an
            # enclosing loop): once per activation, or nested loops cost k**2
            key = (id(stmt), self._activation)
            done = self._stmts.get(key)
            if done is None:
                done = self._stmts[key] = self._eval_compound(stmt, tp, ctx)
            return done
        if tp is cst.SimpleStatementLine or tp is cst.SimpleStatementSuite:
            if len(stmt.body) == 1:
                return self.eval_small(stmt.body[0], ctx)
            return join(*[self.eval_small(small, ctx) for small in stmt.body])
        # a small statement of a flattened line; def, class: nothing runs until called
        return self.eval_small(stmt, ctx)

    def _eval_compound(self, stmt, tp, ctx) -> Summary:
        if tp is cst.If:
            # an elif chain, read along (not by recursion: 1,000 elifs are fine)
            chain = [stmt]
            while isinstance(chain[-1].orelse, cst.If):
                chain.append(chain[-1].orelse)
            tests = [self.eval_expr(node.test, ctx) for node in chain]
            branches = [self.eval_block(body_statements(node), ctx) for node in chain]
            orelse = chain[-1].orelse
            tail = EMPTY if orelse is None else self.eval_block(body_statements(orelse), ctx)
            if all(t is EMPTY for t in tests[1:]):
                # choosing among branches is associative: one flat choice
                return join(tests[0], alternatives(branches + [tail]))
            acc = tail  # an elif test that calls the SDK runs only when the tests before it fail
            for test, branch in zip(reversed(tests), reversed(branches)):
                acc = join(test, alternatives([branch, acc]))
            return acc
        if tp is cst.For:
            pre = self.eval_expr(stmt.iter, ctx)
            body = self.eval_block(body_statements(stmt), ctx)
            paced = self._generator_pacing(stmt.iter, ctx)
            if paced is not None:
                body = Summary().seq(paced).seq(body)
            label = "async for loop" if stmt.asynchronous else "for loop"
            out = self.loop(stmt, ctx, pre, body, self.iterations(stmt.iter, ctx), label, stmt.target)
            if stmt.orelse is not None:
                out.seq(self.eval_block(body_statements(stmt.orelse), ctx))
            return out
        if tp is cst.While:
            body = Summary().seq(self.eval_expr(stmt.test, ctx)).seq(self.eval_block(body_statements(stmt), ctx))
            out = self.loop(stmt, ctx, EMPTY, body, None, "while loop", None)
            if stmt.orelse is not None:  # runs once, when the test fails
                out.seq(self.eval_block(body_statements(stmt.orelse), ctx))
            return out
        if tp is cst.With:
            return self.eval_with(stmt, ctx)
        if tp is cst.Try or tp is cst.TryStar:
            return self.eval_try(stmt, ctx)
        if tp is cst.Match:
            acc = Summary().seq(self.eval_expr(stmt.subject, ctx))
            cases = [self.eval_block(body_statements(c), ctx) for c in stmt.cases]
            return acc.seq(alternatives(cases + [EMPTY]))
        return EMPTY

    def eval_small(self, small: Any, ctx: V.Context) -> Summary:
        tp = type(small)
        if tp is cst.Expr:
            return self.eval_expr(small.value, ctx)
        if tp is cst.Assign:
            value = self.eval_expr(small.value, ctx)
            # futures[pool.submit(...)] = ...
            targets = [self.eval_expr(t.target, ctx) for t in small.targets if type(t.target) is not cst.Name]
            return join(value, *targets) if targets else value
        if tp is cst.AugAssign or tp is cst.AnnAssign or tp is cst.Return:
            value = small.value
            return self.eval_expr(value, ctx) if value is not None else EMPTY
        if tp is cst.Raise:
            return EMPTY
        if tp is cst.Assert:
            return self.eval_expr(small.test, ctx)
        return EMPTY

    def eval_with(self, stmt: cst.With, ctx: V.Context) -> Summary:
        acc = Summary()
        cap, throttled, sem = None, False, None
        bound: Dict[str, V.Value] = {}
        for item in stmt.items:
            acc.seq(self.eval_expr(item.item, ctx, waited=stmt.asynchronous is not None))
            v = self.inf.infer(item.item, ctx)
            target = item.asname.name if item.asname is not None else None
            if type(target) is cst.Name and v is not V.UNKNOWN and target.value not in ctx.env \
                    and len(ctx.scope.assigns.get(target.value, ())) > 1:
                # `with ThreadPool(8) as pool:` ... `with ThreadPool(2) as pool:`: in each body the
                # name is its own with's object (the name's other assignments are other code's)
                bound[target.value] = v
            if isinstance(v, V.Limiter):
                if v.cap is not None:
                    cap = v.cap if cap is None else min(cap, v.cap)
                else:
                    throttled = True
            elif isinstance(v, V.Semaphore):
                if v.n is not None:
                    sem = v.n if sem is None else min(sem, v.n)
            elif _looks_like_limiter(item.item):
                throttled = True
        inner = V.Context(ctx.scope, dict(ctx.env, **bound), ctx.depth) if bound else ctx
        body = self.eval_block(body_statements(stmt), inner)
        if cap is not None or throttled or sem is not None:
            body = body.with_occs([_guard(o, cap, throttled, sem) for o in body.occs])
            if throttled:
                body.throttled = True
            if cap is not None:
                body.cap = cap if body.cap is None else min(body.cap, cap)
        return acc.seq(body)

    def eval_try(self, stmt: Any, ctx: V.Context) -> Summary:
        body = self.eval_block(body_statements(stmt), ctx)
        handlers = []
        mark = None
        for h in stmt.handlers:
            hs = self.eval_block(body_statements(h), ctx)
            handlers.append(hs)
            caught = self.catches_sdk_error(h, ctx)
            handler_body = body_statements(h)
            if caught and (not _always_exits(handler_body) or _contains_continue(handler_body)):
                has_delay = hs.any_delay or mark is not None and mark.has_delay
                mark = RetryMark(caught, has_delay, h)
        if mark is not None:
            body = body.with_occs([o if o.retry is not None else o.copy(retry=mark) for o in body.occs])
        acc = Summary().seq(body)
        if handlers:
            acc.seq(alternatives(handlers + [EMPTY]))
        if stmt.orelse is not None:
            acc.seq(self.eval_block(body_statements(stmt.orelse), ctx))
        if stmt.finalbody is not None:
            acc.seq(self.eval_block(body_statements(stmt.finalbody), ctx))
        return acc

    def catches_sdk_error(self, handler: cst.ExceptHandler, ctx: V.Context) -> Optional[str]:
        """Name of the error an except clause handles when it may be
        throttling (APIGW.0308 is a ClientRequestException, status 429 a REST
        status error; their bases and ``Exception`` include them), or the
        throttling check it makes.  Connection and timeout errors are not
        throttling: retrying them at once is no MST104."""
        types = []
        t = handler.type
        if isinstance(t, cst.Tuple):
            types = [e.value for e in t.elements]
        elif t is not None:
            types = [t]
        if t is None:
            return "any error (a bare except)"
        for node in types:
            name = dotted_name(node) or ""
            if K.may_be_throttling(name, self.inf.qualname(node, ctx.scope) or ""):
                return K.leaf(name)
        # a handler of other errors that checks for throttling explicitly
        return _checks_throttling(handler.body)

    # -- loops --------------------------------------------------------------------
    def iterations(self, iterable: Any, ctx: V.Context) -> Optional[int]:
        """Statically known number of iterations: range() of constants, literal
        sequences and module constants holding them."""
        if isinstance(iterable, cst.Call):
            name = dotted_name(iterable.func)
            args = positional_args(iterable)
            if name == "range" and 1 <= len(args) <= 3 and len(args) == len(iterable.args):
                found = [self.inf.const_number(a.value, ctx) for a in args]
                if any(n is None or math.isinf(n) or not float(n).is_integer() for n in found):
                    return None  # unknown, or range(10**100): unbounded for our purposes
                nums = [int(n) for n in found if n is not None]
                start, stop, step = (0, nums[0], 1) if len(nums) == 1 else (nums[0], nums[1], nums[2] if len(nums) == 3 else 1)
                if step == 0:
                    return None
                try:
                    return max(0, len(range(start, stop, step)))
                except OverflowError:
                    return None  # range(10**100): unbounded for our purposes
            if name in ("enumerate", "reversed", "sorted", "list", "tuple") and args:
                return self.iterations(args[0].value, ctx)
            func = iterable.func
            if type(func) is cst.Attribute and func.attr.value in ("items", "keys", "values") and not iterable.args:
                return self.iterations(func.value, ctx)  # SITES.items(): one per entry
            if name == "zip" and args:
                counts = [self.iterations(a.value, ctx) for a in args]
                known = [c for c in counts if c is not None]
                return min(known) if len(known) == len(counts) else None
            return None
        if type(iterable) is cst.Subscript and len(iterable.slice) == 1 and type(iterable.slice[0].slice) is cst.Slice:
            return self._sliced(iterable, iterable.slice[0].slice, ctx)
        v = self.inf.infer(iterable, ctx)
        if isinstance(v, V.Seq):
            return v.length
        if isinstance(v, V.Container):
            node = v.node
            if v.length is None and type(node) in _COMPS and node.for_in.inner_for_in is None and not node.for_in.ifs:
                # [Worker(i) for i in range(4)]: one entry per element of what it runs over
                return self.iterations(node.for_in.iter, ctx)
            return v.length  # a literal list or dict of clients (None: entries added at run time)
        if isinstance(v, V.Const) and isinstance(v.value, str):
            return len(v.value)
        return None

    def _sliced(self, iterable: cst.Subscript, part: cst.Slice, ctx: V.Context) -> Optional[int]:
        """``items[:3]``, ``items[2:10]``, ``items[1:]``: at most the slice's
        length when its bounds are stated, the whole's less the start when
        that is known; None otherwise (a step, negative bounds)."""
        if part.step is not None:
            return None
        bounds = []
        for bound in (part.lower, part.upper):
            n = self.inf.const_number(bound, ctx) if bound is not None else None
            if bound is not None and (n is None or math.isinf(n) or not float(n).is_integer() or n < 0):
                return None
            bounds.append(int(n) if n is not None else None)
        lower, upper = bounds[0] or 0, bounds[1]
        whole = self.iterations(iterable.value, ctx)
        if upper is None:
            return max(0, whole - lower) if whole is not None else None
        return max(0, min(upper, whole) - lower) if whole is not None else max(0, upper - lower)

    def loop(self, node: Any, ctx: V.Context, pre: Summary, body: Summary, n: Optional[int], label: str,
             target: Any) -> Summary:
        wrapped = []
        retrying = self._retry_iterator(node, ctx)
        for occ in body.occs:
            if _repeated_by(occ, node):
                wrapped.append(occ)  # reached again round a cycle of calls inside this loop: repeated once
                continue
            if occ.dispatch is not None:
                d = occ.dispatch
                level = _level("spawn", node, d.label, n, d.task, d.workers, occ)
                level.task_cap = d.task_cap
                level.queued = d.queued
                # the loop handing out tasks paces them with what it waits for and sleeps
                feed_sleep, _ = self.backedge_delay(node, ctx)
                level.feed_time = body.time + max(0.0, (feed_sleep or 0.0) - body.delay)
                level.feed_unknown = body.unknown_delay or (feed_sleep is not None and math.isinf(feed_sleep))
                wrapped.append(occ.copy(levels=occ.levels + [level], dispatch=None, retry=None))
                continue
            level = _level("loop", node, label, n, body, None, occ)
            level.backedge, level.retry_only = self.backedge_delay(node, ctx)
            if retrying is not None:
                level.retry_only = True  # the iterator goes round only when the attempt failed
                if not retrying.has_delay:
                    level.retry = level.retry or retrying  # ... at once: MST104
            if occ.retry is not None or _only_retry_loops(occ.levels):
                self._record_repetition(level, occ, node, body, ctx, target)
            wrapped.append(occ.copy(levels=occ.levels + [level], retry=None))
        if retrying is not None and retrying.has_delay:
            seen = body  # for attempt in Retrying(wait=...): once, normally
        elif isinstance(node, (cst.For, cst.While)) and (self.backedge_delay(node, ctx)[1] or retrying is not None):
            # a retry loop: from outside, its calls normally happen once, and what it does
            # after `if resp.status_code != 429: return resp` (a back-off) only when throttled
            seen = self._normal_pass(node, ctx) or body
        else:
            seen = body.scaled(n) if n is not None else body.optional()
        seen = seen.with_occs(wrapped)
        if n is not None:
            # a known number of tasks handed out here is normally waited for
            # (results collected, gather awaited): their rounds take time
            seen.time += _rounds_time(body.occs, n)
        return Summary().seq(pre).seq(seen)

    def _retry_iterator(self, node: Any, ctx: V.Context) -> Optional[RetryMark]:
        """``for attempt in Retrying(...)``: a retry mark (waiting when the
        iterator is given a ``wait=``), else None."""
        if type(node) is not cst.For or type(node.iter) is not cst.Call:
            return None
        qn = self.inf.qualname(node.iter.func, ctx.scope) or ""
        keyword = K.RETRY_ITERATORS.get(qn)
        if keyword is None:
            return None
        waits = keyword_arg(node.iter, keyword) is not None
        return RetryMark("any error (%s has no %s=)" % (K.leaf(qn), keyword), waits, node.iter)

    def _normal_pass(self, node: Any, ctx: V.Context) -> Optional[Summary]:
        """One pass of a retry loop up to its way out when the call was not
        throttled (``if resp.status_code != 429: return resp``), without the
        back-off after it; None when the loop has no such way out."""
        stmts = body_statements(node)
        for k, stmt in enumerate(stmts):
            if type(stmt) is cst.If and stmt.orelse is None and _checks_throttling(stmt.test) \
                    and _is_negated(stmt.test) and _always_exits(body_statements(stmt)):
                head = self.eval_expr(node.test, ctx) if type(node) is cst.While else EMPTY
                return Summary().seq(head).seq(self.eval_block(stmts[:k + 1], ctx))
        return None

    def _record_repetition(self, level: Level, occ: Occ, node: Any, body: Summary, ctx: Any, target: Any) -> None:
        """What MST103 and MST104 read: whether the loop goes round again at
        once with the call's arguments unchanged, the failure it catches
        around the call, and whether it has a way out (a condition it polls
        for).  The rules decide what that makes."""
        if body.delay > 0 or body.unknown_delay or not isinstance(node, (cst.For, cst.While)):
            return  # a comprehension or map() never polls nor retries: it runs once per item
        if level.backedge is None or level.backedge > 0:
            return
        if not self.invariant(occ.top, node, ctx, target):
            return
        level.unchanged = True
        if occ.retry is not None:
            level.caught = occ.retry
            return
        if _only_retry_loops(occ.levels):  # a poll around a retry helper polls too
            level.until = self.loop_exits(node)

    def backedge_delay(self, loop_node: Any, ctx: V.Context) -> Tuple[Optional[float], bool]:
        """(least sleep on any path that goes round the loop again, whether
        every such path is a retry).  The sleep is inf when every such path
        sleeps for a time the code does not state, None when no path goes
        round again.  A retry path is one through an except clause or a
        throttling check (429, APIGW.0308): such a loop repeats only when a
        call fails."""
        # the sleeps may come from this call's arguments, or from a cycle
        # being solved: one answer per activation of the function
        key = ("backedges", id(loop_node), self._activation)
        if key in self._loop_facts:
            return self._loop_facts[key]
        result: Tuple[Optional[float], bool]
        if not isinstance(loop_node, (cst.For, cst.While)):
            result = (0.0, False)  # a comprehension, map(): every item runs the whole body
        else:
            edges: List[tuple] = []
            end = self._paths(body_statements(loop_node), (0.0, False), edges, ctx)
            if end is not None:
                edges.append(end)
            result = (min(e[0] for e in edges), all(e[1] for e in edges)) if edges else (None, False)
        self._loop_facts[key] = result
        return result

    def _paths(self, stmts: Sequence[Any], state: Optional[Tuple[float, bool]], edges: List[Tuple[float, bool]],
               ctx: V.Context) -> Optional[Tuple[float, bool]]:
        """Walk ``stmts`` from ``state`` (seconds slept on this path, whether it
        went through a retry branch); record each ``continue`` in ``edges``;
        return the state at fall-through (least sleep, retry only if every
        branch was), or None when no path falls through."""
        for stmt in stmts:
            if state is None:
                return None
            tp = type(stmt)
            if tp is cst.SimpleStatementLine or tp is cst.SimpleStatementSuite:
                state = self._paths(stmt.body, state, edges, ctx)
            elif tp is cst.Continue:
                edges.append(state)
                return None
            elif tp is cst.Break or tp is cst.Return or tp is cst.Raise:
                return None
            elif tp is cst.If:
                branches, node, rest = [], stmt, state
                while True:  # along the elif chain
                    retry = (state[0], True) if _checks_throttling(node.test) else rest
                    if retry is not rest and _is_negated(node.test):
                        # `if status != 429: ...`: the branches after it are the throttled ones
                        retry, rest = rest, retry
                    branches.append(self._paths(body_statements(node), retry, edges, ctx))
                    orelse = node.orelse
                    if isinstance(orelse, cst.If):
                        node = orelse
                        continue
                    branches.append(rest if orelse is None else
                                    self._paths(body_statements(orelse), rest, edges, ctx))
                    break
                state = _merge(branches)
            elif tp is cst.Try or tp is cst.TryStar:
                after = self._paths(body_statements(stmt), state, edges, ctx)
                if stmt.orelse is not None and after is not None:
                    after = self._paths(body_statements(stmt.orelse), after, edges, ctx)
                outs = [after] + [self._paths(body_statements(h), (state[0], True), edges, ctx)
                                  for h in stmt.handlers]
                joined = _merge(outs)
                if stmt.finalbody is not None:
                    fin = self._paths(body_statements(stmt.finalbody), joined or state, edges, ctx)
                    joined = fin if joined is not None else None
                state = joined
            elif tp is cst.With:
                state = self._paths(body_statements(stmt), state, edges, ctx)
            elif tp is cst.Match:
                state = _merge([self._paths(body_statements(c), state, edges, ctx) for c in stmt.cases] + [state])
            else:
                state = _after(state, self.eval_stmt(stmt, ctx))
        return state

    def loop_exits(self, node: Any) -> bool:
        """Whether the loop can end other than by running out of items (once
        per loop: a loop of many polled calls asks for each)."""
        key = ("exits", id(node))
        found = self._loop_facts.get(key)
        if found is None:
            found = _loop_exits(node)
            self._loop_facts[key] = found
        return found

    def invariant(self, call: cst.Call, loop_node: Any, ctx: V.Context, target: Any) -> bool:
        """Whether the arguments of ``call`` are the same on every iteration of the loop."""
        facts = self._loop_facts.get(id(loop_node))
        if facts is None:
            facts = _loop_assignments(loop_node)
            self._loop_facts[id(loop_node)] = facts
        assigned, mutated, called = facts
        loop_targets = set()
        if target is not None:
            loop_targets = {n.value for n in _walk_code([target]) if isinstance(n, cst.Name)}
        seen: Set[str] = set()

        def variant_name(name: str) -> bool:
            if name in loop_targets or name in mutated:
                return True
            if name in called and not self._own_methods(name, called[name], ctx):
                return True  # ``items.append(x)``: a container changed in place
            if name not in assigned or name in seen:
                return False
            seen.add(name)
            return any(v is None or variant_expr(v) for v in assigned[name])

        def variant_expr(expr: Any) -> bool:
            for n in _walk_code([expr]):
                if isinstance(n, cst.Name) and variant_name(n.value):
                    return True
                if isinstance(n, cst.Call) and not self._steady_call(n, ctx):
                    return True  # its arguments are walked next
            return False

        nodes = [a.value for a in call.args] if isinstance(call, cst.Call) else [call]
        try:
            if any(variant_expr(n) for n in nodes):
                return False
            # a different client each time round (a failover over endpoints) is no retry of the same call
            receiver = call.func.value if isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) else None
            return receiver is None or not any(isinstance(n, cst.Name) and variant_name(n.value)
                                               for n in _walk_code([receiver]))
        finally:
            # the two closures refer to each other (and to self, so to the whole tree):
            # emptying their cells leaves no cycle for the collector to find later
            del variant_name, variant_expr

    def _steady_call(self, call: cst.Call, ctx: V.Context) -> bool:
        """Whether ``call`` gives the same result for the same arguments: an SDK
        request class, a builtin other than ``next``/``input``, or a function
        of the code whose own body changes nothing (``_headers(token)``,
        ``self._url(job_id)``) and calls nothing that differs from call to call
        (a clock, a random source, an iterator)."""
        qn = self.inf.qualname(call.func, ctx.scope) or ""
        if qn.startswith(K.SDK_ROOT):
            return True
        if qn.startswith("<builtin>."):
            return qn not in K.CHANGING_BUILTINS
        if qn.startswith(K.CHANGING_MODULES):
            return False
        func = self.inf.infer(call.func, ctx)
        if not isinstance(func, V.FuncRef) or func.partial_args or func.partial_kwargs:
            return False
        return self._steady_function(func.scope)

    def _steady_function(self, scope: Any) -> bool:
        key = ("steady", id(scope))
        found = self._loop_facts.get(key)
        if found is None:
            found = self._loop_facts[key] = self._changes_nothing(scope)
        return found

    def _changes_nothing(self, scope: Any) -> bool:
        """A function (not a generator, no ``global``/``nonlocal``) that sets no
        attribute or item and calls nothing from ``K.CHANGING_*``; the calls it
        makes are judged by name only (one level: a helper of a helper that
        keeps a counter is not seen)."""
        node = scope.node
        if scope.kind not in ("function", "lambda") or scope.globals:
            return False
        for n in _walk_code([node.body]):
            tp = type(n)
            if tp in _CHANGES_STATE:
                return False
            if tp is cst.Assign and any(type(t.target) is not cst.Name for t in n.targets):
                return False
            if (tp is cst.AugAssign or tp is cst.AnnAssign) and type(n.target) is not cst.Name:
                return False
            if tp is cst.Call:
                qn = self.inf.qualname(n.func, scope) or ""
                if qn in K.CHANGING_BUILTINS or qn.startswith(K.CHANGING_MODULES):
                    return False
                func = n.func
                if type(func) is cst.Attribute and func.attr.value in K.MUTATING_METHODS:
                    return False
        return True

    def eval_comp(self, comp: Any, ctx: V.Context) -> Summary:
        if isinstance(comp, cst.DictComp):
            elt = Summary().seq(self.eval_expr(comp.key, ctx)).seq(self.eval_expr(comp.value, ctx))
        else:
            elt = self.eval_expr(comp.elt, ctx)
        fors = []
        f = comp.for_in
        while f is not None:
            fors.append(f)
            f = f.inner_for_in
        inner = elt
        for f in reversed(fors):
            if f.ifs:
                test = Summary()
                for cond in f.ifs:
                    test.seq(self.eval_expr(cond.test, ctx))
                inner = Summary().seq(test).seq(alternatives([inner, EMPTY]))
            pre = self.eval_expr(f.iter, ctx) if f is fors[0] else EMPTY
            kind = "generator expression" if isinstance(comp, cst.GeneratorExp) else "comprehension"
            inner = self.loop(f, ctx, pre, inner, self.iterations(f.iter, ctx), kind, f.target)
        return inner

    # -- expressions ------------------------------------------------------------------
    def eval_expr(self, expr: Any, ctx: V.Context, waited: bool = False) -> Summary:
        if expr is None:
            return EMPTY
        tp = type(expr)
        if tp in _LEAVES:
            return EMPTY
        if tp in _CHAINS:
            return self._eval_chain(expr, ctx)
        if tp is cst.Call:
            return self.eval_call(expr, ctx, waited)
        if tp is cst.Await:
            return self.eval_expr(expr.expression, ctx, waited=True)
        if tp is cst.Lambda or tp is cst.FunctionDef:
            return EMPTY
        if tp in _COMPS:
            return self.eval_comp(expr, ctx)
        if tp is cst.IfExp:
            return join(self.eval_expr(expr.test, ctx),
                        alternatives([self.eval_expr(expr.body, ctx), self.eval_expr(expr.orelse, ctx)]))
        acc = None
        for child in children(expr):
            s = self.eval_expr(child, ctx)
            if s is not EMPTY:
                acc = (acc or Summary()).seq(s)
        return acc or EMPTY

    def _eval_chain(self, expr: Any, ctx: V.Context) -> Summary:
        """Implicit string concatenation, `or`/`and` and binary-operator chains,
        which LibCST nests one level per operand, evaluated without recursing
        along the chain."""
        operands, stack, first = [], [expr], True
        while stack:
            cur = stack.pop()
            if type(cur) is type(expr) and (first or type(cur) is not cst.BooleanOperation
                                            or type(cur.operator) is type(expr.operator)):
                stack.append(cur.right)
                stack.append(cur.left)
                first = False
            else:
                operands.append(cur)
        if type(expr) is cst.BooleanOperation:
            # only the first operand always runs
            return join(self.eval_expr(operands[0], ctx),
                        *[alternatives([self.eval_expr(o, ctx), EMPTY]) for o in operands[1:]])
        return join(*[self.eval_expr(o, ctx) for o in operands])

    def eval_args(self, call: cst.Call, ctx: V.Context, skip: Tuple[int, ...] = ()) -> Summary:
        acc = None
        func = call.func
        # ``a.b().c(x)`` and ``make(...)(x)`` (a Celery ``group(...)()``): the inner call runs first
        inner = func.value if type(func) is cst.Attribute and type(func.value) is not cst.Name else \
            func if type(func) is cst.Call else None
        if inner is not None:
            s = self.eval_expr(inner, ctx)
            if s is not EMPTY:
                acc = Summary().seq(s)
        for i, a in enumerate(call.args):
            if i in skip:
                continue
            s = self.eval_expr(a.value, ctx)
            if s is not EMPTY:
                acc = (acc or Summary()).seq(s)
        return acc or EMPTY

    @property
    def matcher(self) -> rest.RestMatcher:
        if self._matcher is None:
            self._matcher = tables.views(self.settings.table).matcher  # one per process and table
        return self._matcher

    def eval_call(self, call: cst.Call, ctx: V.Context, waited: bool = False) -> Summary:
        func = call.func
        # the receiver and method of ``owner.attr(...)`` (or of
        # ``getattr(owner, NAME)(...)`` with NAME a constant); None for other calls
        # exact type checks: LibCST's node classes are final, and isinstance goes through the ABC
        func_type = type(func)
        owner: Optional[cst.BaseExpression] = func.value if func_type is cst.Attribute else None  # type: ignore[attr-defined]
        attr = func.attr.value if func_type is cst.Attribute else None  # type: ignore[attr-defined]
        if func_type is cst.Call and self.inf.qualname(func.func, ctx.scope) == "<builtin>.getattr":  # type: ignore[attr-defined]
            name = self.inf.getattr_name(func, ctx)  # type: ignore[arg-type]
            if name is not None:
                owner, attr = func.args[0].value, name  # type: ignore[attr-defined]
        # fut.result(), async_result.get(), thread.join(): the inner call is waited for
        if attr in ("result", "get", "join") and type(owner) is cst.Call:
            inner = self.eval_call(owner, ctx, waited=True)
            return Summary().seq(inner).seq(self.eval_args_only(call, ctx))
        if attr == "with_retry" and type(owner) is cst.Call:
            return self.invoker_retry(call, ctx, waited)
        qn = self.inf.qualname(func, ctx.scope) if func_type is cst.Name or func_type is cst.Attribute else None
        if qn is None and func_type is cst.Name:
            # snooze = time.sleep; def f(rows, sleep=time.sleep); pause = partial(time.sleep, 1)
            held = self.inf.infer(func, ctx)
            if isinstance(held, V.Symbol) and K.is_sleep(held.qn):
                return self.delay(self._partial_sleep(func.value, ctx) or call, ctx)  # type: ignore[attr-defined]
        if qn is not None:
            if K.is_sleep(qn):
                return self.delay(call, ctx)
            leaf = K.leaf(qn)
            special = self.eval_symbol_call(qn, leaf, call, ctx, waited)
            if special is not None:
                return special
        http = self.http_call(call, qn, attr, owner, ctx, waited)
        if http is not None:
            return http
        recv: Optional[V.Value] = None
        if attr is not None and owner is not None:
            method, suffix = self.catalog.split(attr)
            if method is not None:
                recv = self.inf.infer(owner, ctx)
                # an instance of a class the code defines answers with its own
                # method (below), whatever its name; only what is, or may be,
                # a client makes an SDK call
                user_class = self.inf.is_user_class(recv)
                if user_class and self._opaque_method(recv, attr, ctx) and self.request_matches(call, method, ctx):
                    user_class = False  # a method the class inherits from a base defined elsewhere
                    recv = V.UNKNOWN
                if not user_class:
                    client = recv if isinstance(recv, V.Client) else None
                    if client is None and isinstance(recv, V.Instance):
                        client = self.inf.client_base(recv.info)
                    if client is not None or (recv is V.UNKNOWN and self.request_matches(call, method, ctx)):
                        return Summary().seq(self.eval_args(call, ctx)).seq(
                            self.sdk_call(method, suffix, client, call, ctx, waited, via_request=client is None,
                                          how=self._getattr_how(func, attr)))
                    if not isinstance(self.inf.infer(func, ctx), V.FuncRef):
                        return self.eval_args(call, ctx)
                    # a project function named like the SDK method (``catalog.create_product(client, row)``
                    # of a module ``catalog``): followed as any function below
            if attr in K.CELERY_QUEUE_METHODS:
                recv = recv or self.inf.infer(owner, ctx)
                queued = self.eval_task_queued(attr, recv, owner, call, ctx)
                if queued is not None:
                    return queued
            if attr == "start" and not call.args:
                recv = recv or self.inf.infer(owner, ctx)
                started = self._thread_started(recv, call, ctx)
                if started is not None:
                    return started
            if attr in K.DATAFRAME_APPLY:
                recv = recv or self.inf.infer(owner, ctx)
                if self._frame_method(recv, call):
                    fn = arg_value(call, 0, "func") or arg_value(call, 0, "arg")
                    return self.repeat_callable(fn, None, call, ctx, "%s()" % attr, False, owner=owner)
        target = self.inf.infer(func, ctx)
        if isinstance(target, V.SdkMethodRef):
            return Summary().seq(self.eval_args(call, ctx)).seq(
                self.sdk_call(target.method, target.suffix, target.client, call, ctx, waited,
                              how=self._getattr_how(target.node, target.method.name + target.suffix)))
        if isinstance(target, V.Executor) and target.pool is not None and target.pool.called:
            called = self.eval_called_pool(target, call, ctx)
            if called is not None:
                return called
        if attr is not None and owner is not None:
            if isinstance(target, V.FuncRef) and target.bound_self is not None and attr not in K.LIMITER_ACQUIRES:
                # a method of a class the code defines: followed, even when named like a pool's
                recv = recv or self.inf.infer(owner, ctx)
                return join(self.eval_args(call, ctx), self.call_function(target, call, ctx, waited, recv))
            if attr == "run_in_executor" or K.is_pool_method(attr):
                recv = recv or self.inf.infer(owner, ctx)
                handled = self.eval_pool_call(attr, recv, call, ctx, waited)
                if handled is not None:
                    return handled
            if attr in K.LIMITER_ACQUIRES:
                recv = recv or self.inf.infer(owner, ctx)
                if isinstance(recv, V.Limiter) or _looks_like_limiter(owner) or (
                        isinstance(recv, V.Instance) and K.looks_like_limiter(recv.info.name)):
                    s = Summary()
                    if isinstance(recv, V.Limiter) and recv.cap is not None:
                        s.cap = recv.cap
                    else:
                        s.throttled = True
                    return s
            if attr in K.TASK_METHODS:
                return self.eval_args(call, ctx)
        if isinstance(target, V.FuncRef):
            return join(self.eval_args(call, ctx), self.call_function(target, call, ctx, waited))
        if target is V.UNKNOWN and func_type is cst.Subscript:
            # HANDLERS[kind](...): a table of functions picked by a key the code does not state
            # runs one of them, as the branches of an if/elif would
            refs = self._entry_functions(self.inf.infer(func.value, ctx))  # type: ignore[attr-defined]
            if refs:
                return join(self.eval_args(call, ctx), self._run_one_of(refs, call, ctx, waited))
        if target is V.UNKNOWN and func_type is cst.Name:
            # handler = HANDLERS.get(kind); handler(...): the same, through a name
            refs = self._picked_functions(func.value, ctx)  # type: ignore[attr-defined]
            if refs:
                return join(self.eval_args(call, ctx), self._run_one_of(refs, call, ctx, waited))
        return self.eval_args(call, ctx)

    def _thread_started(self, recv: V.Value, call: cst.Call, ctx: V.Context) -> Optional[Summary]:
        """``worker.start()`` on an instance of a ``threading.Thread`` (or
        ``multiprocessing.Process``) subclass of the code: its ``run()`` runs on
        a thread of its own, as ``Thread(target=...)`` runs its target.  None
        for anything else, or when the class defines its own ``start``."""
        if not isinstance(recv, V.Instance) or isinstance(self.inf.member(recv, "start", None, ctx), V.FuncRef):
            return None
        starter = next((qn for qn in self.inf.base_qualnames(recv.info) if qn in K.THREAD_STARTERS), None)
        run = self.inf.member(recv, "run", None, ctx) if starter is not None else None
        if not isinstance(run, V.FuncRef):
            return None
        task = self.callable_summary(run, [], ctx)
        if task is None:
            return None
        d = Dispatch(None, "a %s per item" % K.leaf(starter or ""), task, call, True)
        return _no_wait(task).with_occs([o.copy(dispatch=o.dispatch or d) for o in _retop(task.occs, call)])

    def _run_one_of(self, refs: List[V.FuncRef], call: cst.Call, ctx: V.Context, waited: bool) -> Summary:
        """A call of one of ``refs`` (a table's functions), as the branches of an
        if/elif would run them: each with this call's arguments; past
        MAX_ENTRIES functions, each once without them (worked out once per
        table, however many calls pick from it), so that a table of thousands
        of handlers costs what its code does and still counts."""
        if len(refs) <= V.MAX_ENTRIES:
            return alternatives([self.call_function(r, call, ctx, waited) for r in refs])
        key = ("table", tuple(id(r.scope) for r in refs))
        summary = self._loop_facts.get(key)
        if summary is None:
            summary = alternatives([self.invoke(r, {}, ctx) for r in refs])
            # one call site per API, region and way of calling stands for the table's others
            # (the functions' own analysis reports on each): a rate found here is placed at
            # this call whichever handler made it, and thousands of them cost what a few do
            shapes: Dict[tuple, Occ] = {}
            for o in summary.occs:
                shapes.setdefault((o.key, o.suffix, o.cap, o.throttled, o.sem, o.dispatch is None, o.retry is None,
                                   len(o.levels)), o)
            summary = self._loop_facts[key] = summary.with_occs(list(shapes.values()))
        return summary.with_occs(_retop(summary.occs, call, None))

    def _picked_functions(self, name: str, ctx: V.Context) -> List[V.FuncRef]:
        """The functions a name may hold when every assignment of it in this
        scope picks an entry of a table of functions (``TABLE[key]``,
        ``TABLE.get(key)``) by a key the code does not state."""
        values = ctx.scope.assigns.get(name) if name not in ctx.env else None
        if not values:
            return []
        refs: List[V.FuncRef] = []
        for value in values:
            value = getattr(value, "value", value)  # a Scoped assignment: its expression
            if type(value) is cst.Subscript:
                table = value.value
            elif type(value) is cst.Call and type(value.func) is cst.Attribute and value.func.attr.value == "get":
                table = value.func.value
            else:
                return []
            picked = self._entry_functions(self.inf.infer(table, ctx))
            if not picked:
                return []
            refs.extend(picked)
        return _distinct_functions(refs)

    def _generator_pacing(self, iterable: Any, ctx: V.Context) -> Optional[Summary]:
        """The sleeps a generator the loop iterates makes between its yields (``for attempt in
        Retry(5):`` with ``__iter__`` sleeping before each new attempt; ``for page in paced(...)``):
        they run once per iteration of the consuming loop.  None when it is no such generator."""
        v = self.inf.infer(iterable, ctx)
        scope: Optional[Scope] = None
        env: Dict[str, V.Value] = {}
        if isinstance(v, V.Instance):
            for cls in self.inf.mro(v.info):
                if "__iter__" in cls.methods:
                    scope = cls.methods["__iter__"]
                    env = {scope.param_order[0]: v} if scope.param_order else {}
                    break
        elif isinstance(iterable, cst.Call):
            callee = self.inf.callee(iterable, ctx)
            if isinstance(callee, V.FuncRef) and callee.scope is not None and callee.scope.kind == "function":
                scope = callee.scope
                env = self.inf.bind_args(callee, iterable, ctx)
        if scope is None or scope.is_async or not isinstance(scope.node, cst.FunctionDef):
            return None
        # the loop that yields itself, not through an inner loop (a page loop that sleeps per page
        # around an item loop that yields without sleeping paces pages, not items)
        loop = next((n for n in _walk_code(body_statements(scope.node)) if type(n) in _LOOPS
                     and any(type(m) is cst.Yield for m in _walk_code(body_statements(n), stop_at_loops=True))),
                    None)
        if loop is None:
            return None
        key = ("generator pacing", id(loop), V.env_key(env))  # once per generator and bindings
        if key in self._loop_facts:
            return self._loop_facts[key]
        self._loop_facts[key] = None  # a generator iterating itself: no pacing of its own
        inner = self.eval_block(body_statements(loop), V.Context(scope, env))
        if not (inner.any_delay or inner.unknown_delay):
            return None  # (kept as None under key)
        paced = Summary()
        paced.any_delay = True
        # a sleep on some rounds only (``if attempt: time.sleep(...)``, before each retry): a
        # delay, of a length per iteration the code does not state
        paced.unknown_delay = inner.unknown_delay or inner.delay <= 0
        paced.delay = paced.time = inner.delay
        self._loop_facts[key] = paced
        return paced

    def _entry_functions(self, table: V.Value) -> List[V.FuncRef]:
        """The distinct functions a dict or list of the code's functions holds
        (none if any entry is not one); once per table the inference made."""
        if not isinstance(table, V.Container) or not table.entries:
            return []
        key = ("entry functions", id(table))
        held = self._loop_facts.get(key)
        if held is None or held[0] is not table:
            held = self._loop_facts[key] = (table, self._functions_of(table))  # the table held: its id stays its own
        return held[1]

    @staticmethod
    def _functions_of(table: V.Container) -> List[V.FuncRef]:
        values = [v for _, v in table.entries]
        if not all(isinstance(v, V.FuncRef) and v.scope is not None for v in values):
            return []
        return _distinct_functions(values)  # type: ignore[arg-type]

    @staticmethod
    def _getattr_how(node: Any, name: str) -> str:
        """How the method was named, when by ``getattr`` (``node`` is then that call)."""
        return "method named by getattr(..., %r)" % name if isinstance(node, cst.Call) else ""

    def _opaque_method(self, recv: V.Value, attr: str, ctx: V.Context) -> bool:
        """``recv.attr`` is nothing the code defines (or only a stub: a Protocol
        or abstract method whose body is ``...``), and the class has a base
        defined elsewhere, is such an interface, or has a class decorator
        (which may add methods)."""
        if not isinstance(recv, V.Instance):
            return False
        got = self.inf.member(recv, attr, None, ctx)
        if isinstance(got, V.FuncRef) and got.scope is not None and _is_stub(got.scope.node):
            return True
        if got is not V.UNKNOWN:
            return False
        if any(getattr(cls.node, "decorators", None) for cls in self.inf.mro(recv.info)):
            return True  # a class decorator may add it (@forwards("create_product", ...) with setattr)
        return any(not (isinstance(b, cst.Name) and self.index.lookup_class(b.value, cls.scope.parent) is not None)
                   and (dotted_name(b) or "").rpartition(".")[2] not in V.ADDS_NO_METHODS
                   for cls in self.inf.mro(recv.info) for b in cls.bases)

    def _own_methods(self, name: str, methods: Set[str], ctx: V.Context) -> bool:
        """``name`` is an object of a class the project defines, and the class
        (or a base) defines each of ``methods``: ``svc.update(...)`` is then its
        own method (say, a wrapper of an SDK call), not ``dict.update``."""
        recv = self.inf.infer_name(name, ctx)
        return self.inf.is_user_class(recv) and all(
            isinstance(self.inf.member(recv, m, None, ctx), V.FuncRef) for m in methods)

    def _frame_method(self, recv: V.Value, call: cst.Call) -> bool:
        """``df.apply(f)`` / ``series.map(f)``: on a frame, or on an object
        the code does not say, in a module using pandas, with one callable and
        no iterable (a pool's ``map(f, items)`` has two)."""
        if isinstance(recv, V.Frame):
            return True
        return recv is V.UNKNOWN and self._uses_frames() and len(positional_args(call)) == 1

    def _uses_frames(self) -> bool:
        found = self._loop_facts.get("frames")
        if found is None:
            found = self._loop_facts["frames"] = any(
                (q + ".").startswith(K.DATAFRAME_LIBRARIES) for q in self.index.root.imports.values())
        return bool(found)

    def invoker_retry(self, call: cst.Call, ctx: V.Context, waited: bool) -> Summary:
        """``client.x_invoker(req).with_retry(cond, n, BackoffStrategies.NONE)``:
        the SDK retries at once, with no backoff."""
        inner = self.eval_expr(cast(cst.Attribute, call.func).value, ctx, waited)
        strategy = arg_value(call, 2, "backoff_strategy")
        name = (dotted_name(strategy.func if isinstance(strategy, cst.Call) else strategy) or "") \
            if strategy is not None else ""
        if not name.endswith(K.NO_BACKOFF_STRATEGIES):
            return Summary().seq(inner).seq(self.eval_args_only(call, ctx))
        mark = RetryMark("an error, by with_retry(backoff_strategy=%s)" % K.leaf(name), False, call)
        occs = []
        for o in inner.occs:
            if "invoker" in o.suffix and not o.levels:
                level = _level("loop", call, "invoker with_retry", None, inner, None, o)
                level.retry, level.retry_only = mark, True
                o = o.copy(levels=[level])
            occs.append(o)
        return inner.with_occs(occs)

    def eval_args_only(self, call: cst.Call, ctx: V.Context) -> Summary:
        acc = None
        for a in call.args:
            s = self.eval_expr(a.value, ctx)
            if s is not EMPTY:
                acc = (acc or Summary()).seq(s)
        return acc or EMPTY

    def eval_symbol_call(self, qn: str, leaf: str, call: cst.Call, ctx: V.Context, waited: bool) -> Optional[Summary]:
        """Calls of imported functions that dispatch work concurrently."""
        if qn in K.TO_THREAD:
            fn = arg_value(call, 0)
            rest = [a.value for a in positional_args(call)[1:]]
            out = self.dispatch_callable(fn, rest, call, ctx, waited, None, "asyncio.to_thread (default executor)")
            limiter = keyword_arg(call, "limiter")  # anyio/trio run_sync(fn, limiter=CapacityLimiter(n))
            held = self.inf.infer(limiter, ctx) if limiter is not None else V.UNKNOWN
            if isinstance(held, V.Semaphore) and held.n is not None:
                out = out.with_occs([_guard(o, None, False, held.n) for o in out.occs])
            return out
        if qn in K.THREAD_STARTERS:
            keyword, position = K.THREAD_STARTERS[qn]
            fn = keyword_arg(call, keyword) or arg_value(call, position)
            rest = _packed(keyword_arg(call, "args")) or []
            label = "a %s per item" % leaf
            return self.dispatch_callable(fn, rest, call, ctx, False, None, label, unbounded=True)
        if qn in K.ASYNCIO_TASKS:
            inner_waited = waited or qn in K.ASYNCIO_RUNS
            acc = Summary()
            for a in call.args:
                direct = not a.star and isinstance(a.value, cst.Call)
                s = self.eval_expr(a.value, ctx, waited=inner_waited and direct)
                if waited and direct and qn in K.ASYNCIO_SETTLES:
                    s = _settle(s)
                acc.seq(s)
            return acc
        if leaf in ("partial",) and qn.startswith("functools"):
            return self.eval_args(call, ctx, skip=(0,))
        if qn in K.SEQUENTIAL_MAPS:
            label, star = K.SEQUENTIAL_MAPS[qn]
            pos = [a.value for a in positional_args(call)]
            if len(pos) >= 2:
                return self.repeat_callable(pos[0], pos[1:], call, ctx, label, star)
            return None
        if qn in K.CELERY_GROUPS:
            return self.eval_task_group(qn, call, ctx)
        if qn in K.CELERY_CHAINS:
            return self.eval_task_chain(call, ctx)
        return None

    def eval_pool_call(self, attr: str, recv: V.Value, call: cst.Call, ctx: V.Context,
                       waited: bool) -> Optional[Summary]:
        executor = recv if isinstance(recv, V.Executor) and recv.hands_over(attr) else None
        if executor is None and attr not in K.SUBMIT_METHODS and attr not in K.MAP_METHODS \
                and attr != "run_in_executor":
            return None  # a method only some pools have (start_soon), on something else
        if attr == "run_in_executor":
            ex_node = arg_value(call, 0)
            ex = self.inf.infer(ex_node, ctx) if ex_node is not None else V.UNKNOWN
            label = ex.label if isinstance(ex, V.Executor) else "run_in_executor (default executor)"
            workers = ex.workers if isinstance(ex, V.Executor) else None
            pos = [a.value for a in positional_args(call)]
            return self.dispatch_callable(pos[1] if len(pos) > 1 else None, pos[2:], call, ctx, waited,
                                          workers, label)
        shift = 1 if executor is not None and executor.pool is not None and attr in executor.pool.shifted else 0
        fn = arg_value(call, shift, {"submit": "fn", "enqueue": "f"}.get(attr, "func"))
        positional: List[Any] = [a.value for a in positional_args(call)]
        if attr == "enqueue_call":  # enqueue_call(func=f, args=(x,))
            packed = _packed(keyword_arg(call, "args"))
            positional = [fn] + (packed if packed is not None else positional[1:])
        sample = (positional[shift + 1] if len(positional) > shift + 1 else None) if attr not in K.MAP_METHODS \
            else _element_of(arg_value(call, 1, "iterable"), ctx)
        fref = self.callable_ref(fn, sample, ctx)
        if executor is None and not isinstance(fref, (V.FuncRef, V.SdkMethodRef)):
            return None
        label = executor.label if executor else "%s pool" % attr
        workers = executor.workers if executor else None
        queued = executor is not None and executor.pool is not None and executor.pool.queue
        if queued:
            workers = self.settings.task_workers
            label = "%s (%d, --metastudio-worker-concurrency)" % (label, workers)  # RQ workers (32, ...)
        if attr in K.MAP_METHODS:
            iterable = arg_value(call, 1, "iterable")
            n = self.iterations(iterable, ctx) if iterable is not None else None
            pre = self.eval_expr(iterable, ctx) if iterable is not None else EMPTY
            spawned = self.spawn_each(call, fref, [], n, workers, label + ".%s" % attr, ctx, pre, queued=queued)
            return spawned if spawned is not None else self.eval_args(call, ctx)
        rest = positional[shift + 1:]
        if attr in K.BLOCKING_SUBMITS and not queued:
            return self.dispatch_callable(fn, rest, call, ctx, True, workers, label)
        return self.dispatch_callable(fn, rest, call, ctx, waited, workers, label, queued=queued)

    def callable_ref(self, fn: Any, sample_arg: Any, ctx: V.Context) -> V.Value:
        """What a callable handed to a pool/thread/executor is; ``client.m``
        on an unknown receiver counts when the argument it will get is the
        matching request object."""
        fref = self.inf.infer(fn, ctx) if fn is not None else V.UNKNOWN
        if fref is V.UNKNOWN and isinstance(fn, cst.Attribute) and sample_arg is not None:
            method, suffix = self.catalog.split(fn.attr.value)
            if method is not None and self.inf.infer(fn.value, ctx) is V.UNKNOWN:
                req = self.inf.infer(sample_arg, ctx)
                if isinstance(req, V.Request) and req.method.name == method.name:
                    return V.SdkMethodRef(None, method, suffix, fn)
        return fref

    def dispatch_callable(self, fn: Any, args: Sequence[Any], call: cst.Call, ctx: V.Context, waited: bool,
                          workers: Optional[int], label: str, unbounded: bool = False,
                          task_cap: Optional[float] = None, queued: bool = False) -> Summary:
        fref = self.callable_ref(fn, args[0] if args else None, ctx)
        pre = self.eval_args_only(call, ctx)
        task = self.callable_summary(fref, args, ctx)
        if task is None:
            return pre
        occs = _retop(task.occs, call)
        if waited:
            return Summary().seq(pre).seq(task.with_occs(occs))
        d = Dispatch(workers, label, task, call, unbounded, task_cap, queued)
        out = _no_wait(task).with_occs([o.copy(dispatch=o.dispatch or d) for o in occs])
        return Summary().seq(pre).seq(out)

    def spawn_each(self, call: cst.Call, fref: V.Value, args: Sequence[Any], n: Optional[int],
                   workers: Optional[int], label: str, ctx: V.Context, pre: Summary,
                   task_cap: Optional[float] = None, queued: bool = False) -> Optional[Summary]:
        """``call`` runs ``fref(*args)`` once per item (``n`` of them when
        known) on ``workers`` at a time and returns when all have run:
        ``pool.map``, ``joblib.Parallel(...)(...)``, a Celery ``group``."""
        task = self.callable_summary(fref, args, ctx)
        if task is None:
            return None
        wrapped = []
        for occ in task.occs:
            if _repeated_by(occ, call):
                wrapped.append(occ)  # reached again round a cycle of calls inside this call: repeated once
                continue
            level = _level("spawn", call, label, n, task, workers, occ, report=call)
            level.task_cap = task_cap
            level.queued = queued
            wrapped.append(occ.copy(top=call, levels=occ.levels + [level], dispatch=None, retry=None))
        issued = _no_wait(task.scaled(n) if n is not None else task.optional())
        if n is not None:  # returns when every task has run
            issued.time = _rounds(n, workers) * task.time
        return Summary().seq(pre).seq(issued.with_occs(wrapped))

    def repeat_callable(self, fn: Any, iterables: Optional[Sequence[Any]], call: cst.Call, ctx: V.Context,
                        label: str, star: bool, owner: Any = None) -> Summary:
        """``map(f, items)``, ``filter``, ``itertools.starmap``, ``df.apply(f)``:
        ``f`` runs once per element, one after another (``iterables`` None: the
        rows of the frame ``owner``, a number the code does not state)."""
        iterable = iterables[0] if iterables else None
        sample = _element_of(iterable, ctx) if iterable is not None else None
        args: List[Any]
        if star:
            args = [e.value for e in sample.elements] if isinstance(sample, (cst.Tuple, cst.List)) else []
        else:
            args = [sample] if sample is not None else []
            args += [_element_of(more, ctx) for more in (iterables or [])[1:]]
        fref = self.callable_ref(fn, args[0] if args else None, ctx) if fn is not None else V.UNKNOWN
        task = self.callable_summary(fref, [a for a in args if a is not None], ctx)
        pre = Summary()
        if owner is not None and not isinstance(owner, cst.Name):
            pre.seq(self.eval_expr(owner, ctx))
        for it in iterables or []:
            pre.seq(self.eval_expr(it, ctx))
        if task is None:
            return join(pre, self.eval_args_only(call, ctx))
        occs = _retop(task.occs, call)
        if isinstance(fref, V.FuncRef) and fref.scope is not None and fref.scope.is_async:
            # map(coroutine_fn, items): coroutines, run as tasks by whoever gathers them
            d = Dispatch(None, "asyncio tasks (gather/create_task)", task, call, unbounded=True)
            body = _no_wait(task).with_occs([o.copy(dispatch=o.dispatch or d) for o in occs])
        else:
            body = task.with_occs(occs)
        n = self.iterations(iterable, ctx) if iterable is not None else None
        return self.loop(call, ctx, pre, body, n, label, None)

    def eval_called_pool(self, executor: V.Executor, call: cst.Call, ctx: V.Context) -> Optional[Summary]:
        """``Parallel(n_jobs=n)(delayed(f)(x) for x in items)``."""
        gen = arg_value(call, 0)
        task = self._comprehended_task(gen, ctx, self._delayed)
        if task is None:
            return None
        fn, args, n, pre = task
        fref = self.callable_ref(fn, args[0] if args else None, ctx)
        return self.spawn_each(call, fref, args, n, executor.workers, executor.label, ctx, pre)

    def _comprehended_task(self, gen: Any, ctx: V.Context, unpack) -> Optional[tuple]:
        """(callable, arguments, number of items, effect of the iterable) of
        a generator or list of tasks written as ``X(f)(x) for x in items``
        (``unpack`` reads one element); a literal list of them counts too, and
        a variable assigned one of these."""
        if isinstance(gen, cst.Name):
            held = [v for v in ctx.scope.assigns.get(gen.value, ())
                    if isinstance(v, (cst.GeneratorExp, cst.ListComp, cst.List, cst.Tuple))]
            gen = held[0] if len(held) == 1 else gen
        if isinstance(gen, (cst.GeneratorExp, cst.ListComp)):
            found = unpack(gen.elt, ctx)
            if found is None:
                return None
            f = gen.for_in
            n = self.iterations(f.iter, ctx) if f.inner_for_in is None and not f.ifs else None
            return found[0], found[1], n, self.eval_expr(f.iter, ctx)
        if isinstance(gen, (cst.List, cst.Tuple)) and gen.elements:
            found = unpack(gen.elements[0].value, ctx)
            if found is None:
                return None
            return found[0], found[1], len(gen.elements), EMPTY
        return None

    def _delayed(self, elt: Any, ctx: V.Context) -> Optional[tuple]:
        """``delayed(f)(x, y)`` -> (f, [x, y])."""
        if isinstance(elt, cst.Call) and isinstance(elt.func, cst.Call) and elt.func.args \
                and self.inf.qualname(elt.func.func, ctx.scope) in K.JOBLIB_DELAYED:
            return elt.func.args[0].value, [a.value for a in positional_args(elt)]
        return None

    # -- task queues ------------------------------------------------------------------
    def celery_task(self, fref: V.Value) -> Optional[Tuple[Optional[float], str, str]]:
        """(per-worker rate cap from ``rate_limit=`` (inf: one the code does
        not state, a throttle of unknown rate), how it reads, which queue) when
        ``fref`` is a function made a Celery task (or an RQ job: ``@job``) by
        its decorator; else None."""
        if not isinstance(fref, V.FuncRef) or fref.scope is None:
            return None
        scope = fref.scope
        dctx = V.Context(scope.parent or scope)
        for deco in scope.decorators:
            call = deco if isinstance(deco, cst.Call) else None
            head = call.func if call is not None else deco
            qn = self.inf.qualname(head, dctx.scope) or ""
            if qn in K.RQ_JOB_DECORATORS:
                return None, "", "RQ"
            is_task = qn in K.CELERY_TASK_DECORATORS
            if not is_task and isinstance(head, cst.Attribute) and head.attr.value == "task":
                app = self.inf.infer(head.value, dctx)
                is_task = isinstance(app, V.TaskApp) or (app is V.UNKNOWN or isinstance(app, V.Symbol)) and any(
                    q.split(".")[0] == "celery" for q in self.index.root.imports.values())
            if not is_task:
                continue
            limit = keyword_arg(call, "rate_limit") if call is not None else None
            if limit is None or (isinstance(limit, cst.Name) and limit.value == "None"):
                return None, "", "Celery"
            cap = self._celery_rate(limit, dctx)
            if cap is None and not _no_rate_limit(self.inf.infer(limit, dctx)):
                # a rate_limit the code does not state (settings, a typo): throttled on purpose
                return math.inf, "rate_limit=%s" % _shown_code(limit), "Celery"
            shown = "rate_limit=%r" % _rate_text(self.inf.infer(limit, dctx)) if cap is not None else ""
            return cap, shown, "Celery"
        return None

    def _celery_rate(self, node: Any, ctx: V.Context) -> Optional[float]:
        v = self.inf.infer(node, ctx)
        if isinstance(v, V.Const) and isinstance(v.value, (int, float)) and not isinstance(v.value, bool):
            return float(v.value) if v.value > 0 else None
        if isinstance(v, V.Const) and isinstance(v.value, str):
            text = v.value.strip()
            number, _, unit = text.partition("/")
            try:
                n = float(number)
            except ValueError:
                return None
            seconds = K.RATE_UNITS.get(unit.strip() or "s")
            return n / seconds if seconds and n > 0 else None
        return None

    def _task_label(self, system: str, primitive: str, shown: str) -> str:
        """How a task-queue fan-out reads in messages and explain (``shown``: the task's rate_limit)."""
        return "%s %s%s on %d workers (--metastudio-worker-concurrency)" % (
            system, primitive, " with " + shown if shown else "", self.settings.task_workers)

    def eval_task_queued(self, attr: str, recv: V.Value, owner: Any, call: cst.Call,
                         ctx: V.Context) -> Optional[Summary]:
        """``task.delay(x)`` / ``task.apply_async((x,))``: one run of a Celery
        task on the workers, not waited for."""
        signature = self._task_signature(owner, ctx)  # task.s(x).delay(): the signature's arguments
        if signature is not None:
            owner, bound = signature
            recv = self.inf.infer(owner, ctx)
        found = self.celery_task(recv)
        if found is None:
            return None
        cap, shown, system = found
        throttled = cap is not None and math.isinf(cap)
        if signature is not None:
            args = bound
        elif attr == "delay":
            args = [a.value for a in positional_args(call)]
        else:
            args = _packed(arg_value(call, 0, "args")) or []
        out = self.dispatch_callable(owner, args, call, ctx, False, self.settings.task_workers,
                                     self._task_label(system, "task.%s()" % attr, shown),
                                     task_cap=None if throttled else cap, queued=True)
        return out.with_occs([_guard(o, None, True, None) for o in out.occs]) if throttled else out

    def eval_task_group(self, qn: str, call: cst.Call, ctx: V.Context) -> Optional[Summary]:
        """``group(task.s(x) for x in items)``: every signature runs at once on the workers."""
        gen = arg_value(call, 0, "tasks")
        task = self._comprehended_task(gen, ctx, self._task_signature)
        if task is None:
            return None
        fn, args, n, pre = task
        fref = self.inf.infer(fn, ctx)
        found = self.celery_task(fref)
        if found is None:
            return None
        cap, shown, system = found
        throttled = cap is not None and math.isinf(cap)
        out = self.spawn_each(call, fref, args, n, self.settings.task_workers,
                              self._task_label(system, "%s(...)" % K.leaf(qn), shown), ctx, pre,
                              task_cap=None if throttled else cap, queued=True)
        if out is not None and throttled:
            out = out.with_occs([_guard(o, None, True, None) for o in out.occs])
        return out

    def eval_task_chain(self, call: cst.Call, ctx: V.Context) -> Optional[Summary]:
        """``chain(task.si(x) for x in items)``: the tasks run one after another,
        like a loop over the items (each starts when the previous one ended)."""
        task = self._comprehended_task(arg_value(call, 0, "tasks"), ctx, self._task_signature)
        if task is None:
            return None
        fn, args, n, pre = task
        fref = self.inf.infer(fn, ctx)
        if self.celery_task(fref) is None:
            return None
        body = self.callable_summary(fref, args, ctx)
        if body is None:
            return None
        return self.loop(call, ctx, pre, body.with_occs(_retop(body.occs, call)), n, "chain()", None)

    def _task_signature(self, elt: Any, ctx: V.Context) -> Optional[tuple]:
        """``task.s(x, y)`` -> (task, [x, y])."""
        if isinstance(elt, cst.Call) and isinstance(elt.func, cst.Attribute) \
                and elt.func.attr.value in K.CELERY_SIGNATURES:
            return elt.func.value, [a.value for a in positional_args(elt)]
        return None

    def callable_summary(self, fref: V.Value, args: Sequence[Any], ctx: V.Context) -> Optional[Summary]:
        """What one invocation of a callable does (a module function, lambda,
        bound method, partial, or an SDK method of a client)."""
        if isinstance(fref, V.SdkMethodRef):
            return self.sdk_call(fref.method, fref.suffix, fref.client, fref.node, ctx, True)
        if isinstance(fref, V.FuncRef):
            return self.invoke(fref, self.inf.bind_args(fref, None, ctx, extra_args=args), ctx)
        return None

    def invoke(self, ref: V.FuncRef, env: Dict[str, V.Value], ctx: V.Context) -> Summary:
        """One call of a module function, through what its decorators make of it:
        a wrapper defined in this module (a hand-written retry loop, say) runs
        around it; library decorators (ratelimit, tenacity, limiters) are applied
        to its summary."""
        if not ref.undecorated and ref.scope.decorators:
            wrapper = self.decorator_wrapper(ref, env)
            if wrapper is not None:
                summary = self.eval_function(wrapper.scope, dict(wrapper.closure))
                named = any(_looks_like_limiter(d.func if isinstance(d, cst.Call) else d) for d in ref.scope.decorators)
                if named and (summary.any_delay or summary.throttled):
                    # a hand-written throttle (@throttle(5) that sleeps as needed)
                    summary = summary.with_occs([_guard(o, None, True, None) for o in summary.occs])
                    summary.throttled = True
                return summary
        return self.apply_decorators(ref.scope, self.eval_function(ref.scope, env), ctx)

    def decorator_wrapper(self, ref: V.FuncRef, env: Dict[str, V.Value]) -> Optional[V.FuncRef]:
        inner = V.FuncRef(ref.scope, ref.bound_self, closure=dict(env), undecorated=True, receiver=ref.receiver)
        current = inner
        dctx = V.Context(ref.scope.parent or ref.scope)
        for deco in reversed(ref.scope.decorators):  # the one nearest the def applies first
            made = self.inf.infer(deco, dctx)
            if not isinstance(made, V.FuncRef) or made.scope is None or made.scope.kind != "function":
                continue
            denv = self.inf.bind_args(made, None, dctx, extra_args=(current,))
            result = self.inf.function_result(made.scope, denv, 0)
            if isinstance(result, V.FuncRef) and result.scope is not None and result.scope is not made.scope:
                current = result
        return None if current is inner else current

    def call_function(self, ref: V.FuncRef, call: cst.Call, ctx: V.Context, waited: bool,
                      receiver: Optional[V.Value] = None) -> Summary:
        summary = self.invoke(ref, self.inf.bind_args(ref, call, ctx), ctx)
        if summary is EMPTY or (not summary.occs and not summary.calls_always and not summary.calls_maybe
                                and not summary.time and not summary.throttled and not summary.any_delay):
            return summary
        step = None
        if isinstance(receiver, V.Instance) and not _own_self(call, ctx.scope):
            # for explain: the instance a method of the code's class was called on (not self.m())
            step = "%s.%s() on %s" % (receiver.info.name, ref.scope.name, receiver.how)
        occs = _retop(summary.occs, call, step)
        if ref.scope.is_async and not waited:
            # a coroutine created and not awaited here: it runs as a task (gather, create_task)
            d = Dispatch(None, "asyncio tasks (gather/create_task)", summary, call, unbounded=True)
            return _no_wait(summary).with_occs([o.copy(dispatch=o.dispatch or d) for o in occs])
        return summary.with_occs(occs)

    def apply_decorators(self, scope: Scope, summary: Summary, ctx: V.Context) -> Summary:
        if not scope.decorators or not summary.occs:
            return summary
        cap, throttled, retry = None, False, None
        for deco in scope.decorators:
            call = deco if isinstance(deco, cst.Call) else None
            head = call.func if call is not None else deco
            qn = self.inf.qualname(head, scope.parent or scope) or ""
            leaf = K.leaf(qn) if qn else (last_name(head) or "")
            limiter_lib = K.library_of(qn, K.RATE_LIMIT_DECORATORS)
            retry_lib = K.library_of(qn, K.RETRY_LIBRARIES)
            if limiter_lib is not None and leaf in K.RATE_LIMIT_DECORATORS[limiter_lib] and call is not None:
                # the arguments are names of the decorated function's module (CALLS from its settings), not the caller's
                c = self._ratelimit_cap(call, V.Context(scope.parent or scope))
                if c is not None:
                    cap = c if cap is None else min(cap, c)
                continue
            if limiter_lib is not None:
                continue
            if retry_lib is not None:
                judged = K.RETRY_LIBRARIES[retry_lib]
                waits = judged is not None and call is not None and keyword_arg(call, judged[1]) is not None
                if judged is not None and leaf == judged[0] and not waits and not self._retries_only_connection(call, scope):
                    retry = RetryMark("any error (%s @%s has no %s=)" % (retry_lib, leaf, judged[1]), False, deco)
                continue
            v = self.inf.infer(head, V.Context(scope.parent or scope))
            if isinstance(v, V.FuncRef):
                # a decorator of the project: a wrapper it defines is evaluated instead (invoke); one
                # that hands the function to ratelimit (sleep_and_retry(limits(calls=n)(fn))) caps it
                c = self._cap_built_by(deco, scope)
                if c is not None:
                    cap = c if cap is None else min(cap, c)
                continue
            owner = head.value if isinstance(head, cst.Attribute) else None
            if isinstance(v, V.Limiter) or _looks_like_limiter(head) or (
                    owner is not None and (_looks_like_limiter(owner)
                                           or isinstance(self.inf.infer(owner, V.Context(scope.parent or scope)), V.Limiter))):
                throttled = True
        if cap is None and not throttled and retry is None:
            return summary
        occs = []
        for o in summary.occs:
            o = _guard(o, cap, throttled, None)
            if retry is not None and not o.levels:
                level = Level("loop", deco, "tenacity @retry", None, summary, None, o.top)
                level.retry, level.retry_only = retry, True
                o = o.copy(levels=[level])
            occs.append(o)
        out = summary.with_occs(occs)
        out.throttled = out.throttled or throttled
        return out

    def _ratelimit_cap(self, call: cst.Call, ctx: V.Context) -> Optional[float]:
        """Calls per second of ratelimit's ``limits(calls=n, period=p)``, with its defaults."""
        default_calls, default_period = K.RATE_LIMIT_DEFAULTS
        calls = self.inf.const_number(arg_value(call, 0, "calls"), ctx) or default_calls
        period_node = arg_value(call, 1, "period")
        period = self.inf.const_number(period_node, ctx) if period_node is not None else default_period
        return calls / period if period else None

    def _cap_built_by(self, deco: Any, scope: Scope) -> Optional[float]:
        """The tightest ratelimit cap a project decorator wraps the function in: ``def
        throttled(calls): def deco(fn): return sleep_and_retry(limits(calls=calls)(fn))``,
        its arguments read with the bindings the decorator was made with."""
        made = self.inf.infer(deco, V.Context(scope.parent or scope))
        if not isinstance(made, V.FuncRef) or made.scope is None:
            return None
        ctx = V.Context(made.scope, dict(made.closure))
        caps = []
        for call in made.scope.calls:
            qn = self.inf.qualname(call.func, made.scope) or ""
            lib = K.library_of(qn, K.RATE_LIMIT_DECORATORS)
            if lib is not None and K.leaf(qn) in K.RATE_LIMIT_DECORATORS[lib]:
                c = self._ratelimit_cap(call, ctx)
                if c is not None:
                    caps.append(c)
        return min(caps) if caps else None

    def _retries_only_connection(self, call: Optional[cst.Call], scope: Scope) -> bool:
        """``@retry(retry=retry_if_exception_type((ConnectionException, ...)))``:
        the library retries only errors a throttled call never raises."""
        cond = keyword_arg(call, "retry") if call is not None else None
        if not isinstance(cond, cst.Call) or K.leaf(dotted_name(cond.func) or "") != "retry_if_exception_type" \
                or not cond.args:
            return False
        arg = cond.args[0].value
        types = [e.value for e in arg.elements] if isinstance(arg, (cst.Tuple, cst.List)) else [arg]
        where = scope.parent or scope
        return all(not K.may_be_throttling(dotted_name(t) or "", self.inf.qualname(t, where) or "") for t in types)

    def http_call(self, call: cst.Call, qn: Optional[str], attr: Optional[str], owner: Optional[cst.BaseExpression],
                  ctx: V.Context, waited: bool) -> Optional[Summary]:
        """A requests/httpx/aiohttp call to a MetaStudio route of the table."""
        verb = url = None
        client = None
        if qn is not None and qn.startswith(K.HTTP_FUNCTION_MODULES):
            leaf = K.leaf(qn)
            lib = qn.split(".")[0]
            if leaf in rest.VERBS:
                verb, url = leaf, arg_value(call, 0, "url")
            elif leaf == "request":
                verb, url = self._const_str(arg_value(call, 0, "method"), ctx), arg_value(call, 1, "url")
            else:
                return None
            client = V.HttpClient(lib, False)
        elif attr is not None and owner is not None and (attr in rest.VERBS or attr == "request"):
            recv = self.inf.infer(owner, ctx)
            if isinstance(recv, V.Instance):
                recv = self._http_subclass(recv, attr, ctx) or recv
            if not isinstance(recv, V.HttpClient):
                return None
            client = recv
            if attr == "request":
                verb, url = self._const_str(arg_value(call, 0, "method"), ctx), arg_value(call, 1, "url")
            else:
                verb, url = attr, arg_value(call, 0, "url")
        else:
            return None
        if not verb or url is None:
            return None
        parts = self.inf.url_parts(url, ctx)
        if parts is None:
            return None
        if client.base and not (parts[0] or "").startswith(("http://", "https://")):
            parts = list(client.base) + parts
        matched = self.matcher.match(verb, parts)
        if matched is None:
            return None
        row, region_id, _ = matched
        from flake8_metastudio.catalog import SdkMethod

        route = row.http or ""  # the matcher only holds rows with a route
        method = SdkMethod(name=row.sdk_method or row.api, http=route, request="", title_zh=row.api)
        region = V.RegionRef(region_id, url, "host %s" % rest.shown(parts)) if region_id else None
        pseudo = V.Client("async" if client.is_async else "sync", region,
                          "%s %s" % (client.lib, rest.shown(rest.normalize(parts))))
        out = Summary().seq(self.eval_args(call, ctx))
        out.seq(self.sdk_call(method, "", pseudo, call, ctx, waited, rest_row=row,
                              coroutine=client.is_async, label="%s %s" % (verb.upper(), route.split(" ", 1)[1])))
        return out

    def _http_subclass(self, recv: V.Instance, attr: str, ctx: V.Context) -> Optional[V.HttpClient]:
        """An instance of the code's subclass of ``requests.Session`` (or
        another of ``K.HTTP_CLIENTS``) calling a method it inherits
        (``session.get(path)``): that library's client, with the URL prefix it
        holds in a ``base_url``-like attribute (``K.HTTP_BASE_ATTRIBUTE``) when
        the instance's is stated; None when the class defines ``attr`` itself
        (that method is followed as any) or derives from no HTTP client."""
        if attr != "request" and any(attr in cls.methods for cls in self.inf.mro(recv.info)):
            return None
        lib = next((K.HTTP_CLIENTS[qn] for qn in self.inf.base_qualnames(recv.info) if qn in K.HTTP_CLIENTS), None)
        if lib is None:
            return None
        base = None
        for cls in self.inf.mro(recv.info):
            for name in cls.attrs:
                if base is None and K.HTTP_BASE_ATTRIBUTE.search(name):
                    value = self.inf.member(recv, name, None, ctx)
                    parts = V._as_parts(value) if isinstance(value, (V.Const, V.Url)) else None
                    if parts and (parts[0] or "").startswith(("http://", "https://")):
                        base = parts
        return V.HttpClient(lib[0], lib[1], base)

    def _const_str(self, node: Any, ctx: V.Context) -> Optional[str]:
        v = self.inf.infer(node, ctx) if node is not None else V.UNKNOWN
        return v.value.lower() if isinstance(v, V.Const) and isinstance(v.value, str) else None

    def request_matches(self, call: cst.Call, method: "SdkMethod", ctx: V.Context) -> bool:
        arg = arg_value(call, 0, "request")
        if arg is None:
            return False
        v = self.inf.infer(arg, ctx)
        return isinstance(v, V.Request) and v.method.name == method.name

    def sdk_call(self, method: "SdkMethod", suffix: str, client: Optional[V.Client], node: Any, ctx: V.Context,
                 waited: bool, via_request: bool = False, rest_row: "Optional[ApiRow]" = None,
                 coroutine: bool = False, label: Optional[str] = None, how: str = "") -> Summary:
        region = client.region if client is not None else None
        regions: Tuple[str, ...] = ()
        if region is not None and region.choices:
            # a client from a container, key not stated: judged in the region
            # where the API allows most (so a finding holds in all of them)
            regions = tuple(dict.fromkeys(c.region_id or self.settings.region for c in region.choices))
            row = rest_row or self.settings.table.row_for_method(method.name)
            region = V.RegionRef(_most_generous(regions, row), None, region.how)
            if len(regions) == 1:
                regions = ()
        region_id = region.region_id if region is not None and region.region_id else self.settings.region
        client_how = client.how if client is not None else "request %s" % method.request
        occ = Occ(method, suffix, region_id, region_ref=region, sdk_node=node, via_request=via_request,
                  client_how=client_how + ("; " + how if how else ""), rest_row=rest_row, label=label,
                  regions=regions)
        key = occ.key
        s = Summary()
        s.calls_always[key] = 1
        is_future = suffix in ("_async", "_async_invoker") and (client is None or client.flavor == "async")
        if (is_future or coroutine) and not waited:
            task = Summary()
            task.calls_always[key] = 1
            task.blocking_always = 1
            task.time = self.latency
            if coroutine:  # an HTTP coroutine not awaited here: gathered or made a task
                occ.dispatch = Dispatch(None, "asyncio tasks (gather/create_task)", task, node, unbounded=True)
            else:
                occ.dispatch = Dispatch(K.ASYNC_CLIENT_WORKERS, "MetaStudioAsyncClient futures (8 worker threads)",
                                        task, node)
        else:
            s.blocking_always = 1
            s.time = self.latency
        s.occs = [occ]
        site = (id(node), region_id, suffix, occ.region_from)
        if site not in self.sites:
            self.sites[site] = occ
        return s

    def _partial_sleep(self, name: str, ctx: V.Context) -> Optional[cst.Call]:
        """``pause = partial(time.sleep, 1)``: a call of the sleep with the
        arguments the partial holds (then ``pause()`` sleeps 1 s), else None."""
        values = ctx.scope.assigns.get(name) or []
        made = values[0] if len(values) == 1 else None
        if type(made) is not cst.Call or not (self.inf.qualname(made.func, ctx.scope) or "").endswith("partial") \
                or len(made.args) < 2:
            return None
        return made.with_changes(args=made.args[1:])

    def delay(self, call: cst.Call, ctx: V.Context) -> Summary:
        s = Summary()
        s.any_delay = True
        arg = arg_value(call, 0, "secs") or arg_value(call, 0, "delay") or arg_value(call, 0, "seconds")
        n = self.inf.const_number(arg, ctx) if arg is not None else None
        if n is None or n != n:
            s.unknown_delay = arg is not None
        elif n > 0:
            n = min(float(n), 1e12)
            s.delay = n
            s.time = n
        else:
            s.any_delay = False  # sleep(0), RETRY_DELAY_S = 0: a retry after it is at once
        return s


# -- helpers -------------------------------------------------------------------
def _most_generous(regions: Sequence[str], row: "Optional[ApiRow]") -> str:
    """The region (of those a client may be in) whose limit for ``row`` is
    highest, so that a rate finding there holds in every one; the first one
    when none offers the API (then MST201 holds in every one)."""
    if row is None:
        return regions[0]
    offered = [r for r in regions if row.limit_in(r).is_offered]
    if not offered:
        return regions[0]
    return max(offered, key=lambda r: row.limit_in(r).per_second or math.inf)


def _is_stub(node: Any) -> bool:
    """A method with no behaviour of its own: ``...``, ``pass``, a docstring,
    ``raise NotImplementedError`` (an interface the real client satisfies)."""
    if not isinstance(node, cst.FunctionDef):
        return False
    for stmt in flat_statements(body_statements(node)):
        if isinstance(stmt, cst.Pass) or isinstance(stmt, cst.Raise):
            continue
        if isinstance(stmt, cst.Expr) and isinstance(stmt.value, (cst.Ellipsis, cst.SimpleString,
                                                                  cst.ConcatenatedString)):
            continue
        return False
    return True


def _packed(node: Any) -> Optional[List[Any]]:
    """The arguments of ``args=(x, y)`` (threads, RQ, Celery), when written as a tuple or list."""
    if isinstance(node, (cst.Tuple, cst.List)):
        return [e.value for e in node.elements]
    return None


def _no_rate_limit(v: V.Value) -> bool:
    """rate_limit=0 or "0/s": Celery applies no limit."""
    if isinstance(v, V.Const) and isinstance(v.value, (int, float)) and not isinstance(v.value, bool):
        return v.value == 0
    if isinstance(v, V.Const) and isinstance(v.value, str):
        return v.value.strip().partition("/")[0].strip() in ("0", "0.0")
    return False


def _shown_code(node: Any) -> str:
    return dotted_name(node) or "..."


def _rate_text(v: V.Value) -> str:
    return str(v.value) if isinstance(v, V.Const) else "?"


def _recursion(callee: Summary, latency: float) -> Summary:
    """A call back into a cycle of functions, as its caller sees it.  How
    deep a recursion goes is not known, so it counts what the callee does on
    every run once: at most one call of each API it always makes (waited for
    once), its sleeps and limiters; and it may make each of the other calls
    it reaches, once.  The call sites are all there."""
    out = Summary()
    for k in callee.calls_always:
        out.calls_always[k] = 1
    for k in callee.calls_maybe:
        if k not in out.calls_always:
            out.calls_maybe[k] = 1
            out.blocking_maybe[k] = 1
    out.blocking_always = min(callee.blocking_always, 1.0)
    out.delay = callee.delay
    out.time = out.blocking_always * latency + callee.delay
    out.unknown_delay = callee.unknown_delay
    out.any_delay = callee.any_delay
    out.throttled = callee.throttled
    out.cap = callee.cap
    out.occs = callee.occs
    return out


def _callables_bound(env: Dict[str, V.Value]) -> tuple:
    """Which of the module's functions a binding of parameters holds, by
    name (not what their closures hold)."""
    return tuple(sorted((k, id(v.scope)) for k, v in env.items() if type(v) is V.FuncRef))


def _repeated_by(occ: Occ, node: Any) -> bool:
    return any(level.node is node for level in occ.levels)


def _callees_first(keys: List[tuple], calls: Dict[Optional[tuple], List[tuple]]) -> List[tuple]:
    """``keys`` (a cycle's members, in a stable order) in the post-order of a
    walk along their calls among themselves from the first one: each member
    comes after those it calls, except where a call closes a cycle."""
    members = set(keys)
    order: List[tuple] = []
    done: Set[tuple] = set()
    for root in keys:
        if root in done:
            continue
        done.add(root)
        stack = [(root, iter([k for k in calls.get(root, ()) if k in members]))]
        while stack:  # iterative: a cycle may be thousands of functions long
            node, pending = stack[-1]
            for nxt in pending:
                if nxt not in done:
                    done.add(nxt)
                    stack.append((nxt, iter([k for k in calls.get(nxt, ()) if k in members])))
                    break
            else:
                stack.pop()
                order.append(node)
    return order


def _scope_order(scope: Scope) -> Tuple[int]:
    return (scope.order,)


def _signature(s: Summary) -> Any:
    """What a summary says that a cycle being solved must agree on: its call
    sites with their contexts, the APIs it calls, its flags (not the counts
    and seconds, which grow each time round a cycle)."""
    occs = frozenset((id(o.sdk_node), o.key, o.suffix, o.cap, o.throttled, o.sem,
                      None if o.dispatch is None else (id(o.dispatch.node), o.dispatch.label),
                      None if o.retry is None else id(o.retry.node),
                      tuple((id(level.node), level.kind) for level in o.levels)) for o in s.occs)
    return (occs, frozenset(s.calls_always), frozenset(s.calls_maybe), s.blocking_always > 0, s.time > 0,
            s.delay > 0, s.unknown_delay, s.any_delay, s.throttled, s.cap)


def _min(a: Optional[float], b: Optional[float]) -> Optional[float]:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def _level(kind: str, node: Any, label: str, n: Optional[float], body: Summary, workers: Optional[int], occ: Occ,
           report: Any = None) -> Level:
    """A repeated context around ``occ``, with the limiters and semaphores
    already seen between it and the call."""
    level = Level(kind, node, label, n, body, workers, report if report is not None else occ.top)
    level.sem = occ.sem
    level.throttled = occ.throttled or body.throttled
    level.cap = _min(occ.cap, body.cap)
    return level


def _own_self(call: cst.Call, scope: Scope) -> bool:
    """``self.m(...)`` inside a method of the class."""
    func = call.func
    return isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and scope.method_of is not None \
        and bool(scope.param_order) and func.value.value == scope.param_order[0]


def _retop(occs: Sequence[Occ], call: Any, via: Optional[str] = None) -> List[Occ]:
    """The occurrences of a callee, now reached through ``call``.  Those that
    a caller would judge alike (same API and region, same contexts, guards,
    dispatch and retry) become one, whichever SDK call site in the callee
    they stand for: what a caller holds stays proportional to the distinct
    ways its calls repeat, not to the call sites below it (a chain of 1,000
    helpers each making an SDK call would otherwise hold 500,000).  Every
    call site is still known, in each context it is made in
    (``Evaluator.sites``), for the rules that judge a call site itself."""
    out, seen = [], set()
    for o in occs:
        key = (o.key, o.suffix, o.label, id(o.rest_row), o.cap, o.throttled, o.sem, id(o.dispatch),
               id(o.retry), o.regions, tuple((id(level.node), id(level.body)) for level in o.levels))
        if key not in seen:
            seen.add(key)
            out.append(o.copy(top=call) if via is None else o.copy(top=call, via=(via,) + o.via))
    return out


def _guard(occ: Occ, cap: Optional[float], throttled: bool, sem: Optional[int]) -> Occ:
    return occ.copy(cap=_min(occ.cap, cap), throttled=occ.throttled or throttled, sem=_min(occ.sem, sem))


def _no_wait(task: Summary) -> Summary:
    """Calls issued by work handed off: counted, but the caller does not wait."""
    out = Summary()
    out.calls_always.update(task.calls_always)
    out.calls_maybe.update(task.calls_maybe)
    out.occs = list(task.occs)
    return out


def _settle(s: Summary) -> Summary:
    """Tasks awaited together right away (``await gather(f(), g())``): no fan-out left."""
    if not any(o.dispatch is not None for o in s.occs):
        return s
    out = Summary().seq(s)
    out.occs = [o.copy(dispatch=None) for o in s.occs]
    for o in s.occs:
        if o.dispatch is not None:
            out.time += o.dispatch.task.time
            break
    return out


def _after(state: Tuple[float, bool], effect: Summary) -> Tuple[float, bool]:
    if effect.unknown_delay:
        return math.inf, state[1]
    return state[0] + effect.delay, state[1]


def _merge(states: List[Optional[Tuple[float, bool]]]) -> Optional[Tuple[float, bool]]:
    live = [s for s in states if s is not None]
    if not live:
        return None
    return min(s[0] for s in live), all(s[1] for s in live)


def _looks_like_limiter(expr: Any) -> bool:
    name = last_name(expr)
    return K.looks_like_limiter(name)


def _always_exits(stmts: Sequence[Any]) -> bool:
    """A handler that raises, returns or breaks on every path does not retry."""
    if not stmts:
        return False
    last = stmts[-1]
    if isinstance(last, (cst.Raise, cst.Return, cst.Break)):
        return True
    if isinstance(last, cst.If) and last.orelse is not None and not isinstance(last.orelse, cst.If):
        return _always_exits(body_statements(last)) and _always_exits(body_statements(last.orelse))
    return False


def _only_retry_loops(levels: List[Level]) -> bool:
    """No repeated context yet but loops that go round only after a failure
    (true of none at all)."""
    return all(level.kind == "loop" and level.retry_only for level in levels)


def _loop_exits(node: Any) -> bool:
    if isinstance(node, cst.CompFor):
        return False
    if isinstance(node, cst.While) and not is_constant_true(node.test):
        return True
    for inner in _walk_code(node.body, stop_at_loops=True):
        if isinstance(inner, (cst.Break, cst.Return, cst.Raise)):
            return True
    return False


def _rounds_time(occs: Sequence[Occ], n: int) -> float:
    """Time to run ``n`` rounds of the tasks these occurrences hand out, on
    their pools (the slowest dispatch counts)."""
    slowest = 0.0
    for o in occs:
        d = o.dispatch
        if d is not None and d.task.time:
            slowest = max(slowest, _rounds(n, d.workers) * d.task.time)
    return slowest


def _rounds(n: float, workers: Optional[int]) -> int:
    """How many rounds ``n`` tasks take on ``workers`` workers (None: all at once)."""
    return math.ceil(n / max(1, min(workers or n, n)))


def _assigned_name(stmt: Any) -> Optional[str]:
    if isinstance(stmt, cst.Assign):
        targets = stmt.targets
        if len(targets) == 1 and isinstance(targets[0].target, cst.Name):
            return targets[0].target.value
    return None


def _last_waits(stmts: Sequence[Any]) -> Dict[str, int]:
    """For each name whose future/task the block waits for (``await fut``,
    ``fut.result()``, ``t.join()``, ``wrap_future(fut)``), the index of the
    last statement that does: a future assigned at ``i`` is waited for later
    when that index is above ``i``.  One pass over the block, however many
    futures it holds."""
    last: Dict[str, int] = {}
    for i, stmt in enumerate(stmts):
        for node in _walk_code([stmt], stop_at_loops=True):
            tp = type(node)
            if tp is cst.Await and type(node.expression) is cst.Name:
                last[node.expression.value] = i
            elif tp is cst.Call:
                func = node.func
                if type(func) is cst.Attribute and func.attr.value in ("result", "join", "get", "wait") \
                        and type(func.value) is cst.Name:
                    last[func.value.value] = i
                elif node.args and type(node.args[0].value) is cst.Name \
                        and (dotted_name(func) or "").endswith("wrap_future"):
                    last[node.args[0].value.value] = i
    return last


def _element_of(iterable: Any, ctx: V.Context, depth: int = 0) -> Optional[cst.BaseExpression]:
    """An expression for one element of an iterable written in the code:
    a comprehension's element, a literal's first item, through variables."""
    if iterable is None or depth > 3:
        return None
    if isinstance(iterable, (cst.ListComp, cst.GeneratorExp, cst.SetComp)):
        return iterable.elt
    if isinstance(iterable, (cst.List, cst.Tuple, cst.Set)) and iterable.elements:
        return iterable.elements[0].value
    if isinstance(iterable, cst.Name):
        for value in ctx.scope.assigns.get(iterable.value, []) or []:
            found = _element_of(value, ctx, depth + 1)
            if found is not None:
                return found
    return None


def _checks_throttling(code: Any) -> Optional[str]:
    """What throttling signal the code tests for (status 429, APIGW.0308), if any."""
    for node in _walk_code([code]):
        if isinstance(node, cst.Integer) and node.value == "429":
            return "status 429"
        if isinstance(node, cst.SimpleString) and ("APIGW.0308" in node.value or "429" in node.value):
            return "APIGW.0308"
    return None


def _distinct_functions(refs: Sequence[V.FuncRef]) -> List[V.FuncRef]:
    """``refs`` without repeats (the same function on the same receiver), in order."""
    seen: Set[Tuple[int, int]] = set()
    out = []
    for r in refs:
        key = (id(r.scope), id(r.receiver))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _is_negated(test: Any) -> bool:
    """``status != 429``, ``"APIGW.0308" not in body``, ``not throttled(...)``:
    the test holds when the call was not throttled."""
    if type(test) is cst.UnaryOperation and type(test.operator) is cst.Not:
        return not _is_negated(test.expression)
    if type(test) is cst.Comparison and len(test.comparisons) == 1:
        return type(test.comparisons[0].operator) in (cst.NotEqual, cst.NotIn, cst.IsNot)
    return False


def _contains_continue(stmts: Sequence[Any]) -> bool:
    return any(isinstance(n, cst.Continue) for n in _walk_code(stmts, stop_at_loops=True))


_JUMPS = (cst.Continue, cst.Break, cst.Return, cst.Raise)  # the statements after them in a block never run

# statements after which a function no longer gives the same result for the same arguments
_CHANGES_STATE = (cst.Global, cst.Nonlocal, cst.Yield, cst.Await, cst.Del)


def _walk_code(nodes: Sequence[Any], stop_at_loops: bool = False) -> Iterator[Any]:
    """Walk statements/expressions, not descending into nested functions,
    classes or lambdas (nor loops when ``stop_at_loops``)."""
    if isinstance(nodes, cst.CSTNode):
        nodes = [nodes]
    stack = list(reversed(list(nodes)))
    while stack:
        node = stack.pop()
        yield node
        tp = type(node)
        if tp in _OWN_SCOPES:
            continue
        if stop_at_loops and tp in _LOOPS:
            continue
        kids = children(node)
        kids.reverse()
        stack.extend(kids)


def _loop_assignments(loop_node: Any) -> Tuple[Dict[str, List[Any]], Set[str], Dict[str, Set[str]]]:
    """Names (re)assigned inside a loop body, with their values (None: changed
    in a way we do not follow), names whose attributes or items are set, and
    names called with a container's mutating method (``x.update(...)``: a
    change only when ``x`` is not an object whose class defines ``update``)."""
    assigned: Dict[str, list] = {}
    mutated: Set[str] = set()
    called: Dict[str, Set[str]] = {}
    body = loop_node.body if not isinstance(loop_node, cst.CompFor) else []

    def bind(target: Any, value: Any) -> None:
        if isinstance(target, cst.Name):
            assigned.setdefault(target.value, []).append(value)
        elif isinstance(target, (cst.Tuple, cst.List)):
            for e in target.elements:
                bind(e.value, None)
        elif isinstance(target, cst.StarredElement):
            bind(target.value, None)
        elif isinstance(target, (cst.Attribute, cst.Subscript)):
            base: cst.BaseExpression = target
            while isinstance(base, (cst.Attribute, cst.Subscript)):
                base = base.value
            if isinstance(base, cst.Name):
                mutated.add(base.value)

    try:
        _assignments_into(bind, mutated, body, called)
    finally:
        del bind  # a recursive closure is a reference cycle: empty its cell
    return assigned, mutated, called


def _assignments_into(bind: Any, mutated: Set[str], body: Any, called: Dict[str, Set[str]]) -> None:
    for node in _walk_code([body] if not isinstance(body, list) else body):
        tp = type(node)
        if tp is cst.Assign:
            for t in node.targets:
                bind(t.target, node.value)
        elif tp is cst.AugAssign:
            bind(node.target, None)
        elif tp is cst.AnnAssign and node.value is not None:
            bind(node.target, node.value)
        elif tp is cst.For or tp is cst.CompFor:
            bind(node.target, None)
        elif tp is cst.NamedExpr:
            bind(node.target, None)
        elif tp is cst.WithItem and node.asname is not None:
            bind(node.asname.name, None)
        elif tp is cst.Call and isinstance(node.func, cst.Attribute) and \
                node.func.attr.value in K.MUTATING_METHODS:
            base = node.func.value
            if isinstance(base, cst.Name):
                called.setdefault(base.value, set()).add(node.func.attr.value)
