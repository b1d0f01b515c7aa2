"""Bundestag members of the 20th and 21st legislatures (2021-) from the official MdB-Stammdaten of
2025-09-30 (political-actors/bundestag_mdb/MdB-Stammdaten-2025-09-30.zip): name, party and
years in the Bundestag. The file has no Wikidata ids: a member the 2017 list knows (the same MdB
id) keeps that QID, one known by name (a cabinet member, curated.yaml) keeps that record, anyone
else gets a local id. Earlier members come from mdb_1949-2017_wikidata.csv (kb.py)."""
from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from ..nlp.coref import is_given_name
from .kb_names import Registry

STAMMDATEN_2025 = Path("bundestag_mdb") / "MdB-Stammdaten-2025-09-30.zip"
RECENT_TERMS = {"20", "21"}
# the file's short forms as the 2017 list has them ("BÜNDNIS 90/DIE GRÜNEN"); "Plos" is no party
PARTIES = {"Plos": None}


def _german_date(value: str | None) -> str | None:
    parts = (value or "").strip().split(".")
    return f"{parts[2]}-{parts[1]}-{parts[0]}" if len(parts) == 3 and all(p.isdigit() for p in parts) else None


def _text(node: ET.Element, path: str) -> str:
    found = node.find(path)
    return (found.text or "").strip() if found is not None else ""


def members(zip_path: Path) -> list[dict]:
    """Members with a mandate in the 20th or 21st legislature: {mdb_id, given, surname, party,
    since, until} (``until`` None while in office on the file's date)."""
    with zipfile.ZipFile(zip_path) as z:
        root = ET.fromstring(z.read("MDB_STAMMDATEN.XML"))
    out = []
    for mdb in root.iter("MDB"):
        terms = [(_text(wp, "WP"), _german_date(_text(wp, "MDBWP_VON")), _german_date(_text(wp, "MDBWP_BIS")))
                 for wp in mdb.iter("WAHLPERIODE")]
        recent = [t for t in terms if t[0] in RECENT_TERMS]
        if not recent:
            continue
        name = list(mdb.iter("NAME"))[-1]  # the latest of the name history
        surname = " ".join(x for x in (_text(name, "PRAEFIX"), _text(name, "NACHNAME")) if x)
        party = _text(mdb, "BIOGRAFISCHE_ANGABEN/PARTEI_KURZ")
        out.append({"mdb_id": _text(mdb, "ID"), "given": _text(name, "VORNAME").split()[0], "surname": surname,
                    "party": PARTIES.get(party, party),
                    "since": min(t[1] for t in terms if t[1]),
                    "until": None if any(t[2] is None for t in recent) else max(t[2] for t in recent if t[2])})
    return out


def read_recent_mdbs(pa: Path, reg: Registry, reserved: set[str] = frozenset()) -> int:
    """Adds (or completes) the members of the 20th and 21st Bundestag; returns how many. A bare
    surname that is also a country or place name in ``reserved`` or a given name ('Jordan') is no alias:
    the text would lose the country."""
    path = pa / STAMMDATEN_2025
    if not path.is_file():
        return 0
    with (pa / "bundestag_mdb" / "mdb_1949-2017_wikidata.csv").open(encoding="utf-8", newline="") as fh:
        qid_of = {r["mdb_id"]: r["wikidata"] for r in csv.DictReader(fh) if r["wikidata"].startswith("Q")}
    count = 0
    for m in members(path):
        name = f"{m['given']} {m['surname']}"
        qid = qid_of.get(m["mdb_id"])
        bare = [] if m["surname"] in reserved or is_given_name(m["surname"]) else [m["surname"]]
        a = reg.person(qid, name, aliases=[name, *bare], party=m["party"] or "",
                       note="member of the Bundestag")
        if qid and a["id"] != qid and a["id"] in reg.actors and not a.get("wikidata"):
            a["wikidata"] = qid
        # the years in the Bundestag let a bare surname find the member only near them
        if not a.get("active_from") or m["since"] < a["active_from"]:
            a["active_from"] = m["since"]
        a["active_to"] = m["until"]
        count += 1
    return count
