"""Commitments as the Ukraine Support Tracker records them (issue #18): item category, value and
EUR value, phase, due date; one pledge across articles (pledges.py); the realnews bench scorer."""
from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from lagebild.bench import commitments as bench
from lagebild.cli import cli
from lagebild.core import analyze
from lagebild.extract.commitment_fields import due_of, eur_rates, find_value, item_category, phase_of, to_eur
from lagebild.model import Analysis, Commitment
from lagebild.pledges import merge_commitments, same_pledge
from lagebild.server import create_app
from lagebild.settings import make_options, with_options
from lagebild.store import open_store


@pytest.mark.parametrize("phrase,lang,category", [
    ("Hunderte Militärfahrzeuge liefern", "de", "equipment"),
    ("vier Patriot-Systeme", "de", "weapons_system"),
    ("Artilleriemunition im Wert von 500 Mio. Euro", "de", "ammunition"),
    ("Soldaten im Rahmen einer Absicherungstruppe zu entsenden", "de", "troops"),
    ("ukrainische Piloten auszubilden", "de", "training"),
    ("90 Milliarden Euro für die Ukraine", "de", "financial"),
    ("einen Waffenstillstand", "de", "political"),
    ("Medikamente und Lebensmittel", "de", "humanitarian"),
    ("40 armoured vehicles", "en", "equipment"),
    ("two more Patriot air defence systems", "en", "weapons_system"),
    ("155mm artillery shells", "en", "weapons_system"),
    ("new sanctions on Russian oil", "en", "political"),
    ("a loan of $20bn", "en", "financial"),
    ("the Zusammenarbeit ausbauen", "de", None),
    (None, "de", None),
])
def test_item_category(phrase, lang, category):
    assert item_category(phrase, lang) == category


def test_value_and_eur():
    text = "Die EU will 90 Milliarden Euro bereitstellen, die USA $1.5bn, Schweden 500 Mio. Euro."
    v = find_value(text, "de", [(0, 45)], date(2025, 9, 4))
    assert (v["amount"], v["currency"], v["eur"], v["text"]) == (90e9, "EUR", 90e9, "90 Milliarden Euro")
    assert text[v["start"]:v["end"]] == v["text"]
    usd = find_value(text, "en", [(46, 62)], date(2024, 5, 1))
    assert (usd["amount"], usd["currency"]) == (1.5e9, "USD")
    assert usd["eur"] == round(1.5e9 / eur_rates()["USD"][2024])
    assert to_eur(100, "USD", 1990) == round(100 / eur_rates()["USD"][min(eur_rates()["USD"])], 2)  # nearest year
    assert to_eur(100, "XYZ", 2024) is None and to_eur(5, "EUR") == 5
    assert find_value("Schweden liefert 500 Mio. Euro", "de", [(0, 31)])["amount"] == 500e6
    assert find_value("Polen liefert 20 Panzer", "de", [(0, 23)]) is None


def test_phase():
    assert phase_of("delivery", "fulfilled", "Kanada hat Fahrzeuge geliefert.") == "delivered"
    assert phase_of("pledge", "announced", "Norway signed a contract to supply howitzers.") == "committed"
    assert phase_of("pledge", "announced", "Die Lieferung ist vertraglich vereinbart.") == "committed"
    assert phase_of("intention", "announced", "Polen will Panzer liefern.") == "announced"


def test_due():
    text = "Deutschland wird bis Ende 2026 Panzer liefern, 2023 lieferte es Munition."
    end26 = {"start": text.index("Ende"), "end": text.index("Ende") + 9, "value": "2026-09/2026-12"}
    pub = date(2025, 9, 4)
    assert due_of(end26, text, pub) == "2026-09/2026-12"
    past = {"start": text.index("2023"), "end": text.index("2023") + 4, "value": "2023"}
    assert due_of(past, text, pub) is None
    this_year = {"start": 0, "end": 4, "value": "2025"}
    assert due_of(this_year, "2025 wird Polen liefern", pub) is None  # not a deadline, not later
    assert due_of({**this_year, "start": 4, "end": 8}, "bis 2025 liefern", pub) == "2025"
    assert due_of(end26, text, None) is None and due_of(None, text, pub) is None


def test_tracker_fields_in_analysis():
    an = analyze("Deutschland wird der Ukraine bis Ende 2026 vier Patriot-Systeme im Wert von 500 Mio. Euro liefern. "
                 "Kanada hat der Ukraine 40 Fahrzeuge geliefert.", published="2025-09-04", lang="de")
    pledge = next(c for c in an.commitments if c["act"] == "pledge")
    assert pledge["item_category"] == "weapons_system" and pledge["phase"] == "announced"
    assert pledge["value"]["eur"] == 500e6 and pledge["due"] == "2026-09/2026-12"
    delivery = next(c for c in an.commitments if c["act"] == "delivery")
    assert delivery["phase"] == "delivered" and delivery["item_category"] == "equipment"
    assert "Fahrzeuge" in delivery["object"]["text"]
    assert Commitment.from_dict(pledge).to_dict() == pledge
    # records stored before these fields existed read back without them
    old = {k: v for k, v in pledge.items() if k not in ("item_category", "value", "phase", "due")}
    assert Commitment.from_dict(old).to_dict() == old


def test_seed_categories(seed_text):
    an = analyze(seed_text, published="2025-09-04", lang="de")
    veh = next(c for c in an.commitments if "Militärfahrzeuge" in (c["object"] or {}).get("text", ""))
    assert veh["item_category"] == "equipment" and veh["phase"] == "announced" and veh["due"] is None
    troops = next(c for c in an.commitments if c["act"] == "not_ruled_out")
    assert troops["item_category"] == "troops"


GERMANY = {"id": "Q183", "name": "Germany", "wikidata": "Q183"}
UKRAINE = {"mention": [{"start": 0, "end": 7, "text": "Ukraine"}], "actor": {"id": "Q212", "name": "Ukraine"}}


def _rec(i, day, act="pledge", obj="vier Patriot-Systeme", actor=GERMANY, category="weapons_system",
         recipient=UKRAINE, phase="announced", quantity=None, value=None):
    return {"id": f"d{i}:c:1", "doc": f"d{i}", "published": day, "cluster_id": None, "act": act,
            "actor": {"mention": [{"start": 0, "end": 11, "text": "Deutschland"}], "actor": actor},
            "recipient": recipient, "item_category": category, "object": {"text": obj, "start": 0, "end": len(obj)},
            "quantity": quantity, "value": value, "phase": phase,
            "evidence": [{"start": 0, "end": 5, "text": "x"}]}


def test_merge_same_pledge_with_sources_and_history():
    recs = [_rec(2, "2025-10-01", act="delivery", obj="die Patriot-Systeme", phase="delivered"),
            _rec(1, "2025-09-01"),
            _rec(3, "2025-09-15", obj="Patriot-Systeme für die Ukraine"),
            _rec(4, "2025-09-20", obj="Munition", category="ammunition")]
    out = merge_commitments(recs)
    assert len(out) == 2
    m = out[0]
    assert [s["doc"] for s in m["sources"]] == ["d1", "d3", "d2"]  # oldest first
    assert [(h["act"], h["phase"], h["published"]) for h in m["history"]] == \
        [("pledge", "announced", "2025-09-01"), ("delivery", "delivered", "2025-10-01")]
    assert m["phase"] == "delivered" and m["act"] == "delivery" and m["id"] == "pledge:d1:c:1"
    assert (m["first_published"], m["last_published"]) == ("2025-09-01", "2025-10-01")
    assert len(out[1]["sources"]) == 1 and out[1]["item_category"] == "ammunition"


def test_merge_rules():
    a = _rec(1, "2025-01-01")
    assert same_pledge(a, _rec(2, "2025-02-01"))
    assert not same_pledge(a, _rec(2, "2025-02-01", actor=None))  # an unlinked donor never merges
    assert not same_pledge(_rec(1, "2025-01-01", actor=None), _rec(2, "2025-02-01", actor=None))
    assert not same_pledge(a, _rec(2, "2025-02-01", recipient=None))
    assert not same_pledge(a, _rec(2, "2025-02-01", act="demand"))
    assert same_pledge(a, _rec(2, "2025-02-01", act="intention"))
    assert not same_pledge(a, _rec(2, "2025-02-01", obj="Leopard-Panzer"))  # no shared object word
    qty = {"value": 4, "unit": "systems"}
    assert same_pledge(_rec(1, "2025-01-01", quantity=qty, obj="Luftabwehr"),
                       _rec(2, "2025-02-01", quantity=dict(qty), obj="Patriots"))
    val = {"amount": 5e8, "currency": "EUR", "eur": 5e8}
    assert same_pledge(_rec(1, "2025-01-01", value=val, obj="Hilfe", category="financial"),
                       _rec(2, "2025-02-01", value=dict(val), obj="Zahlungen", category="financial"))
    # more than 180 days after the group's latest source: a new pledge
    assert len(merge_commitments([a, _rec(2, "2025-08-01")])) == 2
    assert len(merge_commitments([a, _rec(2, "2025-05-01"), _rec(3, "2025-09-01")])) == 1
    unlinked = [_rec(1, "2025-01-01", actor=None), _rec(2, "2025-01-02", actor=None)]
    assert [len(m["sources"]) for m in merge_commitments(unlinked)] == [1, 1]
    assert merge_commitments([]) == []


def _analysis(text: str, day: str) -> Analysis:
    an = analyze(text, published=day, lang="de")
    return an


@pytest.fixture
def pledge_db(tmp_path):
    path = tmp_path / "pledges.db"
    with open_store(str(path)) as s:
        s.save_analysis(_analysis("Deutschland wird der Ukraine vier Patriot-Systeme liefern.", "2025-09-01"))
        s.save_analysis(_analysis("Deutschland hat der Ukraine die vier Patriot-Systeme geliefert.", "2025-10-01"))
    return path


def test_commitments_merged_cli_and_api(pledge_db):
    res = CliRunner().invoke(cli, ["commitments", "--db", str(pledge_db), "--json"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    plain = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert len(plain) == 2 and all(r["actor"]["actor"]["wikidata"] == "Q183" for r in plain)
    res = CliRunner().invoke(cli, ["commitments", "--db", str(pledge_db), "--merged", "--json"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    (merged,) = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [s["published"] for s in merged["sources"]] == ["2025-09-01", "2025-10-01"]
    assert merged["phase"] == "delivered" and len(merged["history"]) == 2
    res = CliRunner().invoke(cli, ["commitments", "--db", str(pledge_db), "--merged"], catch_exceptions=False)
    assert "[2 sources, 2025-09-01 .. 2025-10-01]" in res.stdout
    with TestClient(create_app(str(pledge_db))) as client:
        items = client.get("/api/v1/commitments", params={"merged": "true", "since": "2025-01-01"}).json()["items"]
        assert len(items) == 1 and len(items[0]["sources"]) == 2
        assert len(client.get("/api/v1/commitments", params={"since": "2025-01-01"}).json()["items"]) == 2


# --- the realnews bench reader and scorer, on a synthetic gold fixture (no article text) ---------

SYNTHETIC = ("date 2025-09-04\ntitle: Synthetischer Testtext\n\n"
             "Deutschland wird der Ukraine vier Patriot-Systeme liefern. Die Grünen fordern mehr Munition.\n")


def _span(text, needle, key="text"):
    i = text.index(needle)
    return {"start": i, "end": i + len(needle), key: needle}


@pytest.fixture
def realnews(tmp_path):
    from lagebild.corpora.realnews import read_document

    data = tmp_path / "datasets" / "realnews-2025" / "de"
    data.mkdir(parents=True)
    (data / "002.txt").write_text(SYNTHETIC, encoding="utf-8")
    (data / "003.txt").write_text(SYNTHETIC.replace("Synthetischer", "Zweiter"), encoding="utf-8")
    text = read_document(tmp_path / "datasets" / "realnews-2025", "de/002.txt").text
    gold = tmp_path / "gold" / "commitments"
    gold.mkdir(parents=True)
    lines = [{"file": "de/002.txt", "lang": "de", "split": "dev", "act": "pledge",
              "actor": {"qid": "Q183", "name": "Deutschland", "kind": "state"},
              "mention": _span(text, "Deutschland"), "recipient": {"qid": "Q212", "name": "Ukraine", "kind": "state"},
              "cue": _span(text, "wird"), "item": _span(text, "Patriot-Systeme", "snippet"),
              "item_category": "weapons_system", "quantity": {"value": 4, "unit": "systems"}, "value": None,
              "status": "announced", "conditions": []},
             {"file": "de/002.txt", "lang": "de", "split": "dev", "act": "demand",
              "actor": {"qid": None, "name": "Die Grünen", "kind": "party"}, "mention": _span(text, "Die Grünen"),
              "recipient": None, "cue": _span(text, "fordern"), "item": _span(text, "mehr Munition", "snippet"),
              "item_category": "ammunition", "quantity": None, "value": None, "status": "announced", "conditions": []}]
    (gold / "realnews-2025-de.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    files = tmp_path / "gold" / "positions"
    files.mkdir()
    (files / "realnews-2025-files-de.jsonl").write_text(
        json.dumps({"file": "de/002.txt", "lang": "de", "split": "dev", "positions": 0, "commitments": 2}) + "\n"
        + json.dumps({"file": "de/003.txt", "lang": "de", "split": "heldout", "positions": 0, "commitments": 0}) + "\n",
        encoding="utf-8")
    return gold, tmp_path / "datasets"


def test_realnews_reader_and_alignment(realnews):
    gold, _ = realnews
    items = bench.realnews_items(gold / "realnews-2025-de.jsonl", "de")
    assert [(i["act"], i["split"], i["recipient"]["qid"] if i["recipient"] else None) for i in items] == \
        [("pledge", "dev", "Q212"), ("demand", "dev", None)]
    pred = [{"act": "intention", "cue": [{"start": items[0]["cue"][0], "end": items[0]["cue"][1]}], "evidence": [],
             "object": {"start": items[0]["item"][0] - 5, "end": items[0]["item"][1]}, "recipient": None},
            {"act": "refusal", "cue": [{"start": items[1]["cue"][0], "end": items[1]["cue"][1]}], "evidence": [],
             "object": None}]
    assert bench.align(items, pred) == [(0, 0)]  # the refusal is of another act family
    counts = bench._new_counts()
    res = bench.score_file(items, pred, counts)
    assert counts["aligned"] == 1 and counts["right"] == 0 and counts["family_right"] == 0  # no recipient
    assert counts["category_n"] == 1 and len(res["missed"]) == 1 and len(res["spurious"]) == 1


def test_realnews_bench_run(realnews):
    gold, datasets = realnews
    options = with_options(make_options(env={}), datasets_dir=str(datasets))
    res = bench.run(gold / "realnews-2025-de.jsonl", options, split="dev")
    g = res["groups"]["de/dev"]
    assert (g["files"], g["gold"]) == (1, 2) and g["right"] == 2 and g["right_p"] == 1.0 and g["right_r"] == 1.0
    assert g["category_acc"] == 1.0 and list(res["groups"]) == ["de/dev"]
    both = bench.run(gold, options, split="all")["realnews"]
    assert list(both["groups"]) == ["de/dev", "de/heldout", "de/all"]
    assert both["groups"]["de/heldout"]["gold"] == 0 and "de/heldout" not in both["errors"]
    assert "right P" in bench.format_result(both)
    res = CliRunner().invoke(cli, ["bench", "commitments", str(gold / "realnews-2025-de.jsonl"), "--split", "dev",
                                   "--set", f"datasets_dir={datasets}", "--json"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["groups"]["de/dev"]["right"] == 2
