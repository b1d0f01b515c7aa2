"""United States and United Kingdom: Congress, the US executive, senior ministers 2025,
the 2024 House of Commons and British parties (political-actors: us_congress, gov_salaries_data,
uk_commons, parties).

- us_congress (CC0): every current member of Congress with QID and party; leadership roles
  with their dates (US.speaker, US.senate_majority_leader, ...); presidents and vice
  presidents with QIDs (US.president, US.vice_president). A current term's 'end' in the data
  is the scheduled one, so terms that end after the data date stay open.
- gov_salaries_data (CC0): US cabinet secretaries and UK senior ministers, names and offices
  but no dates and no IDs; the UK list is stale even at its last change. The builder adds
  the persons with their office as a note; dated roles for the ones in the news come from
  curated.yaml.
- uk_commons (Open Parliament Licence): the 650 MPs elected on 2024-07-04, no IDs.
- parties: Party Facts rows (with QIDs) of the parties that won Commons seats in 2024.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import yaml

from .kb_names import Registry, slug

US_DATA_DATE = "2026-06-15"
LEADERSHIP = {  # congress-legislators leadership title -> (role kind, German label)
    "Speaker of the House": ("speaker", "Sprecher des Repräsentantenhauses"),
    "House Majority Leader": ("house_majority_leader", "Mehrheitsführer im Repräsentantenhaus"),
    "House Minority Leader": ("house_minority_leader", "Minderheitsführer im Repräsentantenhaus"),
    "Senate Majority Leader": ("senate_majority_leader", "Mehrheitsführer im Senat"),
    "Senate Minority Leader": ("senate_minority_leader", "Minderheitsführer im Senat"),
    "President Pro Tempore of the Senate": ("senate_president_pro_tempore", "Präsident pro tempore des Senats"),
}
EXECUTIVE = {"prez": ("president", "President of the United States", "US-Präsident"),
             "viceprez": ("vice_president", "Vice President of the United States", "US-Vizepräsident")}
US_PARTY = {"Democrat": "Democratic Party", "Republican": "Republican Party", "Independent": "independent",
            "R": "Republican Party", "D": "Democratic Party", "I": "independent"}
# 2024 Commons party codes -> Party Facts English names (GBR rows)
GB_PARTIES = {"Con": "Conservative Party", "Lab": "Labour Party", "LD": "Liberal Democrats",
              "SNP": "Scottish National Party", "RUK": "Reform UK", "Green": "Green Party of England and Wales",
              "PC": "Plaid Cymru", "DUP": "Democratic Unionist Party", "SF": "Sinn Féin",
              "SDLP": "Social Democratic and Labour Party", "UUP": "Ulster Unionist Party",
              "APNI": "Alliance Party of Northern Ireland"}


def _open_end(end: str | None) -> str | None:
    end = str(end or "")[:10]
    return end if end and end <= US_DATA_DATE else None


def _full(name: dict) -> str:
    return name.get("official_full") or f"{name.get('nickname') or name['first']} {name['last']}"


def read_us(pa: Path, reg: Registry) -> dict:
    uc = pa / "us_congress"
    counts = {"members": 0, "leadership_roles": 0, "executive_roles": 0, "cabinet": 0}
    people = yaml.load((uc / "legislators-current_2026-06-15.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    for p in people:
        qid, term = p["id"].get("wikidata"), p["terms"][-1]
        chamber = "Senate" if term["type"] == "sen" else "House of Representatives"
        aliases = [f"{p['name']['first']} {p['name']['last']}"]
        if p["name"].get("nickname"):
            aliases.append(f"{p['name']['nickname']} {p['name']['last']}")
        a = reg.person(qid, _full(p["name"]), aliases=aliases, party=US_PARTY.get(term.get("party"), term.get("party")),
                       note=f"member of the US {chamber} ({term['state']})")
        counts["members"] += 1
        for lr in p.get("leadership_roles", []):
            if lr["title"] not in LEADERSHIP:
                continue
            kind, de = LEADERSHIP[lr["title"]]
            a["roles"].append({"key": f"US.{kind}", "label": lr["title"], "label_de": de, "of": "Q30",
                               "start": str(lr["start"])[:10], "end": _open_end(lr.get("end"))})
            if p["name"]["last"] not in a["aliases"]:
                a["aliases"].append(p["name"]["last"])
            counts["leadership_roles"] += 1
    for p in yaml.load((uc / "executive_2026-06-15.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
        qid = p["id"].get("wikidata")
        if not qid:
            continue
        a = reg.person(qid, _full(p["name"]), aliases=[p["name"]["last"]])
        for t in p["terms"]:
            kind, label, de = EXECUTIVE[t["type"]]
            a["roles"].append({"key": f"US.{kind}", "label": label, "label_de": de, "of": "Q30",
                               "start": str(t["start"])[:10], "end": _open_end(t.get("end"))})
            counts["executive_roles"] += 1
    data = json.loads((pa / "gov_salaries_data" / "us_2025_data.json").read_text(encoding="utf-8"))
    for p in data["ministers"] + data.get("officials", []):
        reg.person(None, p["name"], party=US_PARTY.get(p.get("party") or ""), note=f"{p['role']} (2025 list)")
        counts["cabinet"] += 1
    return counts


def read_gb(pa: Path, reg: Registry, parties: list[dict]) -> dict:
    by_name = {p["name"]: p for p in parties}
    code_party = {code: by_name[n] for code, n in GB_PARTIES.items() if n in by_name}
    counts = {"mps": 0, "ministers": 0}
    with (pa / "uk_commons" / "HoC-GE2024-results-by-constituency.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    seen: dict[str, int] = {}
    for r in rows:
        name = f"{r['Member first name']} {r['Member surname']}".strip()
        seen[name] = seen.get(name, 0) + 1
    for r in rows:
        name = f"{r['Member first name']} {r['Member surname']}".strip()
        party = code_party.get(r["First party"])
        note = f"MP for {r['Constituency name']} elected 2024-07-04 ({r['First party']})"
        if seen[name] > 1:  # two MPs of one name: keep them apart
            reg.person(f"local:{slug(name)}-{slug(r['Constituency name'])}", name, match=False, note=note,
                       party=party["name"] if party else r["First party"])
        else:
            reg.person(None, name, note=note, party=party["name"] if party else r["First party"])
        counts["mps"] += 1
    data = json.loads((pa / "gov_salaries_data" / "gb_2025_data.json").read_text(encoding="utf-8"))
    for p in data["executive"] + data["ministers"]:
        reg.person(None, p["name"], note=f"{p.get('role') or p.get('portfolio')} (2025 list, before the September reshuffle)")
        counts["ministers"] += 1
    return counts


def gb_parties(pa: Path) -> list[dict]:
    """Party Facts rows (QIDs) for the parties that won Commons seats in 2024."""
    wanted = set(GB_PARTIES.values())
    out, seen = [], set()
    with (pa / "parties" / "partyfacts_wikidata.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["country"] != "GBR" or row["name"] not in wanted or row["wikidata_id"] in seen:
                continue
            seen.add(row["wikidata_id"])
            short = row["name_short"]
            aliases = [short] if short and short.isupper() and len(short) >= 3 else []
            if row["name_native"] and row["name_native"] != row["name"]:
                aliases.append(row["name_native"])
            out.append({"id": row["wikidata_id"], "wikidata": row["wikidata_id"], "name": row["name"],
                        "type": "party", "aliases": aliases, "of": "Q145"})
    return out

