"""Task queues written other ways: task.s(x).delay(), group() of a list held in a variable, RQ @job, joblib over a generator variable."""
from celery import Celery, group
from rq.decorators import job
import joblib
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateProductRequest
app = Celery("x")
client = MetaStudioClient.new_builder().build()

@app.task
def create(body):
    client.create_product(CreateProductRequest(body=body))

@job("default")
def create_rq(body):
    client.create_product(CreateProductRequest(body=body))

def a(bodies):
    for b in bodies:
        create.s(b).delay()  # expect: MST102 ~320/s

def b(bodies):
    tasks = [create.s(x) for x in bodies]
    return group(tasks).apply_async()  # expect: MST102 ~320/s

def c(bodies):
    for x in bodies:
        create_rq.delay(x)  # expect: MST102 ~320/s

def d(bodies):
    jobs = (joblib.delayed(create)(x) for x in bodies)
    return joblib.Parallel(n_jobs=2)(jobs)  # expect: MST102 ~20/s
