from app.routers import assets, live, videos

__all__ = ["assets", "live", "videos"]
