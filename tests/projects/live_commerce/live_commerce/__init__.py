"""Tooling for the livestream product catalogue on Huawei Cloud MetaStudio."""

__version__ = "0.4.0"
