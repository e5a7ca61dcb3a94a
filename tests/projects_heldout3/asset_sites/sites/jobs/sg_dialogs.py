"""Open the Singapore welcome dialog."""
from sites.service import SiteService


def open_welcome(body):
    return SiteService("sg").open_dialog(body)
