"""Batch text-to-speech on Huawei Cloud MetaStudio: auditions, async jobs and custom vocabulary."""

__version__ = "0.4.2"
