"""Registry of nightly maintenance jobs."""
JOBS = {}


def register(name):
    def decorator(fn):
        JOBS[name] = fn
        return fn
    return decorator
