"""Wikidata -> lagebild actor records, for `lagebild kb update FILE`.

Two inputs are read (docs/kb.md, "Updating from Wikidata"):

- Wikidata entity JSON: the JSON dump format (a JSON array with one entity per line; ``.gz``
  and ``.bz2`` too), a pretty-printed array of entities, JSON Lines, or the
  ``Special:EntityData/Q….json`` shape ``{"entities": {...}}``. Read from each entity:
  ``labels`` and ``aliases`` (en, mul, de), ``P31`` instance of (the actor type), ``P39``
  position held with the qualifiers ``P580`` start time and ``P582`` end time, ``P102`` party.
- SPARQL 1.1 Query Results JSON (``head.vars``, ``results.bindings``) of the query in docs/kb.md.

Positions become lagebild role keys through ``data/kb/positions.yaml``; an unmapped position is
kept as a role ``wd.<QID>`` and listed in ``Update.unmapped``. ``write_update`` writes one YAML
actor file (the format of docs/kb.md) into the user's actor folder, never into the package.

    upd = read_update("subset.json", positions=load_positions())
    path = write_update(upd, Path("kb"))
"""
from __future__ import annotations

import bz2
import calendar
import gzip
import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

from ..errors import KnowledgeBaseError
from .loader import read_file, record_from_dict

EXPECTED = ("want a Wikidata JSON dump subset (a JSON array of entities with id, labels, aliases, claims; one "
            "entity per line) or the SPARQL 1.1 JSON result (head.vars with person, personLabel, position; "
            "results.bindings) of the query in docs/kb.md, 'Updating from Wikidata'")
_QID = re.compile(r"^Q\d+$")
_TIME = re.compile(r"^([+-]?)(\d{1,16})-(\d\d)-(\d\d)")
# P31 (instance of) -> actor type; other entities take the type they already have in the KB
INSTANCE_TYPES = {"Q5": "person", "Q7278": "party", "Q6256": "country", "Q3624078": "country",
                  "Q43229": "organization", "Q4830453": "organization", "Q11032": "medium", "Q515": "place"}
NAME_LANGS = ("en", "mul", "de")  # `mul`: Wikidata's label for all languages


def _bad(message: str) -> KnowledgeBaseError:  # a malformed input file: say what is expected
    return KnowledgeBaseError(message, hint=EXPECTED)


@dataclass
class Update:
    """What one input file yields: actor dicts in the YAML shape of docs/kb.md, and notes."""

    source: str
    fmt: str  # "wikidata-json" or "sparql-json"
    entities: int = 0
    actors: dict[str, dict] = field(default_factory=dict)
    unmapped: dict[str, dict] = field(default_factory=dict)  # position QID -> {label, count}
    skipped: list[str] = field(default_factory=list)

    @property
    def roles(self) -> int:
        return sum(len(a.get("roles") or []) for a in self.actors.values())


# ---- positions table ----------------------------------------------------------
def load_positions(extra: str | Path | None = None) -> dict[str, dict]:
    """Position QID -> {key, label, label_de, of}: the shipped table plus ``extra`` (same format)."""
    table = _read_positions(Path(str(resources.files("lagebild") / "data" / "kb" / "positions.yaml")))
    if extra:
        table.update(_read_positions(Path(extra)))
    return table


def _read_positions(path: Path) -> dict[str, dict]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read the positions table: {exc}") from exc
    items = data.get("positions") if isinstance(data, dict) else None
    if not isinstance(items, dict):
        raise KnowledgeBaseError(f"{path}: want a mapping 'positions:' of QID -> {{key, label, label_de}}")
    out = {}
    for qid, spec in items.items():
        if not _QID.match(str(qid)) or not isinstance(spec, dict) or not spec.get("key"):
            raise KnowledgeBaseError(f"{path}: position {qid!r}: want a QID mapped to {{key: CC.kind, label: ...}}")
        out[str(qid)] = {k: spec[k] for k in ("key", "label", "label_de", "of") if spec.get(k)}
    return out


# ---- dates --------------------------------------------------------------------
def _parse_time(value: str | None, precision: int, where: str, notes: list[str]) -> tuple[date, date] | None:
    """(first day, last day) of a Wikidata/xsd time at its precision (9 year, 10 month, 11 day)."""
    m = _TIME.match(str(value or "").strip())
    if not m or m.group(1) == "-" or precision < 9:
        notes.append(f"{where}: time {value!r} (precision {precision}) not usable; role skipped")
        return None
    year, month, day = int(m.group(2)), int(m.group(3)), int(m.group(4))
    try:
        if precision == 9 or month == 0:
            return date(year, 1, 1), date(year, 12, 31)
        if precision == 10 or day == 0:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError:
        notes.append(f"{where}: time {value!r} is not a date; role skipped")
        return None


def _span(start: tuple[date, date] | None, end: tuple[date, date] | None) -> tuple[date | None, date | None]:
    """Role dates from periods. A day-precise P582 end is the handover day, the exclusive ``end``.
    A vague start counts from its period's last day and a vague end stops at its period's first
    (days surely in office, as docs/kb.md "Dates from snapshots"); where that leaves nothing (start
    and end in one year), the whole periods are used."""
    lo = start[1] if start else None
    hi = end[0] if end else None
    if start and end and lo and hi and hi <= lo:
        lo = start[0]
        if end[0] != end[1]:
            hi = end[1] + timedelta(days=1)
    return lo, hi


# ---- building actors ----------------------------------------------------------
class _Builder:
    def __init__(self, upd: Update, positions: dict[str, dict], known: dict[str, Any]):
        self.upd, self.positions, self.known = upd, positions, known
        self.position_labels: dict[str, str] = {}

    def actor(self, qid: str, names: dict[str, str], aliases: Iterable[str], types: list[str],
              where: str, *, person_hint: bool) -> dict | None:
        if qid in self.upd.actors:
            return self.upd.actors[qid]
        name = next((names[lang] for lang in NAME_LANGS if names.get(lang)), None) or next(iter(names.values()), None)
        if not name or name == qid:
            self.upd.skipped.append(f"{where}: {qid} has no label; skipped")
            return None
        typ = next((INSTANCE_TYPES[t] for t in types if t in INSTANCE_TYPES), None)
        typ = typ or getattr(self.known.get(qid), "type", None) or ("person" if person_hint else None)
        if typ is None:
            self.upd.skipped.append(f"{where}: {qid} ({name}) is not a person, party, country or organisation "
                                    f"known to lagebild (P31 {', '.join(types) or 'missing'}); skipped")
            return None
        rec: dict[str, Any] = {"id": qid, "name": name, "type": typ}
        if names.get("de") and names["de"] != name:
            rec["name_de"] = names["de"]
        alias_list: list[str] = []
        for a in aliases:
            a = a.strip()
            if a and a not in (name, rec.get("name_de")) and a not in alias_list:
                alias_list.append(a)
        rec["aliases"] = alias_list
        rec["roles"] = []
        self.upd.actors[qid] = rec
        return rec

    def role(self, rec: dict, position: str, start: tuple[date, date] | None, end: tuple[date, date] | None,
             where: str, label: str | None = None) -> None:
        lo, hi = _span(start, end)
        if lo and hi and hi < lo:
            self.upd.skipped.append(f"{where}: {rec['id']} {position} ends before it starts; role skipped")
            return
        spec = self.positions.get(position)
        if spec is None:
            label = label if label and label != position else self.position_labels.get(position, position)
            entry = self.upd.unmapped.setdefault(position, {"label": label, "count": 0})
            entry["count"] += 1
            spec = {"key": f"wd.{position}", "label": label}
        role = {k: spec[k] for k in ("key", "label", "label_de", "of") if spec.get(k)}
        role.update({k: v for k, v in (("start", lo), ("end", hi)) if v})
        if role not in rec["roles"]:
            rec["roles"].append(role)

    def finish(self) -> None:
        for pos, entry in self.upd.unmapped.items():  # labels of positions found later in the file
            if entry["label"] == pos and pos in self.position_labels:
                entry["label"] = self.position_labels[pos]
                for rec in self.upd.actors.values():
                    for r in rec["roles"]:
                        if r["key"] == f"wd.{pos}":
                            r["label"] = entry["label"]
        for qid, rec in list(self.upd.actors.items()):
            old = self.known.get(qid)  # a known actor keeps what Wikidata did not give (kb merges replace them)
            for attr in ("name_de", "party", "of", "iso"):
                if not rec.get(attr) and getattr(old, attr, None):
                    rec[attr] = getattr(old, attr)
            rec["roles"].sort(key=lambda r: (r["key"], r.get("start") or date.min))
            order = ("id", "name", "name_de", "type", "of", "iso", "party", "aliases", "roles")
            rec = self.upd.actors[qid] = {k: rec[k] for k in order if rec.get(k)}
            record_from_dict(dict(rec), f"{self.upd.source}: {qid}", curated=True)  # what kb_path will load


# ---- Wikidata entity JSON -----------------------------------------------------
def _entity_value(snak: dict) -> str | None:
    if not isinstance(snak, dict) or snak.get("snaktype", "value") != "value":
        return None
    value = (snak.get("datavalue") or {}).get("value")
    return value.get("id") if isinstance(value, dict) else None


def _statements(entity: dict, prop: str) -> list[dict]:
    return [s for s in (entity.get("claims") or {}).get(prop) or []
            if isinstance(s, dict) and s.get("rank") != "deprecated"]


def _qualifier_time(stmt: dict, prop: str, where: str, notes: list[str]) -> tuple[date, date] | None:
    for snak in (stmt.get("qualifiers") or {}).get(prop) or []:
        if snak.get("snaktype", "value") != "value":
            continue
        value = (snak.get("datavalue") or {}).get("value") or {}
        if isinstance(value, dict) and value.get("time"):
            return _parse_time(value["time"], int(value.get("precision", 11)), where, notes)
    return None


def _party(entity: dict) -> str | None:
    """P102 member of political party: a preferred or open-ended statement first."""
    stmts = _statements(entity, "P102")
    stmts.sort(key=lambda s: (s.get("rank") != "preferred", bool((s.get("qualifiers") or {}).get("P582"))))
    return next((q for q in (_entity_value(s.get("mainsnak")) for s in stmts) if q), None)


def _add_entity(b: _Builder, entity: dict, where: str) -> None:
    qid = entity["id"]
    texts = lambda field_: {lang: v.get("value") for lang, v in (entity.get(field_) or {}).items()  # noqa: E731
                            if isinstance(v, dict) and v.get("value")}
    names = texts("labels")
    if qid in b.positions or any(_entity_value(s.get("mainsnak")) == "Q4164871" for s in _statements(entity, "P31")):
        b.position_labels[qid] = next((names[lang] for lang in NAME_LANGS if names.get(lang)), qid)
        return  # a position item (P31 position, Q4164871), not an actor: its label names roles
    b.position_labels.setdefault(qid, next((names[lang] for lang in NAME_LANGS if names.get(lang)), qid))
    aliases = [names["de"]] if names.get("de") else []
    for lang in NAME_LANGS:
        aliases += [a.get("value", "") for a in (entity.get("aliases") or {}).get(lang) or [] if isinstance(a, dict)]
    types = [t for t in (_entity_value(s.get("mainsnak")) for s in _statements(entity, "P31")) if t]
    held = _statements(entity, "P39")
    rec = b.actor(qid, names, aliases, types, where, person_hint=bool(held or _statements(entity, "P27")))
    if rec is None:
        return
    rec["party"] = _party(entity) if rec["type"] == "person" else None
    for stmt in held:
        pos, notes = _entity_value(stmt.get("mainsnak")), b.upd.skipped
        n = len(notes)
        start = _qualifier_time(stmt, "P580", f"{where}: {qid} {pos} start", notes)
        end = _qualifier_time(stmt, "P582", f"{where}: {qid} {pos} end", notes)
        if pos and len(notes) == n:  # a start or end that is there but unusable drops the role
            b.role(rec, pos, start, end, where)


def _iter_entities(path: Path, text_lines: Iterator[str]) -> Iterator[tuple[str, dict]]:
    """Entities of the dump format (or JSON Lines), line by line: big files stream."""
    for lineno, line in enumerate(text_lines, 1):
        line = line.strip().rstrip(",")
        if line in ("", "[", "]"):
            continue
        try:
            yield f"{path.name}: line {lineno}", json.loads(line)
        except json.JSONDecodeError as exc:
            raise _bad(f"{path}: line {lineno}: not a JSON entity ({exc.msg})") from exc


def _check_entity(entity: Any, where: str) -> dict:
    if not isinstance(entity, dict) or not _QID.match(str(entity.get("id", ""))):
        raise _bad(f"{where}: not a Wikidata item (an object with \"id\": \"Q…\", \"labels\", \"claims\")")
    return entity


# ---- SPARQL results -------------------------------------------------------------
def _sparql(b: _Builder, data: dict, path: Path) -> None:
    head, results = data.get("head"), data.get("results")
    names = head.get("vars") if isinstance(head, dict) else None
    rows = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(names, list) or not isinstance(rows, list):
        raise _bad(f"{path}: SPARQL JSON needs head.vars and results.bindings")
    missing = [v for v in ("person", "personLabel", "position") if v not in names]
    if missing:
        raise _bad(f"{path}: the query result lacks the variable(s) {', '.join(missing)}")
    for i, row in enumerate(rows):
        where = f"{path.name}: binding {i}"
        if not isinstance(row, dict):
            raise _bad(f"{where}: a binding must be an object")
        val = lambda var: (row.get(var) or {}).get("value") if isinstance(row.get(var), dict) else None  # noqa: E731
        qid = str(val("person") or "").rsplit("/", 1)[-1]
        if not _QID.match(qid):
            b.upd.skipped.append(f"{where}: person {val('person')!r} is not a Wikidata item; skipped")
            continue
        b.upd.entities += 1
        labels = {"en": val("personLabel") or "", "de": val("personLabelDe") or ""}
        aliases = [a for a in (val("altLabels") or "").split("|")] + ([labels["de"]] if labels["de"] else [])
        rec = b.actor(qid, {k: v for k, v in labels.items() if v}, aliases, [], where, person_hint=True)
        pos = str(val("position") or "").rsplit("/", 1)[-1]
        if rec is None or not _QID.match(pos):
            continue
        if val("party") and "party" not in rec:
            rec["party"] = str(val("party")).rsplit("/", 1)[-1]
        notes, n = b.upd.skipped, len(b.upd.skipped)
        start, end = (_parse_time(val(v), int(val(v + "Precision") or 11), f"{where} {v}", notes) if val(v) else None
                      for v in ("start", "end"))
        if len(notes) == n:  # a start or end that is there but unusable drops the role
            b.role(rec, pos, start, end, where, label=val("positionLabel"))


# ---- reading a file -------------------------------------------------------------
def _open(path: Path):
    opener = {".gz": gzip.open, ".bz2": bz2.open}.get(path.suffix)
    return opener(path, "rt", encoding="utf-8") if opener else path.open(encoding="utf-8")


def read_update(path: str | Path, *, positions: dict[str, dict] | None = None,
                known: dict[str, Any] | None = None) -> Update:
    """Read a Wikidata JSON subset or a SPARQL JSON result into an ``Update`` (see the module doc).

    ``known`` (actor id -> ``ActorRecord``, e.g. ``load_kb().records``) types entities whose P31 is
    not in ``INSTANCE_TYPES`` and keeps a known actor's name_de, party, of and iso where Wikidata
    gives none. Raises ``KnowledgeBaseError`` with the expected format on a malformed file.
    """
    path = Path(path)
    upd = Update(str(path), "wikidata-json")
    b = _Builder(upd, load_positions() if positions is None else positions, known or {})
    try:
        with _open(path) as fh:
            heads = [line.strip() for line in _first_lines(fh, 2)]
            fh.seek(0)
            if heads and ((heads[0] == "[" and len(heads) > 1 and _is_entity(heads[1])) or _is_entity(heads[0])):
                for where, entity in _iter_entities(path, fh):  # the dump format or JSON Lines, streamed
                    upd.entities += 1
                    _add_entity(b, _check_entity(entity, where), where)
                return _done(b, path)
            data = json.load(fh)
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise _bad(f"{path}: cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise _bad(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from exc
    if isinstance(data, dict) and "head" in data:
        upd.fmt = "sparql-json"
        _sparql(b, data, path)
        return _done(b, path)
    if isinstance(data, dict) and isinstance(data.get("entities"), dict):
        data = list(data["entities"].values())  # Special:EntityData/Q….json
    elif isinstance(data, dict) and "id" in data:
        data = [data]
    if not isinstance(data, list):
        raise _bad(f"{path}: unrecognised JSON")
    for i, entity in enumerate(data):  # a pretty-printed array
        upd.entities += 1
        _add_entity(b, _check_entity(entity, f"{path.name}: entity {i}"), f"{path.name}: entity {i}")
    return _done(b, path)


def _first_lines(fh, n: int) -> list[str]:
    return list(itertools.islice((line for line in fh if line.strip()), n))


def _is_entity(line: str) -> bool:
    if not line.startswith("{"):
        return False
    try:
        obj = json.loads(line.rstrip(","))
    except json.JSONDecodeError:
        return False
    return isinstance(obj, dict) and "id" in obj and "head" not in obj


def _done(b: _Builder, path: Path) -> Update:
    if not b.upd.entities:
        raise _bad(f"{path}: no entities or result rows")
    b.finish()
    return b.upd


# ---- writing --------------------------------------------------------------------
def write_update(upd: Update, folder: Path, *, day: date | None = None) -> Path:
    """Write the actors as ``wikidata-update-YYYY-MM-DD[-N].yaml`` into ``folder``; returns the path."""
    package = Path(str(resources.files("lagebild"))).resolve()
    folder = Path(folder)
    if folder.resolve() == package or package in folder.resolve().parents:
        raise KnowledgeBaseError(f"{folder} is inside the installed package; write your actors to your own folder",
                                 hint="pass --out DIR or set kb_path to a folder of yours")
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"wikidata-update-{(day or date.today()).isoformat()}"
    dest, n = folder / f"{stem}.yaml", 1
    while dest.exists():
        n += 1
        dest = folder / f"{stem}-{n}.yaml"
    header = (f"# Written by `lagebild kb update` from {Path(upd.source).name} ({upd.fmt}); data from Wikidata (CC0).\n"
              f"# Loaded on top of the shipped knowledge base when kb_path points at this folder (docs/kb.md).\n")
    body = yaml.safe_dump({"actors": list(upd.actors.values())}, allow_unicode=True, sort_keys=False, width=120)
    dest.write_text(header + body, encoding="utf-8")
    try:
        read_file(dest)  # the file must load as kb_path will load it
    except KnowledgeBaseError:
        dest.unlink()
        raise
    return dest
