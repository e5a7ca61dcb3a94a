from celery import Celery

app = Celery("tts", broker="redis://localhost:6379/0")
