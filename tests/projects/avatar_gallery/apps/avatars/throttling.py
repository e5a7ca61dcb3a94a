"""Pacing shared by the avatars app.

Limits are the CN East-Shanghai1 column of MetaStudio's "Constraints on APIs"
(the gallery tenant): update/create/delete asset 5/s, list/show asset 10/s.
"""
from pyrate_limiter import Duration, Limiter, Rate

# update_digital_asset in the sync command: 1 / (0.1 s call + 0.3 s) = 2.5/s
SYNC_PAUSE_S = 0.3

# between two pages of list_assets
PAGE_PAUSE_S = 0.2

# between two polls of a video production task
VIDEO_POLL_S = 5

# between two Celery hand-offs of asset registrations
DISPATCH_PAUSE_S = 0.5

# create_digital_asset from the CSV import: 4/s, under the 5/s of cn-east-3
asset_create_limiter = Limiter(Rate(4, Duration.SECOND), max_delay=10_000)
