"""POST /api/v1/documents: store and analyse one document (opt-in, token-protected)."""
from __future__ import annotations

import hmac
from typing import Any, Optional

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse

from ..errors import LagebildError, RejectedInput
from ..ingest.jsonl import record_outcome
from ..ingest.outcome import InputContext, Reject, failed
from ..runner import ingest_outcomes, with_language
from . import models
from .problems import problem

router = APIRouter(prefix="/api/v1")


class IngestRefused(LagebildError):
    """Ingest is switched off, or the caller did not prove it may write (401/403 at the boundary)."""

    def __init__(self, message: str, *, status: int):
        super().__init__(message)
        self.status = status


INGEST_PATH = "/api/v1/documents"
# Used when the options carry no max_request_bytes (settings.py has the documented default).
_MAX_REQUEST_BYTES = 8_000_000


def refusal(settings: Any, authorization: Optional[str]) -> IngestRefused | None:
    """Why a write is refused (403 read-only, 401 wrong token), or None when it may go on."""
    if not settings.allow_ingest:
        return IngestRefused("this server is read-only; start it with --allow-ingest --token TOKEN", status=403)
    scheme, _, given = (authorization or "").partition(" ")
    # compare_digest: the time taken does not reveal how much of the token matched
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        return IngestRefused("send the server's token as 'Authorization: Bearer TOKEN'", status=401)
    return None


def _authorize(request: Request, authorization: Optional[str]) -> None:
    refused = refusal(request.app.state.settings, authorization)
    if refused is not None:
        raise refused


@router.post("/documents", status_code=201, response_model=models.Ingested, tags=["documents"],
             responses={200: {"model": models.Ingested, "description": "already stored (same text)"},
                        401: {"description": "missing or wrong token"},
                        403: {"description": "this server does not accept documents"},
                        413: {"description": "the request body is larger than the setting max_request_bytes"},
                        422: {"description": "the document was rejected (reason in the problem: e.g. "
                                                "too_large, missing_text, bad_date, analysis_failed)"}})
def add_document(request: Request, body: models.NewDocument,
                 authorization: Optional[str] = Header(None, description="Bearer TOKEN")):
    """Store one document and analyse it. Needs `--allow-ingest` and the server's token.

    A body whose JSON holds an unpaired surrogate escape is refused (400); a text longer than the setting
    max_text_chars is refused (422, reason too_large). A document on which an analysis stage
    fails is stored all the same: `analysed` is false and `skipped_reason` says why."""
    _authorize(request, authorization)
    pool = request.app.state.pool
    ctx = InputContext(origin="api", options=pool.options)
    try:
        outcome = record_outcome(body.model_dump(), ctx)
    except Exception as exc:  # noqa: BLE001 - a 422 with the reason, never a 500
        outcome = failed("api", exc, "normalise")
    if isinstance(outcome, Reject):
        raise RejectedInput(outcome.reason, outcome.message, hint="fix the document and send it again")
    doc = with_language(outcome)
    with pool.writer() as store:
        summary = ingest_outcomes([doc], store, pool.options, analyze=True)
        analysis = store.analysis(doc.id)
    if summary.duplicate:
        status = "duplicate"
    elif summary.near_duplicate:
        status = "near_duplicate"
    else:
        status = "processed"
    analysed = bool(analysis and analysis.get("analysed"))
    body_out = {"id": doc.id, "status": status, "analysed": analysed,
                "statements": len((analysis or {}).get("statements", []))}
    if analysis and not analysed:  # stored, not analysed: why (e.g. analysis_failed: stage ...)
        body_out["skipped_reason"] = analysis.get("skipped_reason")
    code = 200 if status == "duplicate" else 201
    return JSONResponse(body_out, status_code=code, headers={"Location": f"/api/v1/documents/{doc.id}"})


def refused_response(exc: IngestRefused) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Bearer realm="lagebild"'} if exc.status == 401 else None
    return problem(exc.status, str(exc), kind="ingest-refused", headers=headers)


def too_large_response(limit: int) -> JSONResponse:
    return problem(413, f"the request body is larger than max_request_bytes ({limit} bytes); "
                        "send one document per request", kind="request-too-large",
                   headers={"Connection": "close"})


_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class RequestGate:
    """Plain ASGI middleware: refuses a request before its body is read.

    POST /api/v1/documents is answered 403 (read-only server) or 401 (no or wrong token) from
    the headers alone, without receiving a byte of the body. Every request body is limited to
    the setting ``max_request_bytes``: a larger ``Content-Length`` is a 413 at once, and a body
    without one (chunked) is read only until it passes the limit, then answered 413.
    """

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope["app"].state
        options = getattr(getattr(state, "pool", None), "options", None)
        limit = int(getattr(options, "max_request_bytes", _MAX_REQUEST_BYTES))
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        method = scope.get("method", "GET")
        if method == "POST" and scope.get("path", "").rstrip("/") == INGEST_PATH:
            auth = headers.get(b"authorization")
            refused = refusal(state.settings, auth.decode("latin-1") if auth is not None else None)
            if refused is not None:
                await _respond(refused_response(refused), scope, send)
                return
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = -1
            if size < 0:
                await _respond(problem(400, "the Content-Length header is not a number", kind="bad-request",
                                       headers={"Connection": "close"}), scope, send)
                return
            if size > limit:
                await _respond(too_large_response(limit), scope, send)
                return
        if method not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        # Read the body here, chunk by chunk, and stop as soon as it passes the limit.
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            if message["type"] != "http.request":
                continue
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > limit:
                await _respond(too_large_response(limit), scope, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for a disconnect, as a server would

        await self.app(scope, replay, send)


async def _respond(response: JSONResponse, scope: dict, send: Any) -> None:
    async def no_body() -> dict:  # the response never reads the request
        return {"type": "http.disconnect"}

    await response(scope, no_body, send)
