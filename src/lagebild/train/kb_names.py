"""Shared helpers of the knowledge-base builder: name keys, local ids, accent folding,
and a registry that gives one id per person across the sources.

Accent folding (docs/kb.md): every name and alias with letters outside ASCII also gets
  one folded form: ä/ö/ü become ae/oe/ue (German transliteration: "Söder" -> "Soeder",
  "Özdemir" -> "Oezdemir"), then Unicode NFKD with combining marks dropped, plus ß->ss,
  ø->o, ł->l, đ->d, ı->i, æ->ae, œ->oe ("Pedro Sánchez" -> "Pedro Sanchez",
  "Erdoğan" -> "Erdogan", "Nicușor Dan" -> "Nicusor Dan").
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_EXTRA = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
                        "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ʻ": "'", "’": "'"})
_UMLAUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def fold(text: str) -> str:
    """Accents dropped: 'Sánchez' -> 'Sanchez', 'Özdemir' -> 'Ozdemir'."""
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


def folded_variants(text: str) -> list[str]:
    """The accent-folded forms of ``text`` that differ from it (see the module doc)."""
    if text.isascii():
        return []
    folded = fold(text.translate(_UMLAUT))
    return [folded] if folded != text else []


def name_key(name: str) -> str:
    """Matching key: folded, lower case, letters only ('J.D. Vance' == 'JD Vance')."""
    return re.sub(r"[^a-z]", "", fold(name).lower())


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")


class Registry:
    """Actors being built, keyed by id, with a name index so that a person named by
    several sources (a curated entry, an MdB with a QID, a cabinet list) gets one id."""

    def __init__(self, curated: Path | None = None) -> None:
        self.actors: dict[str, dict] = {}
        self.curated: list[dict] = []
        self._names: dict[str, set[str]] = {}  # name key -> ids
        self._curated_ids: set[str] = set()
        if curated is not None and curated.exists():
            from ..kb.loader import read_yaml

            for rec in read_yaml(curated)["actors"]:
                self.curated.append({"id": rec.id, "name": rec.name, "type": rec.type, "listed": rec.listed,
                                     "aliases": [rec.name_de or "", *rec.aliases]})
                self._curated_ids.add(rec.id)
                if rec.type == "person":
                    for n in (rec.name, rec.name_de, *[a for a in rec.aliases if " " in a]):
                        if n:
                            self.note_name(n, rec.id)

    def note_name(self, name: str, aid: str) -> None:
        self._names.setdefault(name_key(name), set()).add(aid)

    def find(self, name: str) -> str | None:
        """The one id known by this name; a curated id wins over others of the same name."""
        ids = self._names.get(name_key(name), set())
        cur = ids & self._curated_ids
        if len(cur) == 1:
            return next(iter(cur))
        return next(iter(ids)) if len(ids) == 1 else None

    def person(self, aid: str | None, name: str, *, match: bool = True, **fields) -> dict:
        """The person ``aid`` (a QID), or the one already known by ``name``, or a new
        ``local:`` id. Fields given are set where still empty; aliases are appended."""
        name = name.strip()
        qid = aid if aid and aid.startswith("Q") else None
        if qid is None and aid is None:
            aid = (self.find(name) if match else None) or f"local:{slug(name)}"
        elif qid and match and (self.find(name) or "Q").startswith("local:") and self.find(name) in self._curated_ids:
            aid = self.find(name)  # curated.yaml holds this person under a local id: keep it, note the QID
        a = self.actors.setdefault(aid, {"id": aid, "name": name, "type": "person", "aliases": [], "roles": []})
        if qid:
            a["wikidata"] = qid
        for k, v in fields.items():
            if k == "aliases":
                a["aliases"] += [x for x in v if x]
            elif k == "roles":
                a["roles"] += v
            elif v and not a.get(k):
                a[k] = v
        self.note_name(name, aid)
        return a


def snapshot_roles(snapshots: list[tuple[str, list[tuple[str, dict]]]]) -> dict[tuple[str, str], list[dict]]:
    """Roles from dated snapshots of who holds what: [(date, [(person id, role)])], oldest first.

    A snapshot proves a holding on its date, nothing earlier: the role starts on the first
    snapshot that lists the person in it and ends (exclusive) on the first later snapshot that
    does not. The start is therefore a known-holding date, not the day the person took office.
    """
    out: dict[tuple[str, str], list[dict]] = {}
    dates = [d for d, _ in snapshots]
    held: list[set[tuple[str, str]]] = [{(aid, r["key"]) for aid, r in rows} for _, rows in snapshots]
    for i, (day, rows) in enumerate(snapshots):
        for aid, role in rows:
            pair = (aid, role["key"])
            if i > 0 and pair in held[i - 1]:
                continue  # already open
            end = next((dates[j] for j in range(i + 1, len(dates)) if pair not in held[j]), None)
            out.setdefault(pair, []).append({**role, "start": day, "end": end})
    return out
