"""Subtitle studio: virtual-avatar videos with burnt-in subtitles, produced on Huawei Cloud MetaStudio."""

__version__ = "0.4.0"
