"""Records as flat, typed tables: the rows and columns of `lagebild export` (CSV, Parquet) and of
``store.to_pandas`` (docs/cli.md, "Export"; docs/python.md, "Tables").

``export_rows`` queries the store (the records as JSON Lines gives them, nested); ``export_table``
flattens them into columns in the documented order, each with its type (str, int, float, bool,
date); ``arrow_table``, ``csv_text`` and ``data_frame`` write those columns for pyarrow, CSV and
pandas. One code path for every format, so a column has the same name, place and type in each.
"""
from __future__ import annotations

import csv
import inspect
import io
import json
from datetime import date
from typing import Any

from ..errors import MissingDependency, QueryError
from ..recordviews import actor_fields, actor_label, issue_id, issue_label

KINDS = ("statements", "positions", "commitments", "conditions", "documents")

# What a query without a limit means here: every record, wire copies included (as the export).
_ALL = {"limit": 10**9, "one_per_cluster": False}
# The filters of documents and conditions (the other kinds take those of their store query).
_DOCUMENT_FILTERS = ("since", "until", "limit")
_CONDITION_FILTERS = ("since", "until", "actor", "actor_ids", "mention", "issue")

# Column types of exports that are not text (docs/cli.md, "Export").
_TYPES = {"published": "date", "confidence": "float", "start": "int", "end": "int", "evidence.start": "int", "evidence.end": "int",
          "quantity.value": "float", "quantity.high": "float", "quantity.approx": "bool", "negated": "bool",
          "hedged": "bool", "second_hand": "bool", "fragment": "bool"}
CONDITION_COLUMNS = ("id", "doc", "published", "type", "text", "start", "end", "fragment", "how", "qualifies",
                     "party")


def _filters_of(store: Any, kind: str, filters: dict[str, Any]) -> dict[str, Any]:
    """``filters`` checked against what ``kind`` accepts (a QueryError names the accepted ones);
    None values dropped (no filter)."""
    if kind not in KINDS:
        raise QueryError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}", hint="")
    if kind == "documents":
        accepted: tuple[str, ...] = _DOCUMENT_FILTERS
    elif kind == "conditions":
        accepted = _CONDITION_FILTERS
    else:
        accepted = tuple(n for n, p in inspect.signature(getattr(store, kind)).parameters.items()
                         if p.kind is inspect.Parameter.KEYWORD_ONLY)
    unknown = sorted(set(filters) - set(accepted))
    if unknown:
        raise QueryError(f"{kind} take no filter {', '.join(map(repr, unknown))}; accepted: {', '.join(accepted)}",
                         hint="")
    return {k: v for k, v in filters.items() if v is not None}


def export_rows(store: Any, kind: str, **filters: Any) -> list[dict[str, Any]]:
    """The records of ``kind`` (one of KINDS) as the store gives them, every one by default
    (wire copies included); ``filters`` are those of the store query of that kind (``since``,
    ``until``, ``actor_ids``, ``mention``, ``issue``, ...). Documents take ``since``, ``until``
    and ``limit``; conditions ``since``, ``until`` and the actor and issue filters, which keep
    the conditions qualifying a selected position or commitment."""
    given = _filters_of(store, kind, filters)
    if kind in ("statements", "positions", "commitments"):
        return getattr(store, kind)(**{**_ALL, **given})
    period = {"since": given.pop("since", None), "until": given.pop("until", None)}
    if kind == "documents":
        return [{**d.to_dict(), "text": d.text}
                for d in store.documents(limit=given.get("limit", _ALL["limit"]), **period)]
    selected: set[str] | None = None  # conditions: with an actor, mention or issue, those qualifying its records
    if given:
        records = store.positions(**_ALL, **period, **given) + store.commitments(**_ALL, **period, **given)
        selected = {r["id"] for r in records}
        docs = list(dict.fromkeys((r["doc"], r.get("published")) for r in records))
    else:
        docs = [(d.id, d.published.isoformat() if d.published else None)
                for d in store.documents(limit=_ALL["limit"], **period)]
    rows = []
    for doc_id, published in docs:
        for c in (store.analysis(doc_id) or {}).get("conditions") or []:
            if selected is None or selected & set(c.get("qualifies") or []):
                text = c.get("text") or {}
                rows.append({"id": c.get("id"), "doc": doc_id, "published": published, "type": c.get("type"),
                             "text": text.get("text"), "start": text.get("start"), "end": text.get("end"),
                             "fragment": c.get("fragment"), "how": c.get("how"),
                             "qualifies": c.get("qualifies") or [], "party": c.get("party")})
    return rows


def _spans(value: Any) -> tuple[str | None, int | None, int | None]:
    """A list of spans as (texts joined by " … ", first start, last end)."""
    spans = [v for v in value or [] if isinstance(v, dict)] if isinstance(value, list) else []
    if not spans:
        return None, None, None
    return " … ".join(str(s.get("text") or "") for s in spans), spans[0].get("start"), spans[-1].get("end")


def _who(record: dict[str, Any], key: str = "actor") -> dict[str, Any]:
    """actor (label), actor_id, actor_mention, actor_wikidata of a {mention, actor} field."""
    fields = actor_fields({"actor": record.get(key)})
    label = actor_label({"actor": record.get(key)}, unknown="") or None
    return {key: label, f"{key}_id": fields[1], f"{key}_mention": fields[4], f"{key}_wikidata": fields[3]}


def export_row(kind: str, r: dict[str, Any]) -> dict[str, Any]:
    """One position or commitment as flat columns, in the documented order."""
    who = _who(r)
    conds = r.get("conditions") or []
    head = {"id": r.get("id"), "doc": r.get("doc"), "published": r.get("published"), "actor": who["actor"],
            "actor_id": who["actor_id"], "issue": issue_id(r)}
    ev, ev_start, ev_end = _spans(r.get("evidence"))
    mid = {"conditions": json.dumps(conds, ensure_ascii=False),
           "condition_texts": " | ".join(str(c.get("text") or c.get("id")) if isinstance(c, dict) else str(c)
                                         for c in conds) or None,
           "evidence": ev, "evidence.start": ev_start, "evidence.end": ev_end}
    tail = {"actor_mention": who["actor_mention"], "actor_wikidata": who["actor_wikidata"],
            "issue_label": issue_label(r), "cluster_id": r.get("cluster_id")}
    if kind == "positions":
        return {**head, "stance": r.get("stance"), "confidence": r.get("confidence"), "from": r.get("from"), **mid,
                **tail}
    obj = r.get("object")
    qty = r.get("quantity") if isinstance(r.get("quantity"), dict) else {}
    value = qty.get("value")
    low, high = (value[0], value[-1]) if isinstance(value, list) and value else (value, None)
    rec = _who(r, "recipient") if isinstance(r.get("recipient"), dict) else {}
    time = r.get("time") if isinstance(r.get("time"), dict) else {}
    return {**head, "act": r.get("act"), "object": obj.get("text") if isinstance(obj, dict) else obj,
            "status": r.get("status"), "quantity": qty.get("text"), "quantity.value": low, "quantity.high": high,
            "quantity.unit": qty.get("unit"), "quantity.approx": qty.get("approx"),
            "recipient": rec.get("recipient"), "recipient_id": rec.get("recipient_id"),
            "time": time.get("text"), "time.value": None if time.get("value") is None else str(time["value"]),
            "negated": r.get("negated"), "hedged": r.get("hedged"), "second_hand": r.get("second_hand"),
            "source_statement": r.get("source_statement"), **mid, "cue": _spans(r.get("cue"))[0], **tail}


def export_table(kind: str, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Rows as flat columns and each column's type (str, int, float, bool, date), in column order:
    a fixed list for positions, commitments and conditions; for statements and documents the
    flattened keys, id, doc and published first and the rest sorted, typed by their values."""
    fixed = kind in ("positions", "commitments", "conditions")
    if kind in ("positions", "commitments"):
        flat = [export_row(kind, r) for r in rows]
        names = list(export_row(kind, {}))
    elif kind == "conditions":  # already flat but for qualifies and party: JSON text
        flat = [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in r.items()}
                for r in rows]
        names = list(CONDITION_COLUMNS)
    else:
        flat = [flatten(r) for r in rows]
        keys = {k for r in flat for k in r}
        names = [k for k in ("id", "doc", "published") if k in keys] + sorted(keys - {"id", "doc", "published"})
    return flat, {n: _TYPES.get(n) or ("str" if fixed else _value_type([r.get(n) for r in flat])) for n in names}


def _value_type(values: list[Any]) -> str:
    """The type of a column of a generic export: bool, int, float if all its values are, else str."""
    present = [v for v in values if v is not None and v != ""]
    if present and all(isinstance(v, bool) for v in present):
        return "bool"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "int"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "float"
    return "str"


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested records as flat columns: spans joined as text, with their first offsets."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list) and value and all(isinstance(v, dict) and "text" in v for v in value):
            out[name] = " … ".join(v["text"] for v in value)
            out[name + ".start"] = value[0].get("start")
            out[name + ".end"] = value[-1].get("end")
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False) if value else ""
        else:
            out[name] = value
    return out


_CAST = {"str": str, "int": int, "float": float, "bool": bool, "date": lambda v: date.fromisoformat(str(v)[:10])}


def typed_values(flat: list[dict[str, Any]], name: str, kind: str) -> list[Any]:
    """A column's values as Python values of its type; missing ones (None, or "" but for text) None."""
    return [None if v is None or (v == "" and kind != "str") else _CAST[kind](v) for v in (r.get(name) for r in flat)]


def csv_text(flat: list[dict[str, Any]], types: dict[str, str]) -> str:
    """CSV with a header, the columns in order; booleans as true/false, missing values empty."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(types))
    writer.writeheader()
    writer.writerows({k: ("true" if v else "false") if isinstance(v, bool) else v for k, v in r.items()}
                     for r in flat)
    return buf.getvalue()


def arrow_table(flat: list[dict[str, Any]], types: dict[str, str]) -> Any:
    """A pyarrow table of ``export_table``'s rows with typed columns (dates as date32)."""
    try:
        import pyarrow as pa
    except ImportError as exc:
        raise MissingDependency("Parquet needs pyarrow: pip install 'lagebild[parquet]'") from exc

    arrow = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32()}
    return pa.table({name: pa.array(typed_values(flat, name, kind), type=arrow[kind]) for name, kind in types.items()})


def data_frame(flat: list[dict[str, Any]], types: dict[str, str]) -> Any:
    """A pandas DataFrame of ``export_table``'s rows, the columns in order and typed: dates
    ``datetime64[ns]``, whole numbers ``Int64``, numbers ``float64``, booleans ``boolean`` (the
    nullable types: a missing value is ``pd.NA``), text ``string``."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise MissingDependency("store.to_pandas needs pandas: pip install 'lagebild[pandas]'") from exc

    dtypes = {"str": "string", "int": "Int64", "float": "float64", "bool": "boolean"}
    columns = {}
    for name, kind in types.items():
        values = typed_values(flat, name, kind)
        if kind == "date":
            columns[name] = pd.to_datetime(pd.Series(values, dtype=object, index=range(len(values)))
                                           ).astype("datetime64[ns]")
        else:
            columns[name] = pd.Series([float("nan") if v is None and kind == "float" else v for v in values],
                                      dtype=dtypes[kind], index=range(len(values)))
    return pd.DataFrame(columns, index=range(len(flat)), columns=list(types))


def to_pandas(store: Any, kind: str, **filters: Any) -> Any:
    """``store``'s records of ``kind`` as a typed pandas DataFrame (``export_rows``, ``data_frame``)."""
    _filters_of(store, kind, filters)  # a bad kind or filter fails before pandas is needed
    try:
        import pandas  # noqa: F401
    except ImportError as exc:
        raise MissingDependency("store.to_pandas needs pandas: pip install 'lagebild[pandas]'") from exc
    return data_frame(*export_table(kind, export_rows(store, kind, **filters)))
