"""POST /api/v1/documents: store and analyse one document (opt-in, token-protected)."""
from __future__ import annotations

import hmac
from typing import Optional

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


def _authorize(request: Request, authorization: Optional[str]) -> None:
    settings = request.app.state.settings
    if not settings.allow_ingest:
        raise IngestRefused("this server is read-only; start it with --allow-ingest --token TOKEN", status=403)
    scheme, _, given = (authorization or "").partition(" ")
    # compare_digest: the time taken does not reveal how much of the token matched
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise IngestRefused("send the server's token as 'Authorization: Bearer TOKEN'", status=401)


@router.post("/documents", status_code=201, response_model=models.Ingested, tags=["documents"],
             responses={200: {"model": models.Ingested, "description": "already stored (same text)"},
                        401: {"description": "missing or wrong token"},
                        403: {"description": "this server does not accept documents"},
                        422: {"description": "the document was rejected (reason in the problem: e.g. "
                                                "too_large, missing_text, bad_date, analysis_failed)"}})
def add_document(request: Request, body: models.NewDocument,
                 authorization: Optional[str] = Header(None, description="Bearer TOKEN")):
    """Store one document and analyse it. Needs `--allow-ingest` and the server's token.

    Unpaired surrogates in the text or title become U+FFFD; a text longer than the setting
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
