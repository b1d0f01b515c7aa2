"""German federal cabinet, Minister-Presidents and Land cabinets (political-actors/germany_government).

The files are scrapes of German Wikipedia tables with names, offices and parties only: no
QIDs and no dates. Each file is a snapshot proving who held what on its date, so roles run
from the first snapshot that lists a person in an office to the first that does not
(kb_names.snapshot_roles). Names are matched to QIDs through curated.yaml and the
Bundestag MdB list (mdb_1949-2017_wikidata.csv: members before 2018); others get a local id.
Land offices use ISO 3166-2 codes: DE-BY.prime_minister, DE-NW.interior_minister.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from .kb_names import Registry, snapshot_roles

# snapshot files and the day each proves (political-actors SOURCE.md: commit or last-change dates)
FEDERAL = [("bundesregierung_2025-11-02.json", "2025-11-02"), ("bundesregierung_2026-07-30.json", "2026-07-30")]
# The Merz cabinet took office on 6 May 2025 and was unchanged until the first snapshot: its roles
# start then (a hand fact; curated.yaml dates its predecessors)
FEDERAL_CABINET_SINCE = ("2025-11-02", "2025-05-06")
PREMIERS = [("ministerpraesidenten_2025-10-09.json", "2025-10-09"), ("ministerpraesidenten_2026-07-21.json", "2026-07-21")]
LAND_CABINETS = [("landesregierungen_2025-10-09", "2025-10-09"), ("landesregierungen_2026-07", "2026-07-22")]

LAENDER = {  # state name -> (ISO 3166-2 code, file stem, English name)
    "Baden-Württemberg": ("DE-BW", "baden-württemberg", "Baden-Württemberg"),
    "Bayern": ("DE-BY", "bayern", "Bavaria"), "Berlin": ("DE-BE", "berlin", "Berlin"),
    "Brandenburg": ("DE-BB", "brandenburg", "Brandenburg"), "Bremen": ("DE-HB", "bremen", "Bremen"),
    "Hamburg": ("DE-HH", "hamburg", "Hamburg"), "Hessen": ("DE-HE", "hessen", "Hesse"),
    "Mecklenburg-Vorpommern": ("DE-MV", "mecklenburg-vorpommern", "Mecklenburg-Vorpommern"),
    "Niedersachsen": ("DE-NI", "niedersachsen", "Lower Saxony"),
    "Nordrhein-Westfalen": ("DE-NW", "nordrhein-westfalen", "North Rhine-Westphalia"),
    "Rheinland-Pfalz": ("DE-RP", "rheinland-pfalz", "Rhineland-Palatinate"), "Saarland": ("DE-SL", "saarland", "Saarland"),
    "Sachsen": ("DE-SN", "sachsen", "Saxony"), "Sachsen-Anhalt": ("DE-ST", "sachsen-anhalt", "Saxony-Anhalt"),
    "Schleswig-Holstein": ("DE-SH", "schleswig-holstein", "Schleswig-Holstein"), "Thüringen": ("DE-TH", "thüringen", "Thuringia"),
}

# portfolio words (case-sensitive) -> role kind, English label
PORTFOLIOS = [
    (r"Auswärtig", "foreign_minister", "Minister for Foreign Affairs"),
    (r"Verteidigung", "defence_minister", "Minister of Defence"),
    (r"Finanzen", "finance_minister", "Minister of Finance"),
    (r"\bInner(n|es)\b", "interior_minister", "Minister of the Interior"),
    (r"Justiz", "justice_minister", "Minister of Justice"),
    (r"\bArbeit\b", "labour_minister", "Minister of Labour"),
    (r"Gesundheit", "health_minister", "Minister of Health"),
    (r"Wirtschaft\b", "economy_minister", "Minister for Economic Affairs"),
    (r"Zusammenarbeit und Entwicklung", "development_minister", "Minister for Economic Cooperation and Development"),
    (r"Verkehr|Mobilität", "transport_minister", "Minister of Transport"),
    (r"Umwelt", "environment_minister", "Minister for the Environment"),
    (r"Landwirtschaft", "agriculture_minister", "Minister of Agriculture"),
    (r"Bildung|Kultus|Unterricht|Schule", "education_minister", "Minister of Education"),
    (r"Familie", "family_minister", "Minister for Family Affairs"),
    (r"Forschung|Wissenschaft", "research_minister", "Minister of Research"),
    (r"Digital", "digital_minister", "Minister for Digital Affairs"),
    (r"Wohnen|Bauwesen|\bBau\b|Bauen", "housing_minister", "Minister for Housing"),
    (r"Chef(in)? des Bundeskanzleramtes", "chancellery_chief", "Head of the Federal Chancellery"),
]
_HEAD = re.compile(r"^(Bundeskanzler|Ministerpräsident|Regierender? Bürgermeister|Erster? Bürgermeister|Präsident(in)? des Senats)")
_DEPUTY = re.compile(r"Stellvertreter(in)? des Bundeskanzlers|[Ss]tellvertret\w* (des )?Ministerpräsident|Stellvertreter(in)? des Ministerpräsidenten")


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def offices(amt: str, cc: str, where: str, where_en: str = "Germany") -> list[dict]:
    """Role dicts (no dates) for a raw 'amt' cell; the federal cabinet when cc == 'DE'."""
    out = []
    if _DEPUTY.search(amt):
        kind = "vice_chancellor" if cc == "DE" else "deputy_prime_minister"
        out.append({"key": f"{cc}.{kind}", "label": "Vice Chancellor of Germany" if cc == "DE" else f"Deputy Minister-President of {where_en}",
                    "label_de": "Vizekanzler" if cc == "DE" else f"Stellvertretende(r) Ministerpräsident(in) ({where})"})
    if cc == "DE" and amt.strip() == "Bundeskanzler":
        out.append({"key": "DE.chancellor", "label": "Chancellor of Germany", "label_de": "Bundeskanzler"})
    main = re.split(r"\(gleichzeitig", amt)[0]  # merged cells: the first portfolio names the ministry
    for pattern, kind, label in PORTFOLIOS:
        if re.search(pattern, main if kind != "chancellery_chief" else amt):
            de = re.sub(r"\s*\([A-Za-zÄÖÜ]+\)\s*$", "", main.split("•")[-1]).strip()
            de = "Bundesminister des Auswärtigen" if de.startswith("Auswärtiges Amt") else de.replace("Bundesministerium", "Bundesminister")
            out.append({"key": f"{cc}.{kind}", "label": (f"Federal {label}" if kind != "chancellery_chief" else label) if cc == "DE" else f"{label} of {where_en}",
                        "label_de": de if cc == "DE" else f"{de} ({where})"})
    for r in out:
        r["of"] = "Q183" if cc == "DE" else None
    return out


def _mdb_index(pa: Path, reg: Registry) -> None:
    """Bundestag members (1949-2017, with QIDs, alive): their names point to their QIDs."""
    with (pa / "bundestag_mdb" / "mdb_1949-2017_wikidata.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["wikidata"].startswith("Q") and not row["sterbedatum"] and row["vorname"].strip():
                last = " ".join(x for x in (row["praefix"], row["nachname"]) if x)
                reg.note_name(f"{row['vorname'].split()[0]} {last}", row["wikidata"])


def _person(reg: Registry, name: str, party: str, note: str) -> str:
    a = reg.person(None, name, party=party, note=note)
    last = name.split()[-1]
    if last not in a["aliases"]:
        a["aliases"].append(last)
    return a["id"]


def read_germany(pa: Path, reg: Registry) -> dict:
    gg = pa / "germany_government"
    _mdb_index(pa, reg)
    snaps = []
    for fname, day in FEDERAL:
        rows = []
        for r in _load(gg / fname):
            aid = _person(reg, r["name"], r["party"], "member of the Federal Government")
            rows += [(aid, role) for role in offices(r["amt"], "DE", "Germany")]
        snaps.append((day, rows))
    federal = snapshot_roles(snaps)
    for rs in federal.values():
        for r in rs:
            if r["start"] == FEDERAL_CABINET_SINCE[0]:
                r["start"] = FEDERAL_CABINET_SINCE[1]
    counts = {"federal_roles": _apply(reg, federal)}
    snaps = []
    for fname, day in PREMIERS:
        rows = []
        for r in _load(gg / fname):
            cc, _, en = LAENDER[r["state"]]
            aid = _person(reg, r["name"], r["party"], f"Minister-President of {en}")
            head = "Regierender Bürgermeister" if cc == "DE-BE" else "Erster Bürgermeister" if cc == "DE-HH" else \
                "Präsident des Senats" if cc == "DE-HB" else "Ministerpräsident"
            rows.append((aid, {"key": f"{cc}.prime_minister", "label": f"Head of government of {en}",
                               "label_de": f"{head} ({r['state']})", "of": None}))
        snaps.append((day, rows))
    counts["premier_roles"] = _apply(reg, snapshot_roles(snaps))
    snaps = []
    for folder, day in LAND_CABINETS:
        rows = []
        for state, (cc, stem, en) in LAENDER.items():
            path = gg / folder / f"{stem}.json"
            if not path.exists():
                continue
            for r in _load(path):
                if not r.get("name") or _HEAD.match(r["amt"]):
                    continue  # heads come from the Minister-President files
                aid = _person(reg, r["name"], r.get("party") or "", f"member of the government of {en}: {r['amt']}")
                rows += [(aid, role) for role in offices(r["amt"], cc, state, en)]
        snaps.append((day, rows))
    counts["land_roles"] = _apply(reg, snapshot_roles(snaps))
    return counts


def _apply(reg: Registry, roles: dict) -> int:
    n = 0
    for (aid, _), rs in roles.items():
        reg.actors[aid]["roles"] += rs
        n += len(rs)
    return n
