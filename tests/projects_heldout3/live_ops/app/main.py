"""ASGI entry point."""
from fastapi import FastAPI

from app.api.routes import router

app = FastAPI(title="live-ops")
app.include_router(router)
