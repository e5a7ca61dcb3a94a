"""Offset/limit paging over MetaStudio list APIs."""
from vmbridge.constants import HTTP_TIMEOUT_S
from vmbridge.session import SESSION


def iter_items(url, key, page_size=50, **filters):
    """Yield every item of a list API; url is absolute, key names the list in the response."""
    offset = 0
    while True:
        params = dict(filters, offset=offset, limit=page_size)
        resp = SESSION.get(url, params=params, timeout=HTTP_TIMEOUT_S)
        resp.raise_for_status()
        page = resp.json()
        items = page.get(key) or []
        yield from items
        offset += page_size
        if not items or offset >= page.get("count", 0):
            return
