"""The store: migrations, writing, reading, search, crash safety.

Tests that take the ``store`` fixture (conftest.py) run on SQLite and PostgreSQL alike.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

import lagebild
from lagebild.errors import QueryError, SchemaError, StoreError
from lagebild.model import Actor, Analysis, Document, Entity, Span, Statement
from lagebild.store import is_postgres_url, open_store, resolve_url
from lagebild.store.schema import available_migrations

TEXT = (
    "Bundeskanzler Friedrich Merz hingegen erwähnte mögliche Truppen in seiner Kernbotschaft gar nicht erst. "
    '"Im Zentrum muss die Finanzierung, Bewaffnung und Ausbildung ukrainischer Streitkräfte stehen", '
    "schrieb er beim Kurznachrichtendienst X."
)


def make_doc(text: str = TEXT, **kw) -> Document:
    return Document(text=text, published=kw.pop("published", date(2025, 9, 4)), date_source="header",
                    lang="de", title=kw.pop("title", "Uneinigkeit in der EU"), **kw)


def make_analysis(doc: Document, version: str = "test/1") -> Analysis:
    text = doc.text
    q0 = text.index('"Im Zentrum') + 1
    q1 = text.index('stehen"') + len("stehen")
    merz = Actor("merz", "Friedrich Merz", "person", wikidata="Q566257")
    statement = Statement(
        id="s1", type="Direct", medium="Writing",
        quote=[Span.of(text, q0, q1)],
        cue=[Span.of(text, text.index("schrieb"), text.index("schrieb") + len("schrieb"))],
        speaker_mention=[Span.of(text, text.index("Friedrich Merz"), text.index("Friedrich Merz") + 14)],
        speaker_actor=merz, channel="X",
    )
    entity = Entity(Span.of(text, text.index("Friedrich Merz"), text.index("Friedrich Merz") + 14), "PER", actor=merz)
    return Analysis(document=doc, pipeline_version=version, statements=[statement], entities=[entity])


def test_opens_in_wal_mode_and_records_migrations(tmp_path):
    path = tmp_path / "lb.db"
    with open_store(f"sqlite:///{path}") as s:
        conn = s._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == [v for v, _, _ in available_migrations()]
    with open_store(str(path)) as s:  # reopening applies nothing new
        again = s._conn.execute("SELECT version, applied_at FROM schema_migrations").fetchall()
    assert [r[0] for r in again] == versions


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "lb.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations(version, applied_at) VALUES (999, 'future')")
    with pytest.raises(SchemaError, match="999"):
        open_store(str(path))


def test_urls():
    assert resolve_url("sqlite:///data/lb.db") == "data/lb.db"
    assert resolve_url("sqlite:////abs/lb.db") == "/abs/lb.db"
    assert resolve_url(":memory:") == ":memory:"
    assert is_postgres_url("postgresql://user@host/db") and is_postgres_url("postgres://h/db")
    with pytest.raises(StoreError, match="PostgreSQL URL"):
        resolve_url("postgresql://user@host/db")  # an SQLite path is not what it names
    with pytest.raises(StoreError, match="unsupported"):
        open_store("mysql://host/db")


def test_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        open_store(str(bad))


def test_document_round_trip_and_duplicates(store):
    doc = make_doc(url="https://example.org/a", source="Example", origin="a.txt", external_id="42")
    first = store.add_document(doc)
    assert (first.status, first.doc_id, first.cluster_id) == ("new", doc.id, doc.id)
    again = store.add_document(doc)
    assert again.status == "duplicate" and again.duplicate_of == doc.id
    assert store.counts()["documents"] == 1
    assert store.document(doc.id) == doc
    assert store.document(doc.id[:6]) == doc  # unique prefix
    assert store.document("zzzz") is None
    assert lagebild.open_store is not None


def test_documents_listing_and_date_filters(store):
    docs = [make_doc(f"Artikel Nummer {i} über Haushalt und Rente.", published=date(2025, 9, i + 1))
            for i in range(5)]
    results = store.add_documents(docs)
    assert [r.status for r in results] == ["new"] * 5
    assert store.documents() == docs
    assert [d.published.day for d in store.documents(since="2025-09-02", until=date(2025, 9, 4))] == [2, 3, 4]
    assert store.documents(limit=2, offset=1) == docs[1:3]


def test_transaction_rolls_back_everything(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_document(make_doc())
            raise RuntimeError("boom")
    assert store.counts()["documents"] == 0


def test_reject_upsert_counts(store):
    store.add_reject("feed.xml#3", "missing_text", "no text")
    store.add_reject("feed.xml#3", "missing_text", "still no text")
    store.add_reject("b.bin", "binary", "binary data")
    rows = {r["origin"]: r for r in store.rejects()}
    assert rows["feed.xml#3"]["count"] == 2 and rows["feed.xml#3"]["message"] == "still no text"
    assert rows["b.bin"]["count"] == 1
    assert store.counts()["rejects"] == 2


def test_save_analysis_is_idempotent_and_spans_survive(store):
    doc = make_doc()
    store.add_document(doc)
    analysis = make_analysis(doc)
    store.save_analysis(analysis)
    store.save_analysis(analysis)
    counts = store.counts()
    assert counts["analyses"] == 1 and counts["statements"] == 1
    assert store._conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 1

    stored_text = store.document(doc.id).text
    [st] = store.statements()
    assert st["cluster_id"] == doc.id and st["doc"] == doc.id
    assert st["speaker"]["actor"]["wikidata"] == "Q566257"
    for span in st["quote"] + st["cue"] + st["speaker"]["mention"]:
        assert stored_text[span["start"]:span["end"]] == span["text"]
    for start, end, text in store._conn.execute('SELECT start, "end", text FROM entities'):
        assert stored_text[start:end] == text
    assert store.analysis(doc.id)["statements"][0]["quote"][0]["text"].startswith("Im Zentrum")


def test_save_analysis_refuses_spans_off_the_text(store):
    doc = make_doc()
    bad = Analysis(document=doc, pipeline_version="v", entities=[Entity(Span(0, 5, "Xxxxx"), "PER")])
    with pytest.raises(StoreError, match="does not match"):
        store.save_analysis(bad)
    assert store.counts()["analyses"] == 0


def test_rows_built_elsewhere_are_stored_like_the_analysis(store, tmp_path):
    # distributed runs flatten analyses and hash documents on the workers
    from lagebild.store.analyses import analysis_rows

    doc = make_doc()
    [added] = store.add_documents([doc], {doc.id: store.hasher.signature(doc.text)})
    assert added.status == "new"
    store.save_analysis(analysis_rows(make_analysis(doc)))
    with open_store(str(tmp_path / "direct.db")) as direct:
        direct.save_analysis(make_analysis(doc))
        assert direct.statements() == store.statements()
        assert direct.analysis(doc.id) == store.analysis(doc.id)
        sig = lambda s: s._conn.execute("SELECT signature FROM minhash_signatures").fetchall()[0][0]  # noqa: E731
        assert sig(direct) == sig(store)


def test_rows_of_another_text_or_an_unstored_document_are_refused(store):
    from lagebild.store.analyses import analysis_rows

    doc = make_doc()
    rows = analysis_rows(make_analysis(doc))
    with pytest.raises(StoreError, match="not stored"):
        store.save_analysis(rows)
    store.add_document(Document(text=doc.text.replace("Merz", "Marz"), id=doc.id))
    with pytest.raises(StoreError, match="another text"):
        store.save_analysis(rows)
    assert store.counts()["analyses"] == 0


def test_analyses_of_just_added_documents_are_written_in_one_go(store, tmp_path):
    from lagebild.store.analyses import analysis_rows

    doc = make_doc()
    with store.transaction():
        [added] = store.add_documents([doc])
        store.save_new_analyses([(added, doc, analysis_rows(make_analysis(doc)))])
    with open_store(str(tmp_path / "direct.db")) as direct:
        direct.save_analysis(make_analysis(doc))
        assert direct.statements() == store.statements()
        assert direct.analysis(doc.id) == store.analysis(doc.id)
        assert direct.counts() == store.counts()
    other = Document(text=doc.text + " Nachtrag.")
    with pytest.raises(StoreError, match="another text"):
        with store.transaction():
            [added] = store.add_documents([other])
            store.save_new_analyses([(added, other, analysis_rows(make_analysis(doc)))])
    assert store.document(other.id) is None  # the whole batch rolled back


def test_statement_filters(store):
    doc = make_doc()
    store.save_analysis(make_analysis(doc))  # adds the document too
    assert len(store.statements(actor="Q566257")) == 1
    assert len(store.statements(actor="friedrich merz")) == 1
    assert store.statements(actor="Q7747") == []
    assert len(store.statements(type="direct", since="2025-09-01", until="2025-09-30")) == 1
    assert store.statements(since="2025-10-01") == []
    assert len(store.statements(text="Bewaffnung")) == 1
    assert store.statements(text="Marschflugkörper") == []
    with pytest.raises(QueryError):
        store.statements(since="gestern")


def test_one_per_cluster_counts_wire_copies_once(store):
    doc = make_doc()
    copy = make_doc("Berlin (dpa) - " + TEXT, published=date(2025, 9, 5))
    results = store.add_documents([doc, copy])
    assert results[1].status == "near_duplicate" and results[1].cluster_id == doc.id
    store.save_analysis(make_analysis(doc))
    store.save_analysis(make_analysis(copy))
    assert len(store.statements()) == 2
    [one] = store.statements(one_per_cluster=True)
    assert one["doc"] == doc.id  # the earliest copy


def test_documents_without_analysis(store):
    docs = [make_doc(f"Text {i} zur Lage in der Ukraine.") for i in range(7)]
    store.add_documents(docs)
    pending = []
    for d in store.documents_without_analysis("v1", page=3):  # saving while iterating is fine
        pending.append(d.id)
        store.save_analysis(Analysis(document=d, pipeline_version="v1", analysed=False, skipped_reason="lang"))
    assert pending == [d.id for d in docs]
    assert list(store.documents_without_analysis("v1")) == []
    assert len(list(store.documents_without_analysis("v2"))) == 7


def test_ingest_inputs_and_seen_items(store):
    assert not store.input_done("a.jsonl", "100:1")
    store.mark_input_done("a.jsonl", "100:1")
    assert store.input_done("a.jsonl", "100:1")
    assert not store.input_done("a.jsonl", "120:2")  # the file changed
    assert store.seen_add("guid-1") is True
    assert store.seen_add("guid-1") is False
    assert store.seen_has("guid-1") and not store.seen_has("guid-2")


def test_search_finds_and_highlights(store):
    store.add_document(make_doc())
    store.add_document(make_doc("Die Bundesregierung will Hunderte Militärfahrzeuge liefern.", title="Rüstung"))
    [hit] = store.search("Kernbotschaft")
    assert "[Kernbotschaft]" in hit["snippet"]
    assert set(hit) >= {"doc_id", "title", "published", "snippet", "rank"}
    assert hit["title"] == "Uneinigkeit in der EU"
    assert len(store.search("Merz: Truppen?")) == 1  # odd user input works
    assert store.search('"unbalanced') == []
    assert store.search("???") == []
    assert len(store.search("militärfahrzeuge OR kernbotschaft", raw=True)) == 2
    assert len(store.search("Rüstung")) == 1  # titles are searched too
    assert len(store.search("Rustung")) == 1  # diacritics folded
    with pytest.raises(QueryError, match="cannot parse"):
        store.search('"unbalanced', raw=True)
    with pytest.raises(QueryError):
        store.search("AND OR", raw=True)


def test_pool_migrates_once_and_lends_read_only_readers_and_one_writer(backend_url, monkeypatch):
    from lagebild.store import open_pool, schema

    pool = open_pool(backend_url)  # creates and migrates now; nothing below migrates again
    for name in ("migrate", "migrate_postgres"):
        monkeypatch.setattr(schema, name, lambda conn: pytest.fail("migrated again"))
    try:
        with pool.writer() as writer:
            writer.add_document(make_doc())
        with pool.reader() as one, pool.reader() as two:  # several readers at once
            assert one is not two
            assert one.counts()["documents"] == two.counts()["documents"] == 1
            with pytest.raises(StoreError):
                one.add_document(make_doc("Ein anderer Text."))
        with pool.writer() as writer:
            assert writer.add_document(make_doc()).status == "duplicate"
    finally:
        pool.close()
    with pool.reader() as reader:  # a closed pool opens what it needs again
        assert reader.counts()["documents"] == 1
    pool.close()


def test_pool_needs_a_file():
    from lagebild.store import open_pool

    with pytest.raises(StoreError, match="not :memory:"):
        open_pool(":memory:")


_WRITER = textwrap.dedent("""
    import sys
    from lagebild.model import Document
    from lagebild.store import open_store
    store = open_store(sys.argv[1])
    for batch in range(10_000):
        store.add_documents([Document(text=f"Meldung {batch}-{i}: " + "wort%d " % batch * 40 + str(i))
                             for i in range(20)])
        print(batch, flush=True)
""")


def test_crash_mid_run_loses_nothing_committed(tmp_path):
    path = tmp_path / "crash.db"
    src = Path(lagebild.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        committed = -1
        for line in proc.stdout:
            committed = int(line)
            if committed >= 5:
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    assert committed >= 5, "the writer did not get going"
    with open_store(str(path)) as s:
        assert s._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert s.counts()["documents"] >= (committed + 1) * 20
        for batch in range(committed + 1):
            text = f"Meldung {batch}-0: " + "wort%d " % batch * 40 + "0"
            assert s.document(Document(text=text).id).text == text
        s._conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")


def test_a_directory_is_no_database(tmp_path):
    from lagebild.errors import StoreError

    with pytest.raises(StoreError, match="is a directory"):
        open_store(str(tmp_path))


def test_a_nested_quote_is_stored_once_inside_its_statement(store):
    text = "Die Lage ist ernst. Kickl sagte, man habe „ein gesundes Österreich krank gemacht“."
    doc = make_doc(text)
    store.add_document(doc)
    analysis = lagebild.analyze_document(doc)
    nested = [s for s in analysis.statements if s.nested_in is not None]
    assert nested, "the pipeline keeps the quotation as a nested statement"
    store.save_analysis(analysis)
    rows = store.statements()
    assert len(rows) == len(analysis.statements) - len(nested) == 1
    assert "ein gesundes Österreich krank gemacht" in rows[0]["quote"][0]["text"]
