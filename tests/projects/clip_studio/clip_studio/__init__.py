"""Clip studio: multi-tenant video script and live-room automation on Huawei Cloud MetaStudio."""

__version__ = "0.4.2"
