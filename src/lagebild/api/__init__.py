"""The HTTP surface: REST API under /api/v1 and the web pages, from one app factory.

    app = create_app("lagebild.db")                      # read-only
    app = create_app("lagebild.db", allow_ingest=True, token="...")
"""
from .app import create_app

__all__ = ["create_app"]
