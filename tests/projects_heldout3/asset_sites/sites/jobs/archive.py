"""Archive old assets in one batch action per chunk."""
from ..service import SiteService
from ..utils.retry import retry_on_error


@retry_on_error(attempts=3)
def archive_chunk(svc, body):
    return svc.batch(body)


def archive(chunks):
    svc = SiteService("bj")
    for body in chunks:
        archive_chunk(svc, body)  # expect: MST101
