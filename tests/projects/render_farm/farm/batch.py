"""Re-submits failed renders; the service is passed in."""


def resubmit(svc, bodies):
    for body in bodies:
        svc.submit(body)  # expect: MST101 ~10/s
