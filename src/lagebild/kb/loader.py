"""Reading actor files: the shipped JSON, the curated YAML and user files (YAML or CSV).

Errors name the file and, where known, the line, as ``KnowledgeBaseError``.
"""
from __future__ import annotations

import csv
import gzip
import json
import re
from datetime import date
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..errors import KnowledgeBaseError
from .records import ACTOR_TYPES, ActorRecord, Role

_QID = re.compile(r"^Q\d+$")
_ID = re.compile(r"^(Q\d+|[a-z][a-z0-9_-]*:[\w.-]+)$")

try:  # the C loader is ~10x faster when PyYAML has it
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


class _LineLoader(_Loader):
    """Safe loader that records each mapping's line for error messages."""


def _construct_mapping(loader, node, deep=False):
    mapping = loader.construct_mapping(node, deep=deep)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise KnowledgeBaseError(f"{where}: bad date {value!r}, want YYYY-MM-DD") from exc


def _role(raw: dict, where: str) -> Role:
    if not isinstance(raw, dict) or not raw.get("key"):
        raise KnowledgeBaseError(f"{where}: a role needs at least 'key' (e.g. DE.chancellor)")
    role = Role(key=str(raw["key"]), label=str(raw.get("label") or raw["key"]), label_de=raw.get("label_de"),
                of=raw.get("of"), start=_date(raw.get("start"), where), end=_date(raw.get("end"), where))
    if role.start and role.end and role.end < role.start:
        raise KnowledgeBaseError(f"{where}: role {role.key} ends before it starts")
    return role


def record_from_dict(raw: dict, where: str, *, curated: bool) -> ActorRecord:
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{where}: an actor must be a mapping with id, name, type")
    missing = [k for k in ("id", "name", "type") if not raw.get(k)]
    if missing:
        raise KnowledgeBaseError(f"{where}: actor is missing {', '.join(missing)}")
    aid, typ = str(raw["id"]).strip(), str(raw["type"]).strip()
    if not _ID.match(aid):
        raise KnowledgeBaseError(f"{where}: bad id {aid!r}; use a Wikidata QID (Q123) or 'local:some-name'")
    if typ not in ACTOR_TYPES:
        raise KnowledgeBaseError(f"{where}: bad type {typ!r}; one of {', '.join(ACTOR_TYPES)}")
    aliases = raw.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split("|") if a.strip()]
    roles = [_role(r, where) for r in raw.get("roles") or []]
    return ActorRecord(
        id=aid, name=str(raw["name"]), type=typ, name_de=raw.get("name_de") or None,
        wikidata=raw.get("wikidata") or (aid if _QID.match(aid) else None),
        aliases=[str(a) for a in aliases], adjectives=list(raw.get("adjectives") or []),
        roles=roles, of=raw.get("of"), party=raw.get("party"), iso=raw.get("iso"), curated=curated,
        active_from=_date(raw.get("active_from"), where), active_to=_date(raw.get("active_to"), where),
        died=_date(raw.get("died"), where), listed=bool(raw.get("listed", True)),
    )


def read_json_actors(path: Path) -> list[ActorRecord]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        rows = json.load(fh)
    return [record_from_dict(r, f"{path.name}[{i}]", curated=False) for i, r in enumerate(rows)]


def read_yaml(path: Path, *, curated: bool = True) -> dict[str, list]:
    """Actors plus the optional sections metonyms, role_nouns, spokespeople."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise KnowledgeBaseError(f"{path}:{line} not valid YAML: {exc}") from exc
    except ValueError as exc:  # PyYAML parses 2024-13-01 as a date and fails
        raise KnowledgeBaseError(f"{path}: bad date or value: {exc}") from exc
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read: {exc}") from exc
    if isinstance(data, list):
        data = {"actors": data}
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{path}: want a mapping with an 'actors' list")
    unknown = set(data) - {"actors", "metonyms", "role_nouns", "spokespeople", "__line__"}
    if unknown:
        raise KnowledgeBaseError(f"{path}: unknown section(s) {sorted(unknown)}")
    actors = []
    for raw in data.get("actors") or []:
        where = f"{path}: line {raw.get('__line__', '?')}" if isinstance(raw, dict) else f"{path}"
        actors.append(record_from_dict(raw, where, curated=curated))
    out: dict[str, list] = {"actors": actors}
    for section in ("metonyms", "role_nouns", "spokespeople"):
        items = data.get(section) or []
        for item in items:
            if not isinstance(item, dict) or not item.get("forms"):
                raise KnowledgeBaseError(f"{path}: line {item.get('__line__', '?') if isinstance(item, dict) else '?'}: "
                                         f"{section} entries need 'forms'")
        out[section] = items
    return out


CSV_COLUMNS = ("id", "name", "type", "name_de", "aliases", "role_key", "role_label", "role_label_de",
               "role_of", "role_start", "role_end")


def read_csv(path: Path) -> list[ActorRecord]:
    """One actor role per row; rows with the same id are merged (see docs/kb.md)."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read: {exc}") from exc
    with fh:
        reader = csv.DictReader(fh)
        cols = reader.fieldnames or []
        missing = [c for c in ("id", "name", "type") if c not in cols]
        if missing:
            raise KnowledgeBaseError(f"{path}: line 1: header lacks {', '.join(missing)}")
        unknown = [c for c in cols if c not in CSV_COLUMNS]
        if unknown:
            raise KnowledgeBaseError(f"{path}: line 1: unknown column(s) {', '.join(unknown)}")
        merged: dict[str, ActorRecord] = {}
        for row in reader:
            where = f"{path}: line {reader.line_num}"
            raw: dict[str, Any] = {k: (v or "").strip() for k, v in row.items() if k}
            if raw.get("role_key"):
                raw["roles"] = [{"key": raw["role_key"], "label": raw.get("role_label"), "label_de": raw.get("role_label_de"),
                                 "of": raw.get("role_of") or None, "start": raw.get("role_start"), "end": raw.get("role_end")}]
            rec = record_from_dict(raw, where, curated=True)
            if rec.id in merged:
                merged[rec.id].roles += rec.roles
                merged[rec.id].aliases += [a for a in rec.aliases if a not in merged[rec.id].aliases]
            else:
                merged[rec.id] = rec
    return list(merged.values())


def read_file(path: str | Path) -> dict[str, list]:
    path = Path(path)
    if not path.exists():
        raise KnowledgeBaseError(f"{path}: no such actor file")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return read_yaml(path)
    if suffix == ".csv":
        return {"actors": read_csv(path)}
    raise KnowledgeBaseError(f"{path}: unsupported actor file type {suffix!r}; use .yaml, .yml or .csv")


def iter_forms(items: Iterable[dict]) -> Iterable[tuple[str, dict]]:
    for item in items:
        for form in item["forms"]:
            yield str(form), item
