"""The application factory: REST API (api/), web pages (web/), static assets and error mapping.

The one place where the two HTTP surfaces meet, above both in the layers.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .about import __version__
from .api import explore as api_explore, ingest, routes
from .api.pool import open_server_pool
from .api.problems import PROBLEM_SCHEMA, PROBLEM_TYPE, from_library_error, problem, status_of, validation_errors
from .errors import ConfigError, LagebildError
from .settings import make_options
from .web import apidocs, explore, feeds, overtime, pages
from .web.pages import error_page

# Pages and the API only ever load what the package ships; inline SVG needs no
# exception. frame-ancestors stops clickjacking of the (read-only) pages.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
     b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


@dataclass(frozen=True)
class ServerSettings:
    allow_ingest: bool
    token: str


class SecurityHeaders:
    """Plain ASGI middleware (cheaper than BaseHTTPMiddleware) adding the headers above."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in SECURITY_HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db_url: str, *, options: Any = None, allow_ingest: bool = False,
               token: str | None = None, create: bool = True) -> FastAPI:
    """A FastAPI app over the store at ``db_url``: /api/v1 (JSON) and the web pages (HTML).

    Read-only unless ``allow_ingest`` is set, which needs a ``token`` clients send
    as ``Authorization: Bearer TOKEN`` to POST /api/v1/documents. ``create=False``: a missing
    SQLite file is an error (``StoreMissing``), as `lagebild serve` wants without --create.
    """
    if allow_ingest and not (token and token.strip()):
        raise ConfigError("--allow-ingest needs a token (--token TOKEN) so that only you can add documents",
                          hint="choose a long random token, e.g. `python -c 'import secrets; print(secrets.token_urlsafe())'`")
    options = options if options is not None else make_options()
    pool = open_server_pool(db_url, options, create=create)  # opened and migrated once per app

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        pool.close()

    app = FastAPI(title="lagebild", version=__version__, lifespan=lifespan,
                  description="Who said, pledged, demanded or refused what, in dated news articles. "
                              "Every record points to character offsets in the stored document text.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.pool = pool
    app.state.settings = ServerSettings(allow_ingest=allow_ingest, token=(token or "").strip())
    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.include_router(api_explore.router)

    pages.install(app)
    app.include_router(overtime.router)
    app.include_router(explore.router)
    app.include_router(apidocs.router)
    feeds.install(app)
    app.mount("/static", StaticFiles(directory=str(resources.files("lagebild.web") / "static")), name="static")
    _install_errors(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    # Starlette runs the middleware added last first: the headers wrap every answer of the gate,
    # which refuses writes and oversized bodies before the body is read.
    app.add_middleware(ingest.RequestGate)
    app.add_middleware(SecurityHeaders)
    return app


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path == "/openapi.json")


def _install_errors(app: FastAPI) -> None:
    def respond(request: Request, status: int, detail: str, **extra: Any):
        if _wants_html(request):
            return error_page(request, status, detail)
        return problem(status, detail, **extra)

    @app.exception_handler(ingest.IngestRefused)
    async def refused(request: Request, exc: ingest.IngestRefused):
        return ingest.refused_response(exc)

    @app.exception_handler(routes.NotFound)
    async def not_found(request: Request, exc: routes.NotFound):
        return respond(request, 404, str(exc), kind="not-found")

    @app.exception_handler(routes.NotAvailable)
    async def not_available(request: Request, exc: routes.NotAvailable):
        return respond(request, 501, str(exc), kind="not-available")

    @app.exception_handler(LagebildError)
    async def library_error(request: Request, exc: LagebildError):
        if _wants_html(request):
            return error_page(request, status_of(exc)[0], str(exc))
        return from_library_error(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        summary, errors = validation_errors(list(exc.errors()))
        if _wants_html(request):
            return error_page(request, 400, summary)
        return problem(400, summary, kind="invalid-parameters", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else "request failed"
        return respond(request, exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception):  # details stay in the server log
        # Starlette answers this one from its outermost layer (ServerErrorMiddleware), outside
        # SecurityHeaders: the headers are set here.
        response = respond(request, 500, "an unexpected error occurred; the server log has the details",
                           kind="internal")
        for name, value in SECURITY_HEADERS:
            response.headers[name.decode("latin-1")] = value.decode("latin-1")
        return response


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema with every error documented as problem+json (400 instead of 422)."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = PROBLEM_SCHEMA
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    ref = {"content": {PROBLEM_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    for path_item in schema.get("paths", {}).values():
        for method, op in path_item.items():
            responses = op.setdefault("responses", {})
            invalid = responses.pop("422", None)
            responses["400"] = {"description": "invalid parameters or malformed query", **ref}
            responses["503"] = {"description": "the database cannot be read", **ref}
            for code, resp in list(responses.items()):
                if code[0] in "45" and code not in ("400", "503"):
                    resp.pop("content", None)
                    resp.update(ref)
            if method == "post" and invalid is not None:
                responses["422"] = {"description": "the document was rejected", **ref}
    app.openapi_schema = schema
    return schema
