"""Exponential back-off with full jitter."""
import random


class Backoff:
    def __init__(self, base=1.0, cap=30.0):
        self._base, self._cap, self._attempt = base, cap, 0

    def next(self):
        ceiling = min(self._cap, self._base * 2 ** self._attempt)
        self._attempt += 1
        return random.uniform(ceiling / 2, ceiling)

    def reset(self):
        self._attempt = 0
