"""Shared concurrency caps: one in-flight detail query per process."""
import threading

DETAIL_SLOTS = threading.Semaphore(1)
