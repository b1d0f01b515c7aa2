"""Positions, commitments and conditions as typed records with stable ids, in every output:
ids unique in a store and unchanged by re-analysis; conditions as records {id, type, text,
start, end} in the API, `--json` and the exports; typed Parquet columns; old stored records
(bare condition ids) read back expanded (both backends)."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from browser_support import copy_db, sample_db
from lagebild.cli import cli
from lagebild.core import analyze_document
from lagebild.model import Analysis, Document
from lagebild.server import create_app
from lagebild.store import open_store

CONDITION_KEYS = ["id", "type", "text", "start", "end"]
KIND_LETTER = {"positions": "p", "commitments": "c", "conditions": "k"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return sample_db(tmp_path_factory.mktemp("ids"))


def run(*args) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def stored_ids(path) -> dict[str, list[str]]:
    """Every position, commitment and condition id of each document's latest analysis."""
    with open_store(str(path)) as s:
        out = {kind: [r["id"] for r in getattr(s, kind)(limit=10**6, one_per_cluster=False)]
               for kind in ("positions", "commitments")}
        out["conditions"] = [c["id"] for d in s.documents(limit=10**6)
                             for c in (s.analysis(d.id) or {}).get("conditions") or []]
    return out


def test_ids_are_unique_in_a_store_of_several_documents(db):
    ids = stored_ids(db)
    for kind, found in ids.items():
        assert found, f"the sample corpus has {kind}"
        assert len(set(found)) == len(found), f"{kind} ids repeat"
        assert all(re.fullmatch(rf"[0-9a-f]+:{KIND_LETTER[kind]}:[0-9a-f]{{10}}(-\d+)?", i) for i in found), found[:3]
        assert len({i.split(":")[0] for i in found}) >= 2, f"{kind} of several documents"
    every = [i for found in ids.values() for i in found]
    assert len(set(every)) == len(every)


def test_ids_are_unchanged_by_reanalysis(db, tmp_path):
    path = copy_db(db, tmp_path / "again.db")
    before = stored_ids(path)
    out = run("reanalyze", "--db", path, "--set", "extra_stages=pos")  # another pipeline version
    assert re.search(r"analysed [1-9]\d* documents", out) and "pos@" in out
    after = stored_ids(path)
    assert {k: sorted(v) for k, v in after.items()} == {k: sorted(v) for k, v in before.items()}


def test_the_stage_gives_the_same_ids_twice(db):
    with open_store(str(db)) as s:
        doc = next(d for d in s.documents(limit=100) if (s.analysis(d.id) or {}).get("conditions"))
    first, second = analyze_document(doc), analyze_document(doc)
    for kind in ("positions", "commitments", "conditions"):
        ids = [r["id"] for r in getattr(first, kind)]
        assert ids and ids == [r["id"] for r in getattr(second, kind)]
        assert all(i.startswith(f"{doc.id}:{KIND_LETTER[kind]}:") for i in ids)


def assert_condition_records(records: list[dict], texts: dict[str, str]) -> int:
    """Every record's conditions are {id, type, text, start, end} pointing into its document's
    text (``texts``: doc id -> text); returns how many conditions there were."""
    n = 0
    for rec in records:
        for cond in rec["conditions"]:
            assert list(cond) == CONDITION_KEYS
            assert cond["id"].startswith(f"{rec['doc']}:k:")
            assert cond["text"] and texts[rec["doc"]][cond["start"]:cond["end"]] == cond["text"]
            n += 1
    return n


def doc_texts(db) -> dict[str, str]:
    with open_store(str(db)) as s:
        return {d.id: d.text for d in s.documents(limit=10**6)}


def test_api_gives_conditions_as_records(db):
    texts = doc_texts(db)
    with TestClient(create_app(str(db))) as client:
        for route in ("positions", "commitments"):
            items = client.get(f"/api/v1/{route}", params={"limit": 200}).json()["items"]
            assert assert_condition_records(items, texts) > 0, f"/api/v1/{route} has conditions"
        schema = client.get("/openapi.json").json()["components"]["schemas"]
        assert set(CONDITION_KEYS) <= set(schema["ConditionRef"]["properties"])


def test_cli_json_gives_conditions_as_records(db):
    texts = doc_texts(db)
    for command in ("positions", "commitments"):
        assert assert_condition_records(jsonl(run(command, "--db", db, "--json")), texts) > 0


def test_jsonl_and_csv_exports_carry_condition_texts_and_ids(db):
    texts = doc_texts(db)
    for what, verb in (("positions", "stance"), ("commitments", "act")):
        rows = jsonl(run("export", "--db", db, "--what", what))
        assert assert_condition_records(rows, texts) > 0
        table = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--what", what, "--format", "csv"))))
        assert list(table[0])[:7] == ["id", "doc", "published", "actor", "actor_id", "issue", verb]
        assert len(table) == len(rows)
        with_conds = [r for r in table if r["conditions"] != "[]"]
        assert with_conds
        for row in with_conds:
            conds = json.loads(row["conditions"])
            assert all(list(c) == CONDITION_KEYS for c in conds)
            assert row["condition_texts"] == " | ".join(c["text"] for c in conds)
        assert {r["evidence.start"].isdigit() for r in table} == {True}
        if what == "commitments":
            assert {r["negated"] for r in table} <= {"true", "false"}


def test_export_conditions(db):
    texts = doc_texts(db)
    rows = jsonl(run("export", "--db", db, "--what", "conditions"))
    assert sorted(r["id"] for r in rows) == sorted(stored_ids(db)["conditions"])
    for row in rows:
        assert texts[row["doc"]][row["start"]:row["end"]] == row["text"]
        assert row["type"] and isinstance(row["qualifies"], list) and isinstance(row["fragment"], bool)
    table = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--what", "conditions", "--format", "csv"))))
    assert list(table[0]) == ["id", "doc", "published", "type", "text", "start", "end", "fragment", "how",
                              "qualifies", "party"]
    # with an actor: only the conditions that qualify that actor's positions or commitments
    merz = jsonl(run("export", "--db", db, "--what", "conditions", "--actor", "Q566257"))
    mine = {r["id"] for w in ("positions", "commitments")
            for r in jsonl(run("export", "--db", db, "--what", w, "--actor", "Q566257"))}
    assert all(mine & set(r["qualifies"]) for r in merz)


def test_parquet_columns_are_typed(db, tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    expected = {
        "positions": {"id": pa.string(), "published": pa.date32(), "stance": pa.string(), "conditions": pa.string(),
                      "evidence.start": pa.int64(), "evidence.end": pa.int64()},
        "commitments": {"published": pa.date32(), "act": pa.string(), "quantity.value": pa.float64(),
                        "negated": pa.bool_(), "hedged": pa.bool_(), "second_hand": pa.bool_(),
                        "evidence.start": pa.int64(), "condition_texts": pa.string()},
        "conditions": {"published": pa.date32(), "start": pa.int64(), "end": pa.int64(), "fragment": pa.bool_(),
                       "qualifies": pa.string()},
        "documents": {"published": pa.date32(), "chars": pa.int64(), "text": pa.string()},
        "statements": {"published": pa.date32(), "quote.start": pa.int64(), "confidence": pa.float64()},
    }
    for what, types in expected.items():
        out = tmp_path / f"{what}.parquet"
        run("export", "--db", db, "--what", what, "--format", "parquet", "-o", out)
        table = pq.read_table(out)
        assert table.num_rows == len(jsonl(run("export", "--db", db, "--what", what)))
        for name, kind in types.items():
            assert table.schema.field(name).type == kind, (what, name)
        if what in ("positions", "commitments"):
            csv_header = run("export", "--db", db, "--what", what, "--format", "csv").splitlines()[0]
            assert ",".join(table.column_names) == csv_header  # one column order
            assert isinstance(table.column("published")[0].as_py(), date)
            conds = [json.loads(c) for c in table.column("conditions").to_pylist()]
            assert any(conds) and all(list(c) == CONDITION_KEYS for cs in conds for c in cs)


def test_records_stored_with_bare_condition_ids_are_expanded_on_read(store):
    text = "Merz schließt Truppen nicht aus, wenn es einen Waffenstillstand gibt."
    doc = Document(text=text, published=date(2025, 9, 24), date_source="given", lang="de")
    start = text.index("wenn")
    cond = {"type": "ceasefire", "text": {"start": start, "end": len(text) - 1, "text": text[start:-1]},
            "fragment": False, "how": "clause", "id": f"{doc.id}:k:0123456789",
            "qualifies": [f"{doc.id}:p:0123456789"], "party": None}
    position = {"id": f"{doc.id}:p:0123456789", "actor": {"mention": [{"start": 0, "end": 4, "text": "Merz"}],
                                                          "actor": None},
                "issue": "troops", "stance": "conditional", "conditions": [cond["id"], f"{doc.id}:k:gone"],
                "evidence": [{"start": 0, "end": 4, "text": "Merz"}], "from": "report"}
    store.save_analysis(Analysis(document=doc, pipeline_version="test/1", lang="de", positions=[position],
                                 conditions=[cond]))
    (fresh,) = store.positions()
    assert fresh["conditions"][0] == {"id": cond["id"], "type": "ceasefire", "text": text[start:-1],
                                      "start": start, "end": len(text) - 1}
    # a store written before conditions were expanded: the record holds bare ids
    with store.transaction():
        store._conn.execute("UPDATE positions SET json = ? WHERE id = ?",
                            (json.dumps({"doc": doc.id, **position}), position["id"]))
    (old,) = store.positions()
    assert old["conditions"] == fresh["conditions"]
    assert old["conditions"][1] == {"id": f"{doc.id}:k:gone", "type": None, "text": None, "start": None, "end": None}
