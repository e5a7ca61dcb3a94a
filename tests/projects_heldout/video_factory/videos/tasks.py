"""Celery tasks: the marketing team queues scripts, workers render them."""
from celery import Celery

from videos import render, settings

app = Celery("videos", broker=settings.BROKER_URL)


@app.task
def render_campaign(script_ids):
    job_ids = []
    for script_id in script_ids:
        job_ids.append(render.submit(script_id))  # expect: MST101 ~10/s
    return job_ids


@app.task
def render_one(script_id):
    return render.submit(script_id)


@app.task
def await_job(job_id):
    return render.wait_done(job_id).state
