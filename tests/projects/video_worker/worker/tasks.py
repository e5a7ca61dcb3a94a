import time

from worker.celery_app import app
from worker.services import submit_video, video_state


@app.task
def render_batch(scripts):
    jobs = []
    for script in scripts:
        jobs.append(submit_video(script))  # expect: MST101 ~10/s
    return jobs


@app.task
def wait_for(job_id):
    while True:
        state = video_state(job_id)  # expect: MST103
        if state in ("SUCCEED", "FAILED"):
            return state


@app.task
def wait_politely(job_id):
    while video_state(job_id) not in ("SUCCEED", "FAILED"):
        time.sleep(5)
