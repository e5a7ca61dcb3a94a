"""What the linter knows about libraries, as tables keyed by qualified name
(``concurrent.futures.ThreadPoolExecutor``), and the recognisers that read
them.

The analysis asks these questions by qualified name and never spells a
library's name itself, so teaching it a new primitive is adding a row here:

* a pool, executor or task group whose methods hand work over -> ``POOLS``
* a semaphore-like object that caps how many run at once -> ``SEMAPHORES``
* a sleep -> ``SLEEPS``; a limiter's acquire method -> ``LIMITER_ACQUIRES``
* a rate-limiting or retry decorator library -> ``RATE_LIMIT_DECORATORS``,
  ``RETRY_LIBRARIES``
* an HTTP client class -> ``HTTP_CLIENTS``; an SDK or HTTP error -> ``SDK_EXCEPTIONS``

A primitive of a new shape (arguments read differently) also needs its
recogniser in ``analysis/values.py`` or ``analysis/evaluator.py``.  Nothing
here imports LibCST: these are plain strings and numbers.
"""
import re
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Tuple


def leaf(qualname: str) -> str:
    """The last component of a dotted name: ``a.b.C`` -> ``C``."""
    return qualname.rsplit(".", 1)[-1]


def library_of(qualname: str, table: Mapping[str, object]) -> Optional[str]:
    """The key of ``table`` that ``qualname`` starts with (its library), or None."""
    for key in table:
        if qualname.startswith(key):
            return key
    return None


# -- the MetaStudio SDK --------------------------------------------------------
SDK_ROOT = "huaweicloudsdkmetastudio"
CORE_ROOT = "huaweicloudsdkcore"
CLIENT_CLASSES = {"MetaStudioClient": "sync", "MetaStudioAsyncClient": "async"}
ASYNC_CLIENT_WORKERS = 8  # huaweicloudsdkcore's async client runs futures on 8 worker threads
# categories of the limits table whose APIs work only for iFLYTEK AIUI/Spark applications (MST301)
KNOWLEDGE_BASE_GROUPS = frozenset({"Virtual Avatar Knowledge Base Skill Management",
                                   "Virtual Avatar Knowledge Base Intent Management",
                                   "Virtual Avatar Knowledge Base Question Management"})


# -- dependency injection ------------------------------------------------------
# a parameter default that the framework replaces by what a provider returns:
# qualified name -> (keyword, position) of the provider argument
DEPENDENCY_MARKERS = {
    # def endpoint(client: MetaStudioClient = Depends(get_client))
    "fastapi.Depends": ("dependency", 0),
    "fastapi.params.Depends": ("dependency", 0),
    "fastapi.Security": ("dependency", 0),
}


# -- pools, executors, task groups --------------------------------------------
# methods that hand a pool one callable and its arguments: pool.submit(fn, *args)
SUBMIT_METHODS = frozenset({"submit", "apply_async", "apply", "spawn", "schedule"})
# methods that run one callable over an iterable: pool.map(fn, items)
MAP_METHODS = frozenset({"map", "imap", "imap_unordered", "starmap", "map_async", "starmap_async"})
# submit methods that wait for the result before returning
BLOCKING_SUBMITS = frozenset({"apply"})


@dataclass(frozen=True)
class Pool:
    """Something whose methods run work concurrently.

    ``label`` names it in messages; ``size_keyword``/``size_position`` is the
    constructor argument bounding its concurrency (None: unbounded, as many
    tasks as are handed out, capped by a semaphore or
    --metastudio-max-concurrency); ``submits``/``maps`` are the methods that
    hand work over in the ``submit(fn, *args)`` / ``map(fn, items)`` shapes."""
    label: str
    size_keyword: Optional[str] = None
    size_position: int = 0
    submits: FrozenSet[str] = SUBMIT_METHODS
    maps: FrozenSet[str] = MAP_METHODS
    # the size when the constructor does not give one (joblib: n_jobs=None is 1 worker)
    default_size: Optional[int] = None
    # the object itself is called with an iterable of delayed(f)(x) tasks (joblib.Parallel)
    called: bool = False
    # a task queue: worker processes elsewhere run the work, as many as
    # --metastudio-worker-concurrency says
    queue: bool = False
    # submit methods whose callable is the second argument: enqueue_in(delay, f, *args)
    shifted: FrozenSet[str] = frozenset()


POOLS: Dict[str, Pool] = {
    "concurrent.futures.ThreadPoolExecutor": Pool("ThreadPoolExecutor", "max_workers"),
    "concurrent.futures.thread.ThreadPoolExecutor": Pool("ThreadPoolExecutor", "max_workers"),
    "concurrent.futures.ProcessPoolExecutor": Pool("ProcessPoolExecutor", "max_workers"),
    "concurrent.futures.process.ProcessPoolExecutor": Pool("ProcessPoolExecutor", "max_workers"),
    "multiprocessing.Pool": Pool("multiprocessing.Pool", "processes"),
    "multiprocessing.pool.Pool": Pool("multiprocessing.Pool", "processes"),
    "multiprocessing.pool.ThreadPool": Pool("ThreadPool", "processes"),
    "multiprocessing.dummy.Pool": Pool("multiprocessing.dummy.Pool", "processes"),
    "gevent.pool.Pool": Pool("gevent.pool.Pool", "size"),
    # async with anyio.create_task_group() as tg: tg.start_soon(fn, *args)
    "anyio.create_task_group": Pool("anyio task group", submits=frozenset({"start_soon"}), maps=frozenset()),
    # async with trio.open_nursery() as nursery: nursery.start_soon(fn, *args)
    "trio.open_nursery": Pool("trio nursery", submits=frozenset({"start_soon"}), maps=frozenset()),
    # Parallel(n_jobs=n)(delayed(f)(x) for x in items); n_jobs=-1: every core (a bound the code does not state)
    "joblib.Parallel": Pool("joblib.Parallel", "n_jobs", submits=frozenset(), maps=frozenset(), default_size=1,
                            called=True),
    # RQ: queue.enqueue(f, *args) runs f on the RQ workers
    "rq.Queue": Pool("RQ workers", submits=frozenset({"enqueue", "enqueue_call", "enqueue_in", "enqueue_at"}),
                     maps=frozenset(), queue=True, shifted=frozenset({"enqueue_in", "enqueue_at"})),
    "rq.queue.Queue": Pool("RQ workers", submits=frozenset({"enqueue", "enqueue_call", "enqueue_in", "enqueue_at"}),
                           maps=frozenset(), queue=True, shifted=frozenset({"enqueue_in", "enqueue_at"})),
}
# joblib.delayed(f)(x): one task of a joblib.Parallel call
JOBLIB_DELAYED = frozenset({"joblib.delayed", "joblib.parallel.delayed"})


def pool(qualname: str) -> Optional[Pool]:
    return POOLS.get(qualname)


def is_pool_method(method: str) -> bool:
    """Whether some pool hands work over through ``method`` (the pools' methods
    are gathered again when a row is added to POOLS, at run time too)."""
    if method in SUBMIT_METHODS or method in MAP_METHODS:
        return True
    count, methods = _POOL_METHODS
    if count != len(POOLS):  # asked for every call the analysis meets: gathered once, not per call
        methods = frozenset().union(*(p.submits | p.maps for p in POOLS.values()))
        _POOL_METHODS[:] = [len(POOLS), methods]
    return method in methods


_POOL_METHODS: List[Any] = [-1, frozenset()]  # [len(POOLS) when gathered, every pool's methods]


# calls that run a callable on another thread: (where the callable is: keyword, position)
THREAD_STARTERS: Dict[str, Tuple[str, int]] = {
    "threading.Thread": ("target", 1), "multiprocessing.Process": ("target", 1), "threading.Timer": ("function", 1),
}
TO_THREAD = frozenset({"asyncio.to_thread", "asyncio.threads.to_thread", "anyio.to_thread.run_sync",
                       "trio.to_thread.run_sync"})
# asyncio functions whose coroutine arguments run as tasks; which of them wait for them
ASYNCIO_TASKS = frozenset({"asyncio.gather", "asyncio.wait", "asyncio.as_completed", "asyncio.wait_for",
                           "asyncio.shield", "asyncio.create_task", "asyncio.ensure_future", "asyncio.run",
                           "asyncio.wrap_future", "asyncio.tasks.gather"})
ASYNCIO_SETTLES = frozenset({"asyncio.gather", "asyncio.wait_for", "asyncio.shield", "asyncio.wrap_future"})
ASYNCIO_RUNS = frozenset({"asyncio.run"})
# methods that schedule a coroutine given to them (its call is evaluated as an argument)
TASK_METHODS = frozenset({"create_task", "start_soon", "ensure_future", "run_until_complete", "run"})


# -- what caps concurrency or rate -------------------------------------------
# semaphore-like classes: qualified name -> keyword of the bound (first positional otherwise)
SEMAPHORES: Dict[str, str] = {
    "asyncio.Semaphore": "value", "asyncio.BoundedSemaphore": "value", "asyncio.locks.Semaphore": "value",
    "threading.Semaphore": "value", "threading.BoundedSemaphore": "value",
    "multiprocessing.Semaphore": "value", "multiprocessing.BoundedSemaphore": "value",
    "anyio.Semaphore": "value", "trio.Semaphore": "value",
    # a capacity limiter bounds how many run at once, like a semaphore (not a rate)
    "anyio.CapacityLimiter": "total_tokens", "trio.CapacityLimiter": "total_tokens",
}

# objects named like this are limiters of unknown rate (a class, or a variable holding one)
LIMITER_NAME = re.compile(r"limit|throttl|bucket|pacer", re.I)
# methods of a limiter that wait for a permit
LIMITER_ACQUIRES = frozenset({"acquire", "wait", "try_acquire", "consume", "acquire_token", "block", "take",
                              "ratelimit"})
# rate-limiter classes whose rate the code states (read by values.Inferrer)
AIOLIMITER = "aiolimiter"  # AsyncLimiter(max_rate, time_period=60)
PYRATE_LIMITER = "pyrate_limiter"  # Limiter(Rate(limit, interval), ...)
# rate-limiting decorators: package -> decorator names that take (calls, period)
RATE_LIMIT_DECORATORS: Dict[str, FrozenSet[str]] = {"ratelimit": frozenset({"limits", "RateLimitDecorator"})}
RATE_LIMIT_DEFAULTS = (15, 900)  # ratelimit's @limits(calls=15, period=900)


def is_semaphore(qualname: str) -> bool:
    return qualname in SEMAPHORES


def looks_like_limiter(name: Optional[str]) -> bool:
    return bool(name and LIMITER_NAME.search(name))


def is_limiter_class(name: str) -> bool:
    """A class named like a limiter (``TokenBucket``, ``RateLimiter``)."""
    return looks_like_limiter(name) and name[:1].isupper()


# -- sleeps ---------------------------------------------------------------------
SLEEPS = frozenset({"time.sleep", "asyncio.sleep", "gevent.sleep", "trio.sleep", "anyio.sleep", "eventlet.sleep",
                    "asyncio.tasks.sleep"})
SLEEP_PACKAGES = frozenset({"time", "asyncio", "gevent", "trio", "anyio"})  # their sub-modules' sleep() too


def is_sleep(qualname: str) -> bool:
    return qualname in SLEEPS or (leaf(qualname) == "sleep" and qualname.split(".", 1)[0] in SLEEP_PACKAGES)


# -- retries ------------------------------------------------------------------
# retry decorator libraries: package -> (decorator name, keyword that makes it wait), None: never judged
RETRY_LIBRARIES: Dict[str, Optional[Tuple[str, str]]] = {"tenacity": ("retry", "wait"), "backoff": None}
# retry iterators (for attempt in Retrying(...): with attempt: ...): the loop goes round only when
# the attempt failed; -> the keyword that makes it wait
RETRY_ITERATORS: Dict[str, str] = {"tenacity.Retrying": "wait", "tenacity.AsyncRetrying": "wait",
                                   "tenacity.retrying.Retrying": "wait", "tenacity.asyncio.AsyncRetrying": "wait"}
# the SDK's invoker.with_retry(..., backoff_strategy=...) strategies that do not wait
NO_BACKOFF_STRATEGIES = ("NONE", "NoBackoffStrategy")

# errors an SDK (or REST) call raises; an except clause catching one is a retry path
SDK_EXCEPTIONS = frozenset({"ClientRequestException", "ServerResponseException", "SdkException",
                            "ConnectionException", "RequestTimeoutException", "HostUnreachableException",
                            "SslHandShakeException", "CallTimeoutException", "RetryOutageException",
                            "ApiValueError", "ApiTypeError",
                            # the REST equivalents when calling the API without the SDK
                            "HTTPError", "HTTPStatusError", "ClientResponseError"})


# Of those, the ones a throttled call never raises: huaweicloudsdkcore's
# ConnectionException (HostUnreachableException, SslHandShakeException) and
# RequestTimeoutException (CallTimeoutException, RetryOutageException) derive
# from SdkException beside ServiceResponseException, whose
# ClientRequestException carries APIGW.0308 / 429; ApiValueError and
# ApiTypeError are raised before a request is sent.  The HTTP libraries'
# connection and timeout errors likewise.
NOT_THROTTLING = frozenset({"ConnectionException", "HostUnreachableException", "SslHandShakeException",
                            "RequestTimeoutException", "CallTimeoutException", "RetryOutageException",
                            "ApiValueError", "ApiTypeError", "ApiKeyError",
                            "ConnectionError", "ConnectTimeout", "ReadTimeout", "Timeout", "TimeoutError",
                            "ConnectError", "TimeoutException", "ClientConnectionError", "ClientConnectorError",
                            "ServerDisconnectedError", "OSError", "SSLError"})
# Bases that include a throttled call's error: catching them retries throttling too.
THROTTLING_BASES = frozenset({"Exception", "BaseException", "ServiceResponseException",
                              "RequestException", "ClientError"})


def is_sdk_exception(name: str, qualname: str) -> bool:
    """``name`` as written, ``qualname`` as resolved through the imports."""
    return leaf(name) in SDK_EXCEPTIONS or (qualname.startswith(CORE_ROOT) and "exception" in qualname.lower())


def may_be_throttling(name: str, qualname: str) -> bool:
    """Whether catching this error class catches a throttled call (APIGW.0308, 429)."""
    short = leaf(name)
    if short in NOT_THROTTLING:
        return False
    return short in THROTTLING_BASES or is_sdk_exception(name, qualname)


# -- task queues ----------------------------------------------------------------
# Celery: the application class (``@app.task``) and decorators that make tasks
CELERY_APPS = frozenset({"celery.Celery", "celery.app.Celery", "celery.app.base.Celery"})
CELERY_TASK_DECORATORS = frozenset({"celery.shared_task", "celery.task", "celery.app.shared_task"})
# RQ's @job("queue") decorator: f.delay(*args) queues f like a Celery task
RQ_JOB_DECORATORS = frozenset({"rq.job", "rq.decorators.job"})
# task methods that queue one run: task.delay(*args), task.apply_async(args=(...))
CELERY_QUEUE_METHODS = frozenset({"delay", "apply_async"})
# task methods that make a signature for group(...): task.s(*args)
CELERY_SIGNATURES = frozenset({"s", "si", "signature"})
# canvas primitives that run their signatures concurrently
CELERY_GROUPS = frozenset({"celery.group", "celery.canvas.group", "celery.chord", "celery.canvas.chord"})
# canvas primitives that run their signatures one after another (each task once the previous ended)
CELERY_CHAINS = frozenset({"celery.chain", "celery.canvas.chain"})
# rate_limit="N/s" units
RATE_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0}


# -- sequential repetition that is not a loop statement -----------------------------
# builtins and functions that call a function once per element, one after another:
# qualified name -> (what the user reads, whether each element is unpacked into the arguments)
SEQUENTIAL_MAPS: Dict[str, Tuple[str, bool]] = {
    "<builtin>.map": ("map()", False), "<builtin>.filter": ("filter()", False),
    "itertools.starmap": ("itertools.starmap()", True), "itertools.filterfalse": ("itertools.filterfalse()", False),
}
# pandas (and look-alike) frames and series: these methods call a function per row or value
DATAFRAME_LIBRARIES = ("pandas.", "modin.pandas.", "polars.")
DATAFRAME_APPLY = frozenset({"apply", "map", "applymap", "map_elements", "transform", "agg", "aggregate",
                             "progress_apply", "progress_map"})


# -- environment ------------------------------------------------------------------
# reading the environment with a default: the default is the value the code
# states (``os.environ.get("MS_REGION", "cn-east-3")``); name -> (position, keyword)
ENVIRONMENT_DEFAULTS = {"os.getenv": (1, "default"), "os.environ.get": (1, "default"),
                        "os.environ.setdefault": (1, "value")}

# -- dataclasses ------------------------------------------------------------------
# field(default=..., default_factory=...): the field's value
DATACLASS_FIELDS = frozenset({"dataclasses.field", "attr.ib", "attr.attrib", "attrs.field", "attr.field"})


# -- containers ---------------------------------------------------------------
# methods that change a container in place: a literal list they are called on
# no longer has a known length, and a loop calling them changes its arguments
MUTATING_METHODS = frozenset({"append", "extend", "insert", "add", "update", "setdefault", "appendleft",
                              "extendleft", "pop", "clear"})

# a subclass of one of HTTP_CLIENTS that prefixes its URLs keeps the prefix in an
# attribute named like this (self.base_url = base_url, as requests_toolbelt's BaseUrlSession)
HTTP_BASE_ATTRIBUTE = re.compile(r"base|url|endpoint|host|root|prefix", re.I)

# -- results that differ from call to call ---------------------------------------
# A loop whose call's arguments come from these is a new call each time round
# (a loop over items), not a retry or a poll of the same one; any other
# function is taken to give the same result for the same arguments when its
# own code changes nothing and calls none of these (analysis: steady helpers).
CHANGING_BUILTINS = frozenset({"<builtin>.next", "<builtin>.anext", "<builtin>.input"})
CHANGING_MODULES = ("random.", "secrets.", "uuid.", "time.", "datetime.", "itertools.", "os.urandom", "queue.")

# -- Django ----------------------------------------------------------------------
# django.conf.settings.X is X of the project's settings module: the one
# DJANGO_SETTINGS_MODULE names in these entry modules (at a source root or in
# a top-level package), else the only <package>.settings the project has
DJANGO_SETTINGS = "django.conf.settings"
DJANGO_ENTRY_MODULES = ("manage", "wsgi", "asgi", "celery")
DJANGO_SETTINGS_ENV = re.compile(r"""DJANGO_SETTINGS_MODULE['"]\s*(?:,|\]\s*=)\s*['"]([A-Za-z_][\w.]*)['"]""")

# -- HTTP clients ---------------------------------------------------------------
# class or factory -> (library, whether its calls are coroutines)
HTTP_CLIENTS: Dict[str, Tuple[str, bool]] = {
    "requests.Session": ("requests", False), "requests.sessions.Session": ("requests", False),
    "requests.session": ("requests", False),
    "httpx.Client": ("httpx", False), "httpx.AsyncClient": ("httpx", True),
    "aiohttp.ClientSession": ("aiohttp", True), "aiohttp.client.ClientSession": ("aiohttp", True),
}
# modules whose functions make one request: requests.get(url), httpx.post(url)
HTTP_FUNCTION_MODULES = ("requests.", "httpx.")


# -- which top-level names are libraries ------------------------------------------
_DOTTED = re.compile(r"^([A-Za-z_]\w*)\.(?:[A-Za-z_][\w.]*)?$")
_library_roots: List[FrozenSet[str]] = []


def library_roots() -> FrozenSet[str]:
    """The top-level packages these tables know (``requests``, ``tenacity``,
    the SDK and its core ...): a project module of that name (a test double,
    a vendored stub) never stands for the library, whose knowledge the
    analysis must keep.  Read from the tables themselves, so a new row
    cannot be forgotten here."""
    if not _library_roots:
        found = {SDK_ROOT, CORE_ROOT, AIOLIMITER, PYRATE_LIMITER, "functools"}
        found |= set(RETRY_LIBRARIES) | set(RATE_LIMIT_DECORATORS) | SLEEP_PACKAGES
        todo: List[Any] = [v for k, v in globals().items() if k.isupper()]
        while todo:
            value = todo.pop()
            if isinstance(value, str):
                m = _DOTTED.match(value)
                if m:
                    found.add(m.group(1))
            elif isinstance(value, (set, frozenset, tuple, list)):
                todo.extend(value)
            elif isinstance(value, dict):
                todo.extend(value)
                todo.extend(value.values())
        _library_roots.append(frozenset(found))
    return _library_roots[0]
