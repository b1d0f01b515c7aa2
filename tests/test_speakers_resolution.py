"""Speaker resolution (issue #17): which actor a statement's speaker mention refers to.

Names with a title/nationality/office prefix, office nouns by the article date, pronouns
with two candidates of different gender, spokespeople, abstention when unsure (German and
English), and the seed article's six statements when ../shared/seeds is beside the checkout.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from lagebild.core import analyze_document, get_pipeline
from lagebild.extract.statements.speakers import SpeakerResolver, resolve_actor
from lagebild.kb import load_kb
from lagebild.model import Document, Span, Statement
from lagebild.settings import make_options

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def pipeline():
    return get_pipeline(make_options(env={}))


def _speakers(pipeline, text: str, day: date, lang: str) -> list[tuple[str, str | None, str | None]]:
    a = analyze_document(Document(text=text, published=day, date_source="given", lang=lang), pipeline=pipeline)
    return [(" ".join(m.text for m in s.speaker_mention), s.speaker_actor.name if s.speaker_actor else None,
             s.speaker_role) for s in a.statements]


def _actor_of(rows, mention: str):
    return next(actor for m, actor, _ in rows if m == mention)


def test_prefixed_names_resolve_to_the_person_de(pipeline):
    rows = _speakers(pipeline, "Frankreichs Präsident Emmanuel Macron sagte, Europa müsse jetzt handeln. "
                               "FPÖ-Chef Herbert Kickl sagte, er sei dagegen. Kickl sagte: „Das lehnen wir ab.“",
                     date(2025, 6, 1), "de")
    assert _actor_of(rows, "Frankreichs Präsident Emmanuel Macron") == "Emmanuel Macron"
    assert _actor_of(rows, "FPÖ-Chef Herbert Kickl") == "Herbert Kickl"  # a local actor: the KB lacks him
    assert _actor_of(rows, "Kickl") == "Herbert Kickl"


def test_prefixed_names_resolve_to_the_person_en(pipeline):
    rows = _speakers(pipeline, "Italian Prime Minister Giorgia Meloni said Europe must act now.",
                     date(2025, 6, 1), "en")
    assert rows and rows[0][1] == "Giorgia Meloni"


def test_office_noun_resolves_to_the_holder_on_the_date(pipeline):
    text = "Der Kanzler sagte, die Regierung werde die Hilfe fortsetzen."
    assert _speakers(pipeline, text, date(2025, 6, 1), "de")[0][1] == "Friedrich Merz"
    assert _speakers(pipeline, text, date(2023, 6, 1), "de")[0][1] == "Olaf Scholz"


def test_office_noun_prefers_the_holder_the_text_names(pipeline):
    rows = _speakers(pipeline, "Angela Rayner resigned on Friday. Keir Starmer met the cabinet. "
                               "The prime minister said the government would carry on.", date(2025, 9, 5), "en")
    assert _actor_of(rows, "The prime minister") == "Keir Starmer"


def test_pronoun_takes_the_antecedent_of_its_gender(pipeline):
    rows = _speakers(pipeline, "Angela Rayner met Keir Starmer in London. She said she would step down.",
                     date(2025, 9, 5), "en")
    assert _actor_of(rows, "She") == "Angela Rayner"
    rows = _speakers(pipeline, "Alice Weidel traf Friedrich Merz im Bundestag. Er sagte, die Lage sei ernst.",
                     date(2025, 6, 1), "de")
    assert _actor_of(rows, "Er") == "Friedrich Merz"


def test_spokesperson_speaks_for_the_body(pipeline):
    rows = _speakers(pipeline, "Ein Regierungssprecher sagte, man prüfe die Vorschläge.", date(2025, 6, 1), "de")
    mention, actor, role = rows[0]
    assert actor == "Federal Government of Germany" and role == "spokesperson"


def test_abstains_on_groups_and_unknown_descriptions(pipeline):
    rows = _speakers(pipeline, "NATO allies said the summit had gone well.", date(2025, 6, 25), "en")
    assert rows and rows[0][1] is None
    # a group is no single actor
    rows = _speakers(pipeline, "Experten sagten, die Lage sei ernst.", date(2025, 6, 1), "de")
    assert rows and rows[0][1] is None


def test_resolver_confidence_and_threshold():
    kb = load_kb(make_options(env={}))
    text = "Donald Tusk traf Emmanuel Macron. Er sagte, die Lage sei ernst."
    from lagebild.model import Actor, Entity
    ents = [Entity(Span.of(text, 0, 11), "PER", Actor("Q946", "Donald Tusk", "person", "Q946")),
            Entity(Span.of(text, 17, 32), "PER", Actor("Q3052772", "Emmanuel Macron", "person", "Q3052772"))]
    r = SpeakerResolver(text, "de", ents, [Span.of(text, 0, 33), Span.of(text, 34, len(text))], kb, date(2025, 6, 1))
    res = r.resolve(Span.of(text, 34, 36), "sagte")
    assert res.actor is not None and 0 < res.confidence < 1  # the subject is the likelier antecedent
    assert res.actor.name == "Donald Tusk"


def test_statement_serialises_confidence_and_role():
    st = Statement(id="d:s0", type="Direct", medium="Speech", quote=[], speaker_confidence=0.8,
                   speaker_role="spokesperson")
    d = st.to_dict()
    assert d["speaker"]["confidence"] == 0.8 and d["speaker"]["role"] == "spokesperson"
    assert Statement(id="x", type="Direct", medium="Speech", quote=[]).to_dict()["speaker"]["confidence"] is None


def test_legacy_resolver_survives_an_empty_mention():
    assert resolve_actor(Span(0, 0, ""), [], "") is None
    assert resolve_actor(Span(0, 1, " "), [], " ") is None


@pytest.mark.skipif(not (SEEDS / "000_9eb11f9ed3dde1b0.txt").is_file(), reason="../shared/seeds not present")
@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_seed_statements_get_their_expected_actors(mode):
    """Each of the seed's expected statements, found by its content, has its expected actor."""
    if mode == "accurate":
        pytest.importorskip("torch", reason="the accurate extra is installed by `make test`")
    from lagebild.ingest.outcome import InputContext
    from lagebild.ingest.textfile import text_outcome

    gold = json.loads((SEEDS / "000_9eb11f9ed3dde1b0.expected.json").read_text(encoding="utf-8"))
    text = (SEEDS / "000_9eb11f9ed3dde1b0.txt").read_text(encoding="utf-8")
    doc = text_outcome(text, InputContext(origin="seed", options=None))
    a = analyze_document(doc, options=make_options({"mode": mode}, env={}))
    checked = 0
    for g in gold["statements"]:
        content = g["content"]
        found = [s for s in a.statements
                 if any(content[:40] in q.text or q.text[:40] in content for q in s.quote)]
        assert found, g
        if g["speaker"].startswith("unnamed"):
            continue
        assert any(s.speaker_actor is not None and s.speaker_actor.name == g["speaker"] for s in found), g
        checked += 1
    assert checked >= 5
    macron = [s for s in a.statements if s.speaker_actor and s.speaker_actor.name == "Emmanuel Macron"]
    assert macron and macron[0].speaker_actor.wikidata == "Q3052772"
    assert macron[0].speaker_actor.role == "President of France"


def test_title_tagged_as_a_person_does_not_hide_the_name_it_leads_to():
    # the NER may tag the title as a person of its own ('Commission President'); the speaker
    # is the linked name the title leads to
    from lagebild.core import analyze

    text = ("EU leaders met in Copenhagen on Wednesday.\n\n"
            "Commission President Ursula von der Leyen wants a \"drone wall\" along the eastern border, "
            "she told reporters.")
    an = analyze(text, published="2025-10-02", lang="en")
    speakers = {s.speaker_mention[0].text: s.speaker_actor for s in an.statements if s.speaker_mention}
    named = [a for m, a in speakers.items() if "Leyen" in m]
    assert named and all(a is not None and a.wikidata == "Q60772" for a in named)
