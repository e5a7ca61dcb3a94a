"""Wait for a promo video to finish rendering."""
import sys

from promo.catalog import video_job
from promo.clients import make_client


def wait_for(job_id):
    client = make_client()
    while True:
        job = video_job(client, job_id)  # expect: MST103
        if job.state in ("SUCCEED", "FAILED"):
            return job


if __name__ == "__main__":
    print(wait_for(sys.argv[1]).state)
