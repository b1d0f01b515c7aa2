"""``/docs``: the API documentation as one plain HTML page made from the app's OpenAPI schema.

No script, stylesheet or font from another site (FastAPI's Swagger UI loads its files from a
CDN): the page is rendered here, with the package's own stylesheet, and works offline.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from .pages import render

router = APIRouter(include_in_schema=False)
METHODS = ("get", "post", "put", "patch", "delete")


def schema_type(schema: dict[str, Any] | None) -> str:
    """A parameter's schema in a few words: ``integer``, ``one of: a, b``, ``string or null``."""
    if not schema:
        return ""
    if "enum" in schema:
        return "one of: " + ", ".join(str(v) for v in schema["enum"])
    if "const" in schema:
        return str(schema["const"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            parts = [schema_type(s) for s in schema[key] if s.get("type") != "null"]
            return " or ".join(p for p in parts if p)
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return f"list of {schema_type(schema.get('items')) or 'values'}"
    kind = str(schema.get("type") or "")
    bounds = [f"{op} {schema[key]}" for key, op in (("minimum", "≥"), ("maximum", "≤")) if key in schema]
    return kind + (f" ({', '.join(bounds)})" if bounds else "")


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation of ``spec`` in path order: method, path, summary, description, parameters
    and responses, each reduced to what a reader needs."""
    out = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if not op:
                continue
            params = [{"name": p.get("name"), "in": p.get("in"), "required": bool(p.get("required")),
                       "type": schema_type(p.get("schema")), "default": (p.get("schema") or {}).get("default"),
                       "description": p.get("description") or ""} for p in op.get("parameters", [])]
            body = op.get("requestBody")
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary") or "",
                        "description": op.get("description") or "", "params": params,
                        "body": ", ".join((body or {}).get("content", {})) if body else "",
                        "tags": op.get("tags") or [], "anchor": f"{method}-{path}".replace("/", "-").strip("-"),
                        "responses": [{"code": code, "description": r.get("description") or ""}
                                      for code, r in sorted(op.get("responses", {}).items())]})
    return out


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    spec = request.app.openapi()
    return render(request, "apidocs.html", nav="docs", info=spec.get("info", {}), ops=operations(spec))
