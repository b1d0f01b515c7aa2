"""Errors as RFC 9457 problem details (``application/problem+json``)."""
from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi.responses import JSONResponse

from ..errors import InputError, LagebildError, QueryError, RejectedInput, StoreError

PROBLEM_TYPE = "application/problem+json"
TYPE_BASE = "https://lagebild.invalid/problems/"  # stable identifiers, not fetched

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["type", "title", "status"],
    "properties": {
        "type": {"type": "string", "description": "a URI naming the kind of problem"},
        "title": {"type": "string", "description": "a short summary of the kind of problem"},
        "status": {"type": "integer", "description": "the HTTP status code"},
        "detail": {"type": "string", "description": "what went wrong this time, and what to do"},
        "errors": {"type": "array", "items": {"type": "object"},
                   "description": "for invalid parameters: one entry per parameter"},
        "candidates": {"type": "array", "items": {"type": "object"},
                       "description": "for an actor query that names several actors: id, name, type, wikidata, role"},
    },
}


def problem(status: int, detail: str, *, kind: str | None = None, title: str | None = None,
            headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    phrase = HTTPStatus(status).phrase
    body = {
        "type": TYPE_BASE + (kind or phrase.lower().replace(" ", "-")),
        "title": title or phrase,
        "status": status,
        "detail": detail,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_TYPE, headers=headers)


def status_of(exc: LagebildError) -> tuple[int, str]:
    """The HTTP status and problem kind of a library error."""
    if isinstance(exc, QueryError):
        return 400, "bad-query"
    if isinstance(exc, InputError):
        return 422, "rejected-input"
    if isinstance(exc, StoreError):
        return 503, "store-unavailable"
    return 500, "internal"


def from_library_error(exc: LagebildError) -> JSONResponse:
    status, kind = status_of(exc)
    extra = {"candidates": exc.candidates} if getattr(exc, "candidates", None) else {}
    if isinstance(exc, RejectedInput):  # machine-readable: one of errors.REJECT_REASONS
        extra["reason"] = exc.reason
    return problem(status, str(exc), kind=kind, **extra)


def validation_errors(raw: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """A one-line summary and a JSON-safe list of invalid parameters."""
    errors = []
    for err in raw:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body", "header")]
        errors.append({"parameter": ".".join(loc) or "request", "message": str(err.get("msg", "invalid"))})
    summary = "; ".join(f"{e['parameter']}: {e['message']}" for e in errors) or "invalid request"
    return summary, errors
