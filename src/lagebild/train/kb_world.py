"""Heads of state and government: the 2026 incumbents snapshot on top of the 2024-10 list.

The 2026 file (world_officeholders/heads_of_state_government_2026.csv) is a snapshot of
incumbents, not a history, and some rows are noisy (political-actors SOURCE.md). A row is
taken only when it is consistent:
  - it has no end year and its (position, person) pair is not already in the 2024 list
    (pairs in both keep the 2024 row);
  - its position has one holder in the 2024 list (no councils or co-princes) and one
    open-ended holder with the latest start year in the 2026 file (ties are skipped);
  - the person has a name: the label, or when the label is the QID, the 2024 list's or
    intl_people_bio's name for that QID;
  - the start year is before the crawl year 2026: only the year is known, and a person who
    started in year Y and is still in office in 2026 provably held the office on 31 December
    of Y. That day is the role's start: a known-holding date, not the day of taking office.
    Rows starting in 2026 (e.g. several the SOURCE.md flags as unchecked) give the person
    but no role, since neither the start nor the crawl date is known.
The 2024 incumbent of a position taken this way held it until some day of year Y at the earliest
(never before the 2024 crawl): that day ends its role, so that in the uncertain months neither
holder is named ('der belgische Premier' in October 2025 is not Alexander De Croo; better none).
A 2024 incumbent the 2026 file does not list in office any more, with no successor taken, is
trusted for one year after the 2024 crawl (TRUSTED_UNTIL); curated.yaml gives exact dates where
they are known.
"""
from __future__ import annotations

import csv
from pathlib import Path

from .kb_names import Registry

CRAWL_YEAR = 2026
CRAWL_2024 = "2024-10-24"  # the day after the 2024 list's crawl: the earliest possible handover
TRUSTED_UNTIL = "2025-10-24"  # a 2024 incumbent the 2026 file no longer lists: one year after the crawl


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_incumbents_2026(pa: Path, reg: Registry, iso_of: dict[str, str], kind_of) -> dict:
    wo = pa / "world_officeholders"
    old = _rows(wo / "heads_of_state_government_2024-10-23.csv")
    new = _rows(wo / "heads_of_state_government_2026.csv")
    names = {r["id"]: r["name"] for r in _rows(wo / "intl_people_bio.csv")}
    names.update({r["officeholder"]: r["officeholderLabel"] for r in old if not r["officeholderLabel"].startswith("Q")})
    old_pairs = {(r["position"], r["officeholder"]) for r in old}
    old_open: dict[str, list[str]] = {}
    for r in old:
        if not r["end_year"]:
            old_open.setdefault(r["position"], []).append(r["officeholder"])
    holders: dict[str, list[dict]] = {}
    for r in new:
        if not r["end_year"] and r["officeholder"].startswith("Q") and r["start_year"].isdigit():
            holders.setdefault(r["position"], []).append(r)
    stats = {"taken": 0, "person_only": 0, "skipped": 0}
    for position, rows in holders.items():
        latest = max(int(r["start_year"]) for r in rows)
        top = [r for r in rows if int(r["start_year"]) == latest]
        r = top[0]
        if len(top) > 1 or len(old_open.get(position, [])) > 1 or (position, r["officeholder"]) in old_pairs:
            stats["skipped"] += len(top) > 1 or len(old_open.get(position, [])) > 1
            continue
        qid, label = r["officeholder"], r["officeholderLabel"]
        name = names.get(qid) if label.startswith("Q") or label == "Nayib buke" else label
        if not name:
            stats["skipped"] += 1
            continue
        a = reg.person(qid, name)
        if latest >= CRAWL_YEAR:
            a.setdefault("note", f"{r['positionLabel']} from {latest} (2026 snapshot; no date known)")
            stats["person_only"] += 1
            continue
        day = f"{latest}-12-31"
        cc = iso_of.get(r["countryid"], r["countryid"])
        a["roles"].append({"key": f"{cc}.{kind_of(r['positionLabel'])}", "label": r["positionLabel"],
                           "of": r["countryid"], "start": day, "end": None})
        stats["taken"] += 1
        for prev in old_open.get(position, []):  # the 2024 incumbent left in year Y, on a day not known
            for role in _open_roles(reg, old, prev, position, r["countryid"]):
                role["end"] = max(f"{latest}-01-01", CRAWL_2024)
    new_open = {(r["position"], r["officeholder"]) for rows in holders.values() for r in rows}
    for position, prevs in old_open.items():
        country = next(r["countryid"] for r in old if r["position"] == position)
        for prev in prevs:
            if (position, prev) not in new_open:
                for role in _open_roles(reg, old, prev, position, country):
                    role["end"] = TRUSTED_UNTIL
                    stats["trusted_until"] = stats.get("trusted_until", 0) + 1
    return stats


def _open_roles(reg: Registry, old: list[dict], person: str, position: str, country: str) -> list[dict]:
    """The open-ended roles of ``person`` for ``position`` taken from the 2024 list."""
    return [role for role in reg.actors.get(person, {}).get("roles", [])
            if role["of"] == country and role["label"] == _label_of(old, position) and role["end"] is None]


def _label_of(rows: list[dict], position: str) -> str:
    return next(r["positionLabel"] for r in rows if r["position"] == position)
