"""Kill switch: stop every intelligent livestream of the Shanghai tenant now.

Run from the repository root:  python -m scripts.stop_all_live [--yes]
"""
import argparse
import asyncio

from lib.feeds import iter_live_jobs
from lib.metastudio import studio
from lib.rest import async_client
from lib.workers import stopper

STOP_WORKERS = 8


async def stop_all(jobs):
    queue: asyncio.Queue = asyncio.Queue()
    for job in jobs:
        queue.put_nowait((job.room_id, job.job_id))
    async with async_client() as http:
        workers = [asyncio.create_task(stopper(queue, http)) for _ in range(STOP_WORKERS)]
        await queue.join()
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    args = parser.parse_args()
    jobs = list(iter_live_jobs(studio, state="PROCESSING"))
    if not jobs:
        print("nothing is live")
        return
    if not args.yes and input(f"stop {len(jobs)} live streams? [y/N] ").lower() != "y":
        return
    asyncio.run(stop_all(jobs))
    print(f"stopped {len(jobs)} streams")


if __name__ == "__main__":
    main()
