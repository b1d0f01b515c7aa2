"""Search by word forms (German and English), with the exact form in double quotes."""
from __future__ import annotations

import sqlite3
from datetime import date

from lagebild.model import Document
from lagebild.store import open_store
from lagebild.store.search import forms_query, query_parts, stem

SOLDATEN = "Die Soldaten kehren nach dem Einsatz zurück, sagte der Minister."
BREMSE = "Die Schuldenbremse bleibt, sagte die Finanzministerin am Dienstag."
SOLDIERS = "The soldiers returned home after the mission, the minister said."


def doc(text: str, lang: str, title: str = "Meldung") -> Document:
    return Document(text=text, published=date(2025, 9, 4), date_source="header", lang=lang, title=title)


def fill(store) -> dict[str, str]:
    return {name: store.add_document(doc(text, lang)).doc_id
            for name, text, lang in (("soldaten", SOLDATEN, "de"), ("bremse", BREMSE, "de"),
                                     ("soldiers", SOLDIERS, "en"))}


def ids(hits) -> set[str]:
    return {h["doc_id"] for h in hits}


def test_a_word_finds_its_other_forms(store):
    d = fill(store)
    assert ids(store.search("Soldat")) == {d["soldaten"]}
    assert ids(store.search("Schuldenbremsen")) == {d["bremse"]}
    assert ids(store.search("soldier")) == {d["soldiers"]}
    assert ids(store.search("Schuldenbremsen Dienstag")) == {d["bremse"]}  # every word, any form
    [hit] = store.search("Soldat", marks=("[", "]"))
    assert "[Soldaten]" in hit["snippet"]  # the form in the text is highlighted


def test_quotes_keep_the_exact_form(store):
    d = fill(store)
    assert store.search('"Soldat"') == []
    assert ids(store.search('"Soldaten"')) == {d["soldaten"]}
    assert store.search('"Schuldenbremsen"') == []
    assert ids(store.search('"sagte die Finanzministerin" Schuldenbremsen')) == {d["bremse"]}
    assert store.search('"die Finanzministerin sagte"') == []  # a phrase keeps its order


def test_query_parts_and_stems():
    assert query_parts('"Soldat" Schuldenbremsen ??? "a b"') == [("Soldat", True), ("Schuldenbremsen", False),
                                                               ("a b", True)]
    assert query_parts('"unbalanced') == [('"unbalanced', False)]
    assert stem("de", "Soldaten") == stem("de", "Soldat")
    assert stem("de", "Schuldenbremsen") == stem("de", "Schuldenbremse")
    assert stem("en", "soldiers") == stem("en", "soldier")


def test_a_store_made_before_word_forms_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    with open_store(str(path)) as store:
        d = fill(store)
    # What the code before migration 006 left: no table of forms, schema version 5.
    con = sqlite3.connect(path)
    con.execute("DROP TABLE documents_fts_forms")
    con.execute("DELETE FROM schema_migrations WHERE version >= 6")
    con.commit()
    con.close()
    with open_store(str(path)) as store:
        assert ids(store.search("Soldat")) == {d["soldaten"]}
        assert ids(store.search("Schuldenbremsen")) == {d["bremse"]}
        assert ids(store.search("soldier")) == {d["soldiers"]}
        assert 6 in {r[0] for r in store._conn.execute("SELECT version FROM schema_migrations")}


def test_forms_query_without_the_table_searches_the_word_as_written():
    con = sqlite3.connect(":memory:")
    assert forms_query(con, "Soldat E-Auto") == '"soldat" AND "E-Auto"'
