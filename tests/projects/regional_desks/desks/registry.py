"""One client per site, built once at import."""
from desks.factory import build, make
from desks.sites import SITE_NAMES, SITES

CLIENTS = {site: build(cfg["region"], cfg["project_id"]) for site, cfg in SITES.items()}

BY_NAME = {s: make(SITES[s]) for s in SITES}

ORDERED = [make(SITES[s]) for s in SITE_NAMES]
