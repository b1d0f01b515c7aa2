"""What the listing pages share: facet boxes with links that add a filter, the active filters
with links that remove them, paging links, and records as flat rows (tables and CSV)."""
from __future__ import annotations

import csv
import io
from typing import Any, Iterable, Optional

from fastapi.responses import Response

from ..errors import QueryError
from ..recordviews import actor_label, issue_id, issue_label, record_actor
from .rows import query_string

FACET_TITLES = {"actor": "Actor", "issue": "Issue", "type": "Statement type", "stance": "Stance", "act": "Act",
                "source": "Outlet", "lang": "Language"}
MAX_LIMIT = 200
CSV_LIMIT = 100_000


def choice(value: str, allowed: Iterable[str], name: str) -> str:
    """``value`` if empty or one of ``allowed``, else a QueryError (400) naming them."""
    allowed = tuple(allowed)
    if value and value not in allowed:
        raise QueryError(f"{name} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def facet_box(found: dict[str, Any], base: str, params: dict[str, Any]) -> dict[str, Any]:
    """The facet box of a page: ``found`` (``store.facets``) with a link per value that adds it as a
    filter to ``params`` (the page's query as given, without paging), and the active filters
    (each with a link that removes it)."""
    boxes, labels = [], {}
    for name, values in found["facets"].items():
        items = []
        for row in values:
            value = str(row["value"])
            labels[name, value] = str(row["label"])
            items.append({"value": value, "label": str(row["label"]), "count": row["count"],
                          "active": params.get(name) == value,
                          "href": f"{base}?{query_string(**{**params, name: value})}"})
        boxes.append({"name": name, "title": FACET_TITLES.get(name, name), "rows": items})
    active = [{"name": name, "title": FACET_TITLES[name], "value": str(params[name]),
               "label": labels.get((name, str(params[name])), str(params[name])),
               "href": f"{base}?{query_string(**{**params, name: ''})}"}
              for name in FACET_TITLES if params.get(name)]
    return {"facets": boxes, "active": active, "total": found["total"]}


def pager(base: str, params: dict[str, Any], count: int, limit: int, offset: int) -> dict[str, Optional[str]]:
    """Links to the previous and next page of a listing (None where there is none)."""
    return {"prev": f"{base}?{query_string(**params, limit=limit, offset=max(0, offset - limit) or '')}"
            if offset > 0 else None,
            "next": f"{base}?{query_string(**params, limit=limit, offset=offset + limit)}" if count == limit else None}


def csv_response(rows: Iterable[dict[str, Any]], columns: list[str], name: str) -> Response:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def _spans(spans: Any) -> str:
    return " … ".join(s.get("text", "") for s in spans or [] if isinstance(s, dict))


def statement_row(st: dict[str, Any]) -> dict[str, Any]:
    """One statement as flat columns (the statements table and its CSV)."""
    sp = st.get("speaker") or {}
    actor = sp.get("actor") or {}
    return {"id": st.get("id"), "published": st.get("published"), "doc": st.get("doc"),
            "speaker": actor.get("name") or _spans(sp.get("mention")), "actor_id": actor.get("id"),
            "speaker_mention": _spans(sp.get("mention")), "type": st.get("type"), "cue": _spans(st.get("cue")),
            "quote": _spans(st.get("quote")), "channel": st.get("channel"),
            "issues": " ".join(str(i) for i in st.get("issues") or [])}


STATEMENT_COLUMNS = list(statement_row({}))


def position_row(pos: dict[str, Any]) -> dict[str, Any]:
    """One position as flat columns (the positions table and its CSV)."""
    actor, mention = record_actor(pos)
    conds = [c.get("text") or c.get("id") if isinstance(c, dict) else str(c) for c in pos.get("conditions") or []]
    return {"id": pos.get("id"), "published": pos.get("published"), "doc": pos.get("doc"),
            "actor": actor_label(pos, unknown=""), "actor_id": (actor or {}).get("id"), "actor_mention": mention,
            "issue": issue_id(pos), "issue_label": issue_label(pos), "stance": pos.get("stance"),
            "confidence": pos.get("confidence"), "conditions": " | ".join(str(c) for c in conds if c),
            "evidence": _spans(pos.get("evidence"))}


POSITION_COLUMNS = list(position_row({}))
DOCUMENT_COLUMNS = ["id", "published", "title", "source", "url", "lang", "chars", "origin"]
ISSUE_COLUMNS = ["id", "label", "label_de", "positions", "commitments"]
