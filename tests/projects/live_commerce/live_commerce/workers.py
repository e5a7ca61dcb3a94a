"""Background threads used while a live room is on air."""
import logging
import threading
import time
from typing import Callable, List

from live_commerce import config
from live_commerce.repository import PriceChange, ProductRepository

log = logging.getLogger(__name__)


class PriceUpdateWorker(threading.Thread):
    """Pushes one slice of a flash-sale price list to the product catalogue."""

    def __init__(self, repo: ProductRepository, changes: List[PriceChange], name: str):
        super().__init__(name=name, daemon=True)
        self.repo = repo
        self.changes = changes
        self.failed: List[str] = []

    def run(self) -> None:
        for change in self.changes:
            try:
                self.repo.update_price(change)  # expect: MST102 ~40.0/s
            except Exception:  # keep going, the host re-runs the leftovers
                log.exception("price update failed for %s", change.product_id)
                self.failed.append(change.product_id)


class StockWatcher(threading.Thread):
    """Re-reads one product while it is pinned on screen and hands it to the overlay."""

    def __init__(self, repo: ProductRepository, product_id: str, on_update: Callable[[object], None]):
        super().__init__(name=f"stock-{product_id}", daemon=True)
        self.repo = repo
        self.product_id = product_id
        self.on_update = on_update
        self._stopped = threading.Event()

    def stop(self) -> None:
        self._stopped.set()

    def run(self) -> None:
        while not self._stopped.is_set():
            self.on_update(self.repo.get(self.product_id))
            time.sleep(config.STOCK_POLL_S)


def watch_pinned(repo: ProductRepository, product_id: str, on_update: Callable[[object], None]) -> StockWatcher:
    watcher = StockWatcher(repo, product_id, on_update)
    watcher.start()
    return watcher


def push_flash_sale(repo: ProductRepository, changes: List[PriceChange]) -> List[str]:
    """Split the price list over PRICE_WORKERS threads so the sale starts on time."""
    workers = []
    for n in range(config.PRICE_WORKERS):
        worker = PriceUpdateWorker(repo, changes[n::config.PRICE_WORKERS], name=f"price-{n}")
        worker.start()
        workers.append(worker)
    failed: List[str] = []
    for worker in workers:
        worker.join()
        failed.extend(worker.failed)
    return failed
