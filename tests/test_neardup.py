"""Near-duplicate clustering: MinHash signatures with LSH bands stored in the database.

Tests that take the ``store`` fixture (conftest.py) run on SQLite and PostgreSQL alike.
"""
from __future__ import annotations

from datetime import date

import numpy as np

from lagebild.model import Document
from lagebild.settings import make_options
from lagebild.store import open_store
from lagebild.store.neardup import MinHasher, candidate_probability, lsh_params, shingles

WIRE = (
    "Die Europäer ringen weiter um eine gemeinsame Linie zur Absicherung der Ukraine. Nach den Beratungen "
    "der sogenannten Koalition der Willigen in Paris sagte Frankreichs Präsident Emmanuel Macron, mindestens "
    "26 Staaten hätten sich verpflichtet, Soldaten im Rahmen einer Absicherungstruppe zu entsenden oder auf "
    "dem Boden, im Meer oder in der Luft präsent zu sein. Bundeskanzler Friedrich Merz erwähnte mögliche "
    "Truppen in seiner Kernbotschaft dagegen nicht. Im Zentrum müsse die Finanzierung, Bewaffnung und "
    "Ausbildung ukrainischer Streitkräfte stehen, schrieb er beim Kurznachrichtendienst X. Deutschland sei "
    "der wichtigste Partner Kyjiws. Statt über deutsche Soldaten spricht Berlin lieber über Marschflugkörper "
    "und Luftverteidigung, wenn es um Sicherheitsgarantien geht. Die Bundesregierung will zudem Hunderte "
    "Militärfahrzeuge liefern und die Zusammenarbeit in der Rüstungsindustrie ausbauen. Ein Einsatz "
    "deutscher Soldaten müsste ohnehin vom Bundestag gebilligt werden. Die USA sagten zu, sich an "
    "Sicherheitsgarantien zu beteiligen, ließen aber offen, in welcher Form. US-Präsident Donald Trump "
    "deutete nach einem Telefonat mit den Europäern nur an, dass man in den kommenden ein bis zwei Wochen "
    "sehen werde, was er nun tun werde. Der Krieg sei viel schwerer zu lösen, als er einst angenommen habe, "
    "räumte Trump ein. Kremlchef Wladimir Putin lehnt westliche Truppen in der Ukraine kategorisch ab."
)

OTHER_STORY = (
    "Im Bundestag ist ein heftiger Streit über deutsche Soldaten in der Ukraine entbrannt. Die Opposition "
    "wirft Bundeskanzler Friedrich Merz vor, sich in der Frage einer Friedenstruppe nicht festzulegen. "
    "Verteidigungsminister Boris Pistorius warnte davor, eine Debatte über Bodentruppen zu führen, solange "
    "es keinen Waffenstillstand gebe. Die Bundeswehr sei schon jetzt an der Grenze ihrer Belastbarkeit, "
    "sagte er in Berlin. Frankreich und Großbritannien drängen dagegen auf eine europäische "
    "Absicherungstruppe für die Zeit nach einem möglichen Waffenstillstand. Aus Kyjiw hieß es, jede Form "
    "westlicher Präsenz sei willkommen. Moskau droht unterdessen mit Konsequenzen und nennt ausländische "
    "Soldaten in der Ukraine legitime Ziele. In Umfragen lehnt eine Mehrheit der Deutschen einen Einsatz "
    "der Bundeswehr in der Ukraine ab, während die Lieferung von Luftverteidigungssystemen breite "
    "Zustimmung findet. Der Haushaltsausschuss soll in der kommenden Woche über weitere Milliarden für "
    "Waffenlieferungen beraten."
)


def wire_copy(text: str) -> str:
    """Another outlet's copy: its own dateline and byline, two small edits."""
    body = text.replace("sagte Frankreichs Präsident", "erklärte Frankreichs Staatschef")
    body = body.replace("Hunderte Militärfahrzeuge", "mehrere hundert Militärfahrzeuge")
    return "Paris/Berlin (dpa) - " + body + "\n\nVon Anna Beispiel, dpa"


def test_wire_copies_join_one_cluster(store):
    original = Document(text=WIRE, published=date(2025, 9, 4), date_source="header")
    copy = Document(text=wire_copy(WIRE), published=date(2025, 9, 4), date_source="header")
    first, second = store.add_documents([original, copy])
    assert first.status == "new"
    assert second.status == "near_duplicate"
    assert second.cluster_id == original.id and second.duplicate_of == original.id
    assert store.counts()["clusters"] == 1
    assert store.document(copy.id).text == copy.text  # stored as its own document


def test_near_duplicate_found_across_sessions(tmp_path):
    path = str(tmp_path / "nd.db")
    with open_store(path) as s:
        s.add_document(Document(text=WIRE))
    with open_store(path) as s:  # nothing held in memory: the LSH index is in the file
        result = s.add_document(Document(text=wire_copy(WIRE)))
    assert result.status == "near_duplicate"


def test_different_stories_on_one_topic_stay_apart(store):
    a = store.add_document(Document(text=WIRE))
    b = store.add_document(Document(text=OTHER_STORY))
    assert (a.status, b.status) == ("new", "new")
    assert a.cluster_id != b.cluster_id
    assert store.counts()["clusters"] == 2


def test_identical_text_is_a_duplicate(store):
    store.add_document(Document(text=WIRE))
    again = store.add_document(Document(text=WIRE, title="same text, other metadata"))
    assert again.status == "duplicate"
    assert store.counts()["documents"] == 1


def test_joins_the_cluster_of_the_closest_document(store):
    base = store.add_document(Document(text=WIRE))
    copy = store.add_document(Document(text=wire_copy(WIRE)))
    copy_of_copy = store.add_document(Document(text="Eilmeldung: " + wire_copy(WIRE)))
    assert copy_of_copy.status == "near_duplicate"
    assert copy_of_copy.cluster_id == base.cluster_id
    assert copy_of_copy.duplicate_of == copy.doc_id  # the closer of the two
    size = store._conn.execute("SELECT size FROM clusters WHERE id = ?", (base.doc_id,)).fetchone()[0]
    assert size == 3


def test_threshold_is_a_setting(tmp_path):
    strict = make_options({"near_duplicate_threshold": 0.99}, env={})
    with open_store(str(tmp_path / "strict.db"), options=strict) as s:
        s.add_document(Document(text=WIRE))
        assert s.add_document(Document(text=wire_copy(WIRE))).status == "new"


def test_bands_are_stored_per_document(store):
    store.add_documents([Document(text=WIRE), Document(text=OTHER_STORY)])
    bands, rows = store._hasher.bands
    assert store._conn.execute("SELECT count(*) FROM minhash_bands").fetchone()[0] == 2 * bands
    assert store._conn.execute("SELECT count(*) FROM minhash_signatures").fetchone()[0] == 2


def test_signatures_are_stable_and_estimate_jaccard():
    hasher = MinHasher(num_perm=64, shingle_size=5)
    sig = hasher.signature(WIRE)
    assert (sig == MinHasher(num_perm=64, shingle_size=5).signature(WIRE)).all()
    assert (MinHasher.from_blob(MinHasher.to_blob(sig)) == sig).all()
    a, b = set(shingles(WIRE, 5).tolist()), set(shingles(wire_copy(WIRE), 5).tolist())
    true_near = len(a & b) / len(a | b)
    estimate = hasher.similarity(sig, hasher.signature(wire_copy(WIRE)))
    assert abs(estimate - true_near) < 0.2
    assert hasher.similarity(sig, hasher.signature(OTHER_STORY)) < 0.2
    assert hasher.signature("  ,;  ") is None


def test_lsh_params_favour_recall_at_the_threshold():
    assert lsh_params(64, 0.8) == (16, 4)
    bands, rows = lsh_params(128, 0.8)
    assert bands * rows <= 128
    assert candidate_probability(0.75, bands, rows) >= 0.99
    assert candidate_probability(0.2, 16, 4) < 0.05


def test_short_texts_still_get_a_signature():
    assert len(shingles("Merz schweigt.", 5)) == 1
    assert (shingles("Merz schweigt.", 5) == shingles("merz  SCHWEIGT", 5)).all()
    assert len(shingles("", 5)) == 0


def test_shingles_are_distinct_word_ngrams():
    grams = shingles("a b c d e f a b c d e f", 5)
    assert len(grams) == 6  # abcde bcdef cdefa defab efabc fabcd (the second abcde, bcdef are repeats)
    assert len(np.unique(grams)) == len(grams)
    assert len(shingles("eins zwei drei vier fünf sechs", 5)) == 2


def test_lsh_layout_is_fixed_per_database(tmp_path):
    path = str(tmp_path / "layout.db")
    with open_store(path, options=make_options({"near_duplicate_threshold": 0.8}, env={})) as s:
        s.add_document(Document(text=WIRE))
        layout = s._hasher.bands
    # a later run with another threshold keeps the stored layout, so old band hashes still match
    with open_store(path, options=make_options({"near_duplicate_threshold": 0.6}, env={})) as s:
        assert s._hasher.bands == layout
        assert s.add_document(Document(text=wire_copy(WIRE))).status == "near_duplicate"
