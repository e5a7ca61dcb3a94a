"""Flask application factory for the MetaStudio asset portal."""
from flask import Flask

from app.config import ACTIVE


def create_app(config_object=ACTIVE):
    app = Flask(__name__)
    app.config.from_object(config_object)

    from app.views.assets import bp as assets_bp
    from app.views.uploads import bp as uploads_bp

    app.register_blueprint(uploads_bp, url_prefix="/uploads")
    app.register_blueprint(assets_bp, url_prefix="/assets")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
