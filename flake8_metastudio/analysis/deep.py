"""Deeply nested code without RecursionError.

The analysis recurses along the code's nesting (a call inside a call inside a
call ...).  Ordinary files never come near Python's recursion limit; for the
few that do, ``deep_retry`` runs the same work again in a thread with a large
stack and a high recursion limit, so the answer is the same as for shallow
code instead of a traceback or a silent nothing.  LibCST's own parser gives up
long before that stack is used up.
"""
import functools
import sys
import threading

STACK_BYTES = 512 * 1024 * 1024  # reserved, not committed: only what is used costs memory
RECURSION_LIMIT = 200_000


class TooDeep(Exception):
    """Nesting beyond even the deep stack (not seen with code LibCST parses)."""


def deep_retry(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except RecursionError:
            pass
        return _in_deep_thread(fn, args, kwargs)
    return wrapper


def _in_deep_thread(fn, args, kwargs):
    outcome = {}

    def work():
        try:
            outcome["value"] = fn(*args, **kwargs)
        except RecursionError:
            outcome["error"] = TooDeep("code nested too deeply to analyse")
        except BaseException as exc:  # re-raised in the caller's thread
            outcome["error"] = exc

    old_stack = threading.stack_size()
    old_limit = sys.getrecursionlimit()
    # both settings are process-wide: set them only for this thread's start and run
    threading.stack_size(STACK_BYTES)
    sys.setrecursionlimit(max(old_limit, RECURSION_LIMIT))
    try:
        thread = threading.Thread(target=work, name="flake8-metastudio-deep")
        thread.start()
        thread.join()
    finally:
        threading.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
