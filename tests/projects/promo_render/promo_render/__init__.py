"""promo_render: turns campaign copy into avatar videos and voice-overs on Huawei Cloud MetaStudio.

All MetaStudio traffic of this package runs in one tenant.  Every module that calls the
service in bulk goes through the pacing helpers of :mod:`promo_render.pacing` or a
limiter sized from :mod:`promo_render.settings` (see docs/throttling.md in the wiki).
"""

__version__ = "2.4.1"
