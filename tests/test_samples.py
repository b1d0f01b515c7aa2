"""Checks for the shipped sample corpus and its hand-written gold files."""
from __future__ import annotations

import datetime as dt
import difflib
import itertools
import json
import re
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CORPUS = SAMPLES / "corpus"
GOLD = SAMPLES / "gold"

ENTITY_TYPES = {"person", "country", "government", "party", "organization", "institution", "group", "medium"}
STATEMENT_TYPES = {"Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported"}
MEDIA = {"Speech", "Writing", "Thought"}
STANCES = {"supports", "opposes", "conditional", "hesitant", "undecided"}
ACTS = {"pledge", "intention", "delivery", "demand", "refusal", "not_ruled_out", "under_consideration"}
STATUSES = {"announced", "reaffirmed", "in_progress", "fulfilled", "withdrawn", "open"}
CONDITION_TYPES = {"ceasefire", "parliamentary approval", "third-party guarantee", "financing", "other"}
MUST_NOT_KINDS = {"statement", "commitment", "position", "entity"}
QID = re.compile(r"^Q\d+$")
_D = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
TIME_VALUE = re.compile(rf"^(?:{_D}|{_D}/{_D}|P\d+[DWMY]|PRESENT_REF|FUTURE_REF|PAST_REF)$")
HEADER_DATE = re.compile(r"^date (\d{4}-\d{2}-\d{2})$")
NAME = re.compile(r"^(de|en)_\d{2}_[a-z0-9_]+\.txt$")


def parse_txt(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    m = HEADER_DATE.match(lines[0])
    assert m, f"{path.name}: first line must be 'date YYYY-MM-DD'"
    dt.date.fromisoformat(m.group(1))
    assert lines[1].startswith("title: ") and lines[1][7:].strip(), f"{path.name}: second line must be 'title: ...'"
    assert lines[2] == "", f"{path.name}: third line must be blank"
    return {"stem": path.stem, "date": m.group(1), "title": lines[1][7:].strip(),
            "lang": path.name[:2], "body": "\n".join(lines[3:]).strip()}


def articles() -> list[dict]:
    out = [parse_txt(p) for p in sorted(CORPUS.glob("*.txt"))]
    for line in (CORPUS / "feed_extra.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append({"stem": r["id"], "date": r["published"], "title": r["title"],
                        "lang": r["lang"], "body": r["text"].strip(), "record": r})
    return out


ARTICLES = articles()


def test_corpus_size_and_names():
    txt = sorted(CORPUS.glob("*.txt"))
    for p in txt:
        assert NAME.match(p.name), p.name
    assert sum(p.name.startswith("de_") for p in txt) >= 14
    assert sum(p.name.startswith("en_") for p in txt) >= 7


def test_jsonl_records():
    recs = [a["record"] for a in ARTICLES if "record" in a]
    assert len(recs) >= 2
    for r in recs:
        assert set(r) >= {"id", "url", "published", "title", "text", "lang", "source"}
        assert r["url"].startswith("https://example.org/")
        dt.date.fromisoformat(r["published"])
        assert r["lang"] == "en"


@pytest.mark.parametrize("art", ARTICLES, ids=lambda a: a["stem"])
def test_article_length(art):
    n = len(art["body"].split())
    assert 150 <= n <= 400, f"{art['stem']}: {n} words"


@pytest.mark.parametrize("art", ARTICLES, ids=lambda a: a["stem"])
def test_gold(art):
    path = GOLD / f"{art['stem']}.expected.json"
    assert path.exists(), f"missing gold for {art['stem']}"
    g = json.loads(path.read_text(encoding="utf-8"))
    body = art["body"]

    def sub(s, where):
        assert isinstance(s, str) and s and s in body, f"{art['stem']}: {where} not in body: {s!r}"

    doc = g["document"]
    assert doc["date"] == art["date"] and doc["lang"] == art["lang"] and doc["title"] == art["title"]
    assert doc["weekday"] == dt.date.fromisoformat(art["date"]).strftime("%A")

    for e in g["entities"]:
        sub(e["mention"], "entity mention")
        assert e["type"] in ENTITY_TYPES, e
        if "wikidata" in e:
            assert QID.match(e["wikidata"]), e
    assert g["statements"], "every article has statements"
    for s in g["statements"]:
        sub(s["content"], "statement content")
        for k in ("speaker_mention", "addressee"):
            if k in s:
                sub(s[k], k)
        assert s["type"] in STATEMENT_TYPES and s["medium"] in MEDIA, s
        assert s["speaker"]
        assert (s["cue"] is None) == (s["type"] == "FreeIndirect") or s["type"] == "Direct", s
    for p in g["positions"]:
        sub(p["evidence"], "position evidence")
        assert p["stance"] in STANCES and p["issue"] and p["actor"], p
    for c in g["commitments"]:
        sub(c["evidence"], "commitment evidence")
        assert c["act"] in ACTS and c["status"] in STATUSES, c
    for c in g["conditions"]:
        sub(c["text"], "condition text")
        assert c["type"] in CONDITION_TYPES, c
    for t in g["time_expressions"]:
        sub(t["text"], "time expression")
        assert TIME_VALUE.match(t["value"]), t
    for h in g.get("headings", []):
        sub(h, "heading")
    assert g["must_not"], "every gold file lists at least one must_not"
    for m in g["must_not"]:
        assert m["kind"] in MUST_NOT_KINDS, m
        for k in ("content", "evidence"):
            if k in m:
                sub(m[k], f"must_not {k}")
        if m["kind"] == "commitment":
            assert m["act"] in ACTS, m


def test_no_orphan_gold():
    stems = {a["stem"] for a in ARTICLES}
    for p in GOLD.glob("*.expected.json"):
        assert p.name[: -len(".expected.json")] in stems, p.name


def test_issue_labels_are_a_small_shared_set():
    issues = set()
    for p in GOLD.glob("*.expected.json"):
        issues |= {x["issue"] for x in json.loads(p.read_text(encoding="utf-8"))["positions"]}
    assert len(issues) <= 20, sorted(issues)


def test_wire_copies_cluster_and_nothing_else_does():
    clusters = json.loads((GOLD / "clusters.json").read_text(encoding="utf-8"))
    by_stem = {a["stem"]: a["body"] for a in ARTICLES}
    together = set()
    for group in clusters["same_story"]:
        members = group["members"]
        assert len(members) >= 2
        for a, b in itertools.combinations(members, 2):
            assert by_stem[a] != by_stem[b], "wire copies must differ"
            r = difflib.SequenceMatcher(None, by_stem[a], by_stem[b], autojunk=False).ratio()
            assert r > 0.8, (a, b, r)
            together.add(frozenset((a, b)))
    for a, b in itertools.combinations(sorted(by_stem), 2):
        if frozenset((a, b)) in together:
            continue
        r = difflib.SequenceMatcher(None, by_stem[a], by_stem[b]).quick_ratio()
        if r > 0.8:
            r = difflib.SequenceMatcher(None, by_stem[a], by_stem[b], autojunk=False).ratio()
        assert r <= 0.8, (a, b, r)
