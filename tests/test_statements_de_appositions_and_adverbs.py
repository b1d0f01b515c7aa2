"""German frames with an office set off by commas, an infinitive aside between the verb and what was
said, and a one-word adverb before the verb (issues #17, #21). Made-up sentences only."""
from __future__ import annotations

import pytest

from lagebild.core import analyze


def _statements(text: str) -> list[tuple[str, str, str, str | None]]:
    """(cue, speaker mention, content, speaker actor) of every statement of ``text``."""
    return [(" ".join(c.text for c in s.cue), " ".join(m.text for m in s.speaker_mention),
             " ".join(q.text for q in s.quote), s.speaker_actor.name if s.speaker_actor else None)
            for s in analyze(text, published="2024-05-02").statements]


def test_wie_with_office_and_name_at_the_start():
    text = ("Die Ausstellung bleibt zu. Wie die Leiterin des Museums in Kleinau, Marisa Quendel, mitteilte, "
            "wurde das Dach am Freitag beschädigt.")
    assert _statements(text) == [("Wie mitteilte", "die Leiterin des Museums in Kleinau, Marisa Quendel",
                                  "wurde das Dach am Freitag beschädigt", "Marisa Quendel")]


def test_wie_with_office_and_name_at_the_end():
    text = "Die Ausstellung bleibt zu. Das Dach sei beschädigt, wie der Direktor, Tobin Achterberg, mitteilte."
    assert _statements(text) == [("wie mitteilte", "der Direktor, Tobin Achterberg", "Das Dach sei beschädigt",
                                  "Tobin Achterberg")]


def test_office_after_the_inverted_name():
    text = ("Die Ausstellung bleibt zu. Am Montag sagte General Rupert Vallendar, Kommandant der Garnison, "
            "dass die Lage ernst sei.")
    assert _statements(text) == [("sagte", "General Rupert Vallendar, Kommandant der Garnison",
                                  "dass die Lage ernst sei", "Rupert Vallendar")]


@pytest.mark.parametrize("aside", ["ohne auf Details einzugehen", "ohne auf Details zu verweisen"])
def test_infinitive_aside_is_no_cue(aside):
    text = f"Die Ausstellung bleibt zu. Der Direktor sagte, {aside}, dass das Dach beschädigt sei."
    assert [(cue, content) for cue, _sp, content, _a in _statements(text)] == [
        ("sagte", "dass das Dach beschädigt sei")]


@pytest.mark.parametrize("text, speaker", [
    ("Die Lage ist ernst. Besorgt äußerte sich Kofi Annan über die Zunahme der Gewalt.", "Kofi Annan"),
    ("Die Lage ist ernst. Sinngemäß hofft Tobin Achterberg also, dass der Start gelingt.", "Tobin Achterberg"),
])
def test_one_adverb_before_the_verb_is_no_speaker(text, speaker):
    assert [sp for _c, sp, _q, _a in _statements(text)] == [speaker]


def test_a_surname_capitalised_inside_a_sentence_stays_the_speaker():
    # 'Glos' ends like an adverb ('-los'), 'König' like an adjective ('-ig'): as names inside the text too,
    # they open the sentence as its subject
    text = ("Es sprachen der Landrat König und der Abgeordnete Glos. König hatte gesagt, die Mittel reichten. "
            "Glos hatte gesagt, die Mittel reichten nicht.")
    assert [sp for _c, sp, _q, _a in _statements(text)] == ["König", "Glos"]


@pytest.mark.parametrize("frame, cue, speaker", [
    # the participle closes a frame after the quotation
    ("hatte Vorstandschef Marten Quell in einem Interview erklärt", "hatte erklärt", "Vorstandschef Marten Quell"),
    ("hat die Firma schon im Mai mitgeteilt", "hat mitgeteilt", "die Firma"),
    # an object pronoun stands between the verb and its subject
    ("so charakterisierte ihn der Betriebsrat Marten Quell", "charakterisierte", "der Betriebsrat Marten Quell"),
])
def test_frame_after_a_quotation(frame, cue, speaker):
    text = f"Das Werk bleibt offen. „Wir wollen unsere Standorte enger verzahnen“, {frame}."
    assert [(c, sp) for c, sp, _q, _a in _statements(text)] == [(cue, speaker)]


@pytest.mark.parametrize("sentence, speaker", [
    # the one quoted speaks, not the paper that quotes
    ("Die Lokalzeitung zitiert einen Augenzeugen mit den Worten: „Der Wagen fuhr einfach weiter.“",
     "einen Augenzeugen"),
    ("In der Mitteilung wird Marten Quell wie folgt zitiert: „Der Wagen fuhr einfach weiter.“", "Marten Quell"),
    # a passive with its subject before the verb: that subject
    ("Der Betriebsrat Marten Quell wird in einer Erklärung der Firma mit den Worten zitiert: „Der Wagen fuhr "
     "einfach weiter.“", "Der Betriebsrat Marten Quell"),
])
def test_the_one_quoted_speaks(sentence, speaker):
    assert [sp for _c, sp, _q, _a in _statements("Das Werk bleibt offen. " + sentence)] == [speaker]


def test_nach_with_an_article_after_an_act_is_a_time():
    text = "Das Werk bleibt offen. Die Wahlkommission forderte das Verbot nach einer Erklärung des Parteichefs."
    assert [(c, sp) for c, sp, _q, _a in _statements(text)] == [("forderte", "Die Wahlkommission")]


def test_a_noun_cue_in_a_clause_of_reason_reports_nothing():
    # 'Angst' opens no reported thought inside 'Da … hatte,'; after it, 'Angst, dass …' does
    text = "Das Werk bleibt offen. Da seine Mandantin Angst hatte, habe der Anwalt gezögert. Sie hatte Angst, dass er komme."
    assert [(c, q) for c, _sp, q, _a in _statements(text) if c == "Angst"] == [("Angst", "dass er komme")]
