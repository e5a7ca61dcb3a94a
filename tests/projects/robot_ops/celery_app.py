"""The Celery application of the robot-ops workers: ``celery -A celery_app worker``."""
from celery import Celery

from settings import prod as conf

app = Celery("robot_ops", broker=conf.CELERY_BROKER_URL, backend=conf.CELERY_RESULT_BACKEND, include=["tasks"])
app.conf.update(task_acks_late=True, worker_prefetch_multiplier=1, timezone="UTC")
