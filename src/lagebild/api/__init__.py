"""The REST API under /api/v1: routes, request/response models, problem+json errors.

The app that serves it together with the web pages is built by ``lagebild.server.create_app``.
"""
