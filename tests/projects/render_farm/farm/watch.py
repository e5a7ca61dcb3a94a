"""Watches a render for the CLI: the service is passed in by the caller."""
DONE = ("SUCCEED", "FAILED", "CANCELED")


def watch(svc, job_id):
    while True:
        if svc.status(job_id).state in DONE:  # expect: MST103 ~10/s
            return
