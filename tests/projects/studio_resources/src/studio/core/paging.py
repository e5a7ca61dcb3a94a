import time


class PacedMixin:
    """Helpers that keep bulk operations under the gateway's limits."""

    pause = 0.5

    def paced(self, items, action):
        for item in items:
            action(item)
            time.sleep(self.pause)
