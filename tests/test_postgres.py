"""The store on a real PostgreSQL server, next to SQLite.

The store contract itself (test_store.py, test_store_positions.py, test_neardup.py)
runs on both backends through conftest's parametrised ``store`` and ``backend_url``
fixtures. Here: more of the contract, then PostgreSQL-only behaviour (migrations,
language configurations, connection errors, the API's pooled stores).
"""
from __future__ import annotations

import json
from datetime import date

import psycopg
import pytest
from click.testing import CliRunner

import pg_support
import test_neardup
import test_store
from lagebild.cli import cli
from lagebild.errors import QueryError, SchemaError, StoreError
from lagebild.model import Document
from lagebild.settings import make_options
from lagebild.store import open_store
from lagebild.store.pgsearch import to_tsquery_syntax
from lagebild.store.schema import available_migrations


@pytest.fixture
def fresh_pg_url():
    return pg_support.server().create_database()


# -- more of the contract, on both backends -----------------------------------

def test_near_duplicate_found_across_sessions(backend_url):
    with open_store(backend_url) as s:
        first = s.add_document(Document(text=test_neardup.WIRE, published=date(2025, 9, 4), date_source="given"))
    with open_store(backend_url) as s:  # the LSH index is in the database, not in memory
        copy = s.add_document(Document(text=test_neardup.wire_copy(test_neardup.WIRE), date_source="unknown"))
        assert (copy.status, copy.cluster_id, copy.duplicate_of) == ("near_duplicate", first.doc_id, first.doc_id)
        [cluster_size] = s._conn.execute("SELECT size FROM clusters WHERE id = ?", (first.doc_id,)).fetchone()
        assert cluster_size == 2


def test_malformed_search_input_never_errors_unless_raw(store):
    store.add_document(test_store.make_doc())
    for junk in ['"unbalanced', "AND OR", "(((", "Merz:", "a & b | !c", "'; DROP TABLE documents; --", "*", "\\",
                 "NOT", ":*", "Truppen)", "<->", "%s %%", "?"]:
        assert isinstance(store.search(junk), list)
        assert isinstance(store.statements(text=junk), list)
    for bad in ['"unbalanced', "AND OR", "(Merz", "Merz)", "NOT", "Merz AND"]:
        with pytest.raises(QueryError):
            store.search(bad, raw=True)
    assert len(store.search('"mögliche Truppen"', raw=True)) == 1
    assert store.search('"Truppen mögliche"', raw=True) == []  # a phrase keeps its word order
    assert len(store.search("Kernbot*", raw=True)) == 1
    assert store.search("Kernbotschaft NOT Merz", raw=True) == []
    assert len(store.search("(Kernbotschaft OR Nichts) AND Merz", raw=True)) == 1


def test_lsh_bands_are_the_same_on_both_backends(tmp_path):
    docs = [Document(text=t) for t in (test_neardup.WIRE, test_neardup.OTHER_STORY,
                                       test_neardup.wire_copy(test_neardup.WIRE))]
    url = pg_support.server().create_database()
    results = {}
    for name, where in (("sqlite", str(tmp_path / "b.db")), ("pg", url)):
        with open_store(where) as s:
            statuses = [(r.status, r.cluster_id) for r in s.add_documents(docs)]
            bands = sorted(tuple(r) for r in s._conn.execute("SELECT band_index, band_hash, doc_id FROM minhash_bands"))
            sigs = sorted((r[0], bytes(r[1])) for r in s._conn.execute("SELECT doc_id, signature FROM minhash_signatures"))
            results[name] = (statuses, bands, sigs)
    assert results["sqlite"] == results["pg"]
    assert [s for s, _ in results["pg"][0]] == ["new", "new", "near_duplicate"]


# -- PostgreSQL only ------------------------------------------------------------

def test_pg_migrations_have_the_sqlite_versions_and_tables(fresh_pg_url, tmp_path):
    assert [v for v, _, _ in available_migrations("migrations_pg")] == [v for v, _, _ in available_migrations()]
    with open_store(fresh_pg_url) as pg, open_store(str(tmp_path / "s.db")) as lite:
        pg_versions = [r[0] for r in pg._conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        assert pg_versions == [v for v, _, _ in available_migrations()]
        tables = [r[0] for r in lite._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
        for table in tables:
            lite_cols = {r[1] for r in lite._conn.execute(f"PRAGMA table_info({table})")}
            pg_cols = {r[0] for r in pg._conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", (table,))}
            # PostgreSQL adds the search vector and an explicit row number where SQLite has rowid
            assert pg_cols - {"fts", "row_no"} == lite_cols - {"row_no"}, table
    open_store(fresh_pg_url).close()  # reopening applies nothing and does not fail


def test_pg_large_values_are_compressed_with_lz4(fresh_pg_url):
    # Debian's PostgreSQL (the one the tests install) is built with lz4
    with open_store(fresh_pg_url) as pg:
        got = {(r[0], r[1]): r[2] for r in pg._conn.execute(
            "SELECT attrelid::regclass::text, attname, attcompression FROM pg_attribute"
            " WHERE attcompression <> ''")}
    assert got == {("documents", "text"): "l", ("analyses", "result"): "l", ("statements", "json"): "l",
                   ("positions", "json"): "l", ("commitments", "json"): "l"}


def test_pg_gathered_inserts_keep_order_and_tail(fresh_pg_url, monkeypatch):
    from lagebild.store.postgres import MultiRowInserts, _json_insert

    types = {("t", "a"): "text", ("t", "end"): "int4"}
    assert _json_insert('INSERT INTO t(a, "end") VALUES (?, ?) ON CONFLICT(a) DO NOTHING', types) == \
        ('INSERT INTO t(a, "end") SELECT (r->>0)::text, (r->>1)::int4 FROM jsonb_array_elements(?::jsonb) r'
         ' ON CONFLICT(a) DO NOTHING')
    with pytest.raises(StoreError):
        _json_insert("INSERT INTO t(a, end) VALUES (?, 1)", types)
    with open_store(fresh_pg_url) as pg:
        conn = pg._conn
        conn.execute("CREATE TABLE parent (id TEXT PRIMARY KEY, n INTEGER, note TEXT)")
        conn.execute("CREATE TABLE child (parent TEXT REFERENCES parent(id), k INTEGER)")
        pg._column_types.update({("parent", "id"): "text", ("parent", "n"): "int4", ("parent", "note"): "text",
                                 ("child", "parent"): "text", ("child", "k"): "int4"})
        statements = []
        real_execute = conn.execute
        monkeypatch.setattr(conn, "execute", lambda sql, params=(): statements.append(sql) or real_execute(sql, params))
        monkeypatch.setattr(MultiRowInserts, "MAX_PENDING_ROWS", 4)  # the fourth row, p2, sends what is held
        with pg.transaction(), pg._batched() as batch:
            for i in range(3):
                # a column of only NULLs and Python booleans into an integer column
                batch.execute("INSERT INTO parent(id, n, note) VALUES (?, ?, ?)"
                              " ON CONFLICT(id) DO UPDATE SET n = excluded.n",
                              (f"p{i}", i == 1, None if i else 'quote "ü" \\ {x}'))
                batch.executemany("INSERT INTO child(parent, k) VALUES (?, ?)", [(f"p{i}", k) for k in range(i)])
            with pytest.raises(StoreError):
                batch.execute("DELETE FROM parent")
        monkeypatch.undo()
        # one statement per table and flush, parents first (the children reference them)
        inserts = [sql for sql in statements if sql.startswith("INSERT")]  # not BEGIN and the write lock
        assert [sql.split(" SELECT ")[0] for sql in inserts] == ["INSERT INTO parent(id, n, note)",
                                                                 "INSERT INTO child(parent, k)",
                                                                 "INSERT INTO child(parent, k)"]
        assert inserts[0].endswith(" ON CONFLICT(id) DO UPDATE SET n = excluded.n")
        assert conn.execute("SELECT id, n, note FROM parent ORDER BY id").fetchall() == \
            [("p0", 0, 'quote "ü" \\ {x}'), ("p1", 1, None), ("p2", 0, None)]
        assert conn.execute("SELECT parent, k FROM child ORDER BY parent, k").fetchall() == \
            [("p1", 0), ("p2", 0), ("p2", 1)]


def test_pg_newer_schema_is_refused(fresh_pg_url):
    open_store(fresh_pg_url).close()
    with psycopg.connect(fresh_pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_migrations(version, applied_at) VALUES (999, 'future')")
    with pytest.raises(SchemaError, match="999"):
        open_store(fresh_pg_url)


def test_pg_connection_failures_are_store_errors():
    port = pg_support._free_port()
    with pytest.raises(StoreError, match="cannot connect"):
        open_store(f"postgresql://nobody:secret@127.0.0.1:{port}/nothing")
    with pytest.raises(StoreError) as info:
        open_store(pg_support.server().url("no_such_database"))
    assert "secret" not in str(info.value)


def test_pg_search_uses_the_language_of_each_document():
    url = pg_support.server().create_database()
    with open_store(url) as s:
        de = s.add_document(Document(text="Die Verhandlungen über den Haushalt wurden vertagt.", lang="de"))
        en = s.add_document(Document(text="The ministers were negotiating a new budget deal.", lang="en"))
        fr = s.add_document(Document(text="Les ministres négociaient un budget.", lang="fr"))
        assert [h["doc_id"] for h in s.search("Verhandlung")] == [de.doc_id]  # German stemming
        assert [h["doc_id"] for h in s.search("negotiate")] == [en.doc_id]  # English stemming
        assert [h["doc_id"] for h in s.search("negociaient")] == [fr.doc_id]  # 'simple', accents folded
        assert s.search("négocier") == []  # ... but not stemmed
        [hit] = s.search("Haushalt", marks=("<b>", "</b>"))
        assert "<b>Haushalt</b>" in hit["snippet"] and hit["rank"] < 0
        assert to_tsquery_syntax('a "b c" d*') == "(('a' & ('b' <-> 'c')) & 'd':*)"


def _cli(*args):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_cli_ingest_and_reanalyze_on_postgres(tmp_path):
    url = pg_support.server().create_database()
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(
        '{"text": "Merz sagte am Montag: \\"Wir stehen zur Ukraine.\\" Nummer %d.", "lang": "de", '
        '"published": "2025-09-0%d"}' % (i, 1 + i % 9) for i in range(6)) + "\n{broken\n", encoding="utf-8")
    first = _cli("ingest", str(corpus), "--db", url, "--json", "--no-analyze")
    summary = json.loads(first.output)
    assert summary["processed"] + summary["near_duplicate"] == 6 and summary["rejected"] == {"malformed_json": 1}
    assert "analysed 6 documents" in _cli("reanalyze", "--db", url).output
    assert "analysed 0 documents" in _cli("reanalyze", "--db", url).output
    assert json.loads(_cli("ingest", str(corpus), "--db", url, "--json").output)["duplicate"] == 6
    with open_store(url, options=make_options(env={})) as s:
        counts = s.counts()
        assert counts["documents"] == 6 and counts["analyses"] == 6 and counts["rejects"] == 1
        assert s.rejects()[0]["count"] == 2  # the same broken line, seen twice


def test_api_on_postgres_opens_and_migrates_once(fresh_pg_url, monkeypatch):
    from fastapi.testclient import TestClient

    from lagebild.server import create_app
    from lagebild.store import schema

    migrations, connections = [], []
    real_migrate, real_connect = schema.migrate_postgres, psycopg.Connection.connect.__func__
    monkeypatch.setattr(schema, "migrate_postgres", lambda conn: migrations.append(1) or real_migrate(conn))
    monkeypatch.setattr(psycopg.Connection, "connect",
                        classmethod(lambda cls, *a, **kw: connections.append(1) or real_connect(cls, *a, **kw)))
    app = create_app(fresh_pg_url, allow_ingest=True, token="t0ken")
    auth = {"Authorization": "Bearer t0ken"}
    with TestClient(app) as client:
        for i in range(3):
            article = {"text": f"Bundeskanzler Friedrich Merz sagte am Montag: „Wir stehen zur Ukraine.“ Fall {i}.",
                       "published": f"2025-10-0{i + 1}", "title": f"Fall {i}", "lang": "de"}
            resp = client.post("/api/v1/documents", json=article, headers=auth)
            assert resp.status_code == 201, resp.text
            assert client.get(resp.headers["location"]).json()["title"] == f"Fall {i}"
        for _ in range(5):
            for path in ("/api/v1/documents", "/api/v1/statements", "/api/v1/search?q=Ukraine", "/"):
                assert client.get(path).status_code == 200, path
        assert client.get("/api/v1/search?q=Ukraine").json()
        with app.state.pool.reader() as store:  # readers cannot change the database
            assert store.counts()["documents"] == 3
            with pytest.raises(StoreError):
                store.add_document(Document(text="Nicht gespeichert."))
    # one connection to migrate, then one each for the read and the write pool, whatever the requests
    assert len(migrations) == 1
    assert len(connections) == 3
