"""Speaker resolution rules of the second round (issue #17), on made-up sentences, at the
resolver level (entities given by hand, so the NER does not decide what is tested):
office descriptions with a country adjective, party-leader offices, party labels, surname
then full name, given names without accents, a cut name with an unknown given name, a
relative with the same surname, organisation descriptions, and subject over object for
pronouns."""
from __future__ import annotations

from datetime import date

import pytest

from lagebild.extract.statements.speakers import SpeakerResolver
from lagebild.kb import load_kb
from lagebild.model import Actor, Entity, Span
from lagebild.nlp.coref import is_given_name, name_like
from lagebild.settings import make_options


@pytest.fixture(scope="module")
def kb():
    return load_kb(make_options(env={}))


def _ent(text: str, form: str, label: str, actor: Actor | None = None, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(form, start + 1)
    return Entity(Span.of(text, start, start + len(form)), label, actor)


def _sentences(text: str) -> list[Span]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(Span.of(text, start, i + 1))
            start = i + 2
    return out


def _resolve(text, lang, ents, kb, day, mention: str, nth: int = 0, at: int | None = None):
    r = SpeakerResolver(text, lang, ents, _sentences(text), kb, day)
    start = -1 if at is None else at
    for _ in range(nth + 1 if at is None else 0):
        start = text.index(mention, start + 1)
    return r.resolve(Span.of(text, start, start + len(mention)), "sagte")


MERZ = Actor("Q566257", "Friedrich Merz", "person", "Q566257")
SCHOLZ = Actor("Q61053", "Olaf Scholz", "person", "Q61053")
TUSK = Actor("Q946", "Donald Tusk", "person", "Q946")
MACRON = Actor("Q3052772", "Emmanuel Macron", "person", "Q3052772")


def test_country_adjective_does_not_block_the_office(kb):
    text = "Die Lage sei ernst, sagte der deutsche Außenminister am Montag."
    ents = [_ent(text, "deutsche", "LOC", Actor("Q183", "Germany", "country", "Q183"))]
    res = _resolve(text, "de", ents, kb, date(2025, 11, 1), "der deutsche Außenminister")
    assert res.actor is not None and res.actor.name == "Johann Wadephul" and res.confidence >= 0.7


def test_party_leader_office_on_the_date(kb):
    text = "Man werde nicht nachgeben, sagte der CDU-Vorsitzende im Fernsehen."
    res = _resolve(text, "de", [], kb, date(2024, 3, 1), "der CDU-Vorsitzende")
    assert res.actor is not None and res.actor.name == "Friedrich Merz"
    # before his election as chairman the KB knows no holder: no link
    assert _resolve(text, "de", [], kb, date(2021, 6, 1), "der CDU-Vorsitzende").actor is None


def test_party_label_finds_the_named_politician(kb):
    text = "Olaf Scholz kam nach Bonn. Die Reform komme, sagte der SPD-Politiker."
    ents = [_ent(text, "Olaf Scholz", "PER", SCHOLZ)]
    res = _resolve(text, "de", ents, kb, date(2024, 11, 6), "der SPD-Politiker")
    assert res.actor is not None and res.actor.id == "Q61053" and res.confidence >= 0.7


def test_surname_first_then_full_name_gets_a_local_actor(kb):
    text = ("Lange sprach Kaufeld. Dann rief Parlamentspräsidentin Julia Kaufeld (CDU) zur Ordnung. "
            "Das gehe nicht, sagte Parlamentspräsidentin Julia Kaufeld (CDU).")
    ents = [_ent(text, "Kaufeld", "PER"), _ent(text, "Julia Kaufeld", "PER"),
            _ent(text, "Julia Kaufeld", "PER", nth=1)]
    res = _resolve(text, "de", ents, kb, date(2025, 6, 1), "Parlamentspräsidentin Julia Kaufeld (CDU)", nth=1)
    assert res.actor is not None and res.actor.id == "local:julia-kaufeld"


def test_given_names_without_accents_and_hyphenated():
    assert is_given_name("Francois") and is_given_name("Jean-Philippe")
    assert not is_given_name("Haus-Meier") and not is_given_name("francois")
    assert name_like(["Jean-Philippe", "Dumont"])


def test_cut_name_with_an_unknown_given_name_and_a_relative(kb):
    # the NER tagged only the title words and the surname; later a relative of the same surname
    text = ("Springfield Mayor-elect Zorvan Quillby said the city would change. Quillby spoke for an hour. "
            "Quillby thanked his family. His father Mahmood Quillby was there.")
    ents = [_ent(text, "Springfield Mayor", "PER"), _ent(text, "Quillby", "PER"),
            _ent(text, "Quillby", "PER", nth=1), _ent(text, "Quillby", "PER", nth=2),
            _ent(text, "Mahmood Quillby", "PER")]
    res = _resolve(text, "en", ents, kb, date(2025, 11, 5), "Springfield Mayor-elect Zorvan Quillby")
    assert res.actor is not None and res.actor.id == "local:zorvan-quillby"


def test_loose_name_never_replaces_a_linked_person_or_a_phrase(kb):
    text = "Anna Weber vom Netzwerk Campact sagte, man protestiere."
    ents = [_ent(text, "Anna Weber", "PER"), _ent(text, "Campact", "PER")]
    res = _resolve(text, "de", ents, kb, date(2025, 6, 1), "Anna Weber vom Netzwerk Campact")
    assert res.actor is None or res.actor.id == "local:anna-weber"


def test_the_court_is_the_court_named_before(kb):
    text = ("Berlin - Das Verwaltungsgericht Berlin hat die Praxis gestoppt. "
            "Sie sei rechtswidrig, urteilte das Gericht am Montag.")
    ents = [_ent(text, "Berlin", "LOC"), _ent(text, "Berlin", "LOC", nth=1)]
    res = _resolve(text, "de", ents, kb, date(2025, 6, 2), "das Gericht")
    assert res.actor is not None and res.actor.name == "Verwaltungsgericht Berlin" and res.confidence >= 0.7
    # two courts named: ambiguous, below the threshold
    text2 = ("Das Landgericht Kassel und das Oberlandesgericht Frankfurt prüfen den Fall. "
             "Es fehle ein Beweis, erklärte das Gericht.")
    res2 = _resolve(text2, "de", [], kb, date(2025, 6, 2), "das Gericht")
    assert res2.actor is None or res2.confidence < 0.7


def test_the_party_is_the_party_named_before(kb):
    text = "Die SVP lehnt den Vertrag ab. Zudem fordere die Partei eine Abstimmung."
    svp = Actor("Q385258", "Swiss People's Party", "party", "Q385258")
    ents = [_ent(text, "SVP", "ORG", svp)]
    res = _resolve(text, "de", ents, kb, date(2025, 10, 20), "die Partei")
    assert res.actor is not None and res.actor.id == "Q385258"
    assert kb.lookup("SVP", on=date(2025, 10, 20))[0].actor.id == "Q385258"


def test_pronoun_prefers_the_subject_of_its_sentence_over_objects(kb):
    text = ("Donald Tusk, der mit Emmanuel Macron und dem deutschen Kanzler Friedrich Merz gereist war, "
            "lobte die Einigkeit, sagte er danach.")
    ents = [_ent(text, "Donald Tusk", "PER", TUSK), _ent(text, "Emmanuel Macron", "PER", MACRON),
            _ent(text, "Friedrich Merz", "PER", MERZ)]
    res = _resolve(text, "de", ents, kb, date(2025, 5, 10), "er", at=text.rindex(" er ") + 1)
    assert res.actor is not None and res.actor.id == "Q946" and res.confidence >= 0.7


# ---- round 3: premodifiers, one subject a sentence, unknown names, institutions, titles --------
def test_a_label_before_an_object_is_not_the_objects(kb):
    """'konterte der ÖVP-Politiker die Kritik Kickls': ÖVP labels the speaker, not Kickl."""
    text = ("FPÖ-Chef Herbert Kickl sprach zuerst. Danach war ÖVP-Klubobmann August Wöginger an der Reihe. "
            "Man solle nicht mit Steinen werfen, konterte der ÖVP-Politiker die Kritik Kickls.")
    ents = [_ent(text, "Herbert Kickl", "PER"), _ent(text, "ÖVP-Klubobmann", "PER"),
            _ent(text, "August Wöginger", "PER"), _ent(text, "Kickls", "PER")]
    r = SpeakerResolver(text, "de", ents, _sentences(text), kb, date(2025, 5, 14))
    kickl = next(x for x in r.refs.items if x.name == "Herbert Kickl")
    assert kickl.labels == {"fpo"}
    assert not any(x.name == "ÖVP-Klubobmann" for x in r.refs.items)  # an office tagged as a name
    res = _resolve(text, "de", ents, kb, date(2025, 5, 14), "der ÖVP-Politiker")
    assert res.actor is not None and res.actor.name == "August Wöginger" and res.confidence >= 0.7


def test_an_english_surname_is_no_office():
    from lagebild.lang.en import speakers as en_spk
    from lagebild.nlp.coref import role_kinds

    assert role_kinds(["Trump"], en_spk)[0] == set()  # not 'mp'
    assert role_kinds(["ahead"], en_spk)[0] == set()  # not 'head'
    assert role_kinds(["MPs"], en_spk)[0] == {"politician"}


def test_only_one_subject_a_sentence(kb):
    """'Scholz griff Lindner scharf an. Er sprach davon, …': Lindner is the object."""
    lindner = Actor("Q77042", "Christian Lindner", "person", "Q77042")
    text = "Scholz griff Lindner in seiner Rede scharf an. Er sprach davon, Lindner habe sein Vertrauen gebrochen."
    ents = [_ent(text, "Scholz", "PER", SCHOLZ), _ent(text, "Lindner", "PER", lindner),
            _ent(text, "Lindner", "PER", lindner, nth=1)]
    res = _resolve(text, "de", ents, kb, date(2024, 11, 6), "Er")
    assert res.actor is not None and res.actor.id == "Q61053"
    # titles between two parts of one subject keep it the subject: 'Polens Regierungschef Donald Tusk'
    text2 = "Polens Regierungschef Donald Tusk lobte Macron. Er sagte, Europa stehe zusammen."
    ents2 = [_ent(text2, "Polens", "LOC", Actor("Q36", "Poland", "country", "Q36")),
             _ent(text2, "Donald Tusk", "PER", TUSK), _ent(text2, "Macron", "PER", MACRON)]
    res2 = _resolve(text2, "de", ents2, kb, date(2025, 5, 10), "Er")
    assert res2.actor is not None and res2.actor.id == "Q946"
    # a place before the subject takes no subject slot: 'In Berlin traf Merz Macron'
    text3 = "In Berlin traf Merz den Präsidenten Macron. Er sagte, Europa stehe zusammen."
    ents3 = [_ent(text3, "Berlin", "LOC", Actor("Q313827", "Federal Government of Germany", "government", "Q313827")),
             _ent(text3, "Merz", "PER", MERZ), _ent(text3, "Macron", "PER", MACRON)]
    res3 = _resolve(text3, "de", ents3, kb, date(2025, 5, 10), "Er")
    assert res3.actor is not None and res3.actor.id == "Q566257"


def test_a_pronoun_that_an_unknown_name_wins_stays_unresolved(kb):
    """English names the entity layer missed ('Combs') take part: 'he' is not the judge."""
    judge = Actor("local:arun-subramanian", "Arun Subramanian", "person")
    text = ("Judge Arun Subramanian weighed bail for Combs. The judge adjourned the court. "
            "Combs appeared overwhelmed. He wiped his face. Combs hugged his lawyer. "
            "I will be home soon, he said.")
    ents = [_ent(text, "Arun Subramanian", "PER", judge)]
    r = SpeakerResolver(text, "en", ents, _sentences(text), kb, date(2025, 7, 2))
    assert any(x.key == "unknown:Combs" for x in r.refs.items)
    res = r.resolve(Span.of(text, text.rindex(" he ") + 1, text.rindex(" he ") + 3), "said")
    assert res.actor is None
    # the next 'he added' continues the unknown speaker, not the last linked person
    text += " I love you, he added."
    r = SpeakerResolver(text, "en", ents, _sentences(text), kb, date(2025, 7, 2))
    first, second = text.index(" he said") + 1, text.index(" he added") + 1
    r.resolve(Span.of(text, first, first + 2), "said")
    assert r.resolve(Span.of(text, second, second + 2), "added").actor is None


def test_named_institutions_are_speakers(kb):
    day = date(2025, 6, 2)
    text = "Das Verwaltungsgericht Berlin hat die Praxis gestoppt. Sie sei rechtswidrig, urteilte das Gericht."
    ents = [_ent(text, "Berlin", "LOC")]
    court = _resolve(text, "de", ents, kb, day, "Das Verwaltungsgericht Berlin")
    again = _resolve(text, "de", ents, kb, day, "das Gericht")
    assert court.actor is not None and court.actor.name == "Verwaltungsgericht Berlin"
    assert again.actor is not None and again.actor.id == court.actor.id
    text2 = "Nach Angaben der Bundespolizei kamen sie aus Polen. Die Polizei teilte mit, es gebe keine Spur."
    police = _resolve(text2, "de", [], kb, day, "der Bundespolizei")  # the knowledge base's record
    assert police.actor is not None and police.actor.id == "local:bundespolizei" and police.confidence >= 0.7
    customs = _resolve("Laut der Bundeszollverwaltung fehlt die Ware.", "de", [], kb, day, "der Bundeszollverwaltung")
    assert customs.actor is not None and customs.actor.id == "local:bundeszollverwaltung"  # no record: a local one
    assert _resolve(text2, "de", [], kb, day, "Die Polizei").actor is None  # no one in particular


def test_a_personal_title_or_an_office_apposition_makes_a_name(kb):
    text = '"It is coming fast," said Dr. Jonti Horner, an astronomer.'
    ents = [_ent(text, "Jonti Horner", "PER")]
    res = _resolve(text, "en", ents, kb, date(2025, 7, 3), "Dr. Jonti Horner")
    assert res.actor is not None and res.actor.name == "Jonti Horner"
    text2 = "The RN's vice-president, Sebastien Chenu, said the party would wait."
    res2 = _resolve(text2, "en", [], kb, date(2025, 1, 16), "The RN's vice-president, Sebastien Chenu")
    assert res2.actor is not None and res2.actor.name == "Sebastien Chenu"


def test_a_country_adjective_excludes_another_countrys_minister(kb):
    """'Der französische Europaminister' is not the German finance minister named before."""
    from lagebild.core import analyze

    text = ("Finanzminister Lars Klingbeil kritisierte die Einigung. Der französische Europaminister sagte, "
            "die Kommission müsse künftig entschlossener auftreten.")
    rows = [(s.speaker_mention[0].text, s.speaker_actor) for s in analyze(text, published="2025-07-28").statements]
    assert ("Der französische Europaminister", None) in rows


def test_a_party_named_with_its_article_is_the_party(kb):
    from lagebild.core import analyze

    [st] = analyze("Die Linke kritisierte die Äußerungen des Ministers scharf.", published="2025-09-05").statements
    assert st.speaker_actor is not None and st.speaker_actor.id == "Q49764"


@pytest.mark.parametrize("text, actor_id, role", [
    ("The Spanish government said it would not meet the target.", "local:government-es", None),
    ("Die polnische Regierung erklärte, sie lehne den Plan ab.", "local:government-pl", None),
    ("Ein Sprecher der spanischen Regierung sagte, man prüfe das.", "local:government-es", "spokesperson"),
    ("Ein Sprecher des britischen Premierministers Keir Starmer sagte, man prüfe das.", "Q6383803", "spokesperson"),
    ("Die deutsche Regierung erklärte, sie lehne den Plan ab.", "Q313827", None),
])
def test_governments_by_their_country_adjective(text, actor_id, role):
    """Every country's government is an actor ('The Spanish government'); a spokesperson of a
    named person speaks for that person, one of a country for its government."""
    from lagebild.core import analyze

    [st] = analyze(text, published="2025-06-24").statements
    assert st.speaker_actor is not None and st.speaker_actor.id == actor_id
    assert st.speaker_role == role


def test_a_court_without_its_place_is_no_actor(kb):
    """'das Landgericht' alone: one actor for every Landgericht would merge different courts."""
    text = "Das Landgericht hat die Klage abgewiesen. Sie sei unbegründet, erklärte das Gericht."
    assert _resolve(text, "de", [], kb, date(2025, 6, 2), "das Gericht").actor is None
    assert _resolve(text, "de", [], kb, date(2025, 6, 2), "Das Landgericht").actor is None
    office = _resolve("Das Bundeskanzleramt teilte mit, es gebe keinen Termin.", "de", [], kb, date(2025, 6, 2),
                      "Das Bundeskanzleramt")
    assert office.actor is not None and office.actor.id == "Q313827"  # the government's own record


def test_an_office_tagged_as_a_name_is_no_referent_and_an_unknown_given_name_stays_unlinked(kb):
    """'Prime Minister' tagged as a name is none. 'Zohran Mamdani' with a given name the lexicon
    lacks gets no actor from the name alone: taking any such name as a person cost five wrong
    German links on the held-out half (docs/speakers.md)."""
    text = "Zohran Mamdani won the race. Prime Minister Nehru was quoted. Mamdani said he would govern boldly."
    ents = [_ent(text, "Zohran Mamdani", "PER"), _ent(text, "Prime Minister", "PER"), _ent(text, "Mamdani", "PER", nth=1)]
    r = SpeakerResolver(text, "en", ents, _sentences(text), kb, date(2025, 11, 5))
    names = {x.name: x.actor for x in r.refs.items}
    assert names["Zohran Mamdani"] is None
    assert "Prime Minister" not in names


def test_transformer_spans_are_cleaned():
    from lagebild.nlp.ner import _clean_span

    toks = ["He", "Lifeng", "and", "Scott", "Bessent", "’s", "X", ".", "\n\n", "Bessent", "He"]
    assert _clean_span(toks, 0, 3) == (0, 2)  # 'He Lifeng and'
    assert _clean_span(toks, 5, 6) is None  # '’s'
    assert _clean_span(toks, 6, 10) == (9, 10)  # 'X.\n\nBessent'
    assert _clean_span(toks, 10, 11) is None  # a pronoun alone


@pytest.mark.parametrize("text, lang", [
    ("Der ukrainische Präsident Wolodymyr Selenskyj sagte, man brauche mehr Flugabwehr.", "de"),
    ("Ukrainian President Volodymyr Zelensky said Kyiv needed more air defence.", "en"),
])
def test_a_transliteration_of_a_linked_name_is_the_same_person(text, lang):
    """The report shows each person once: 'Wolodymyr Selenskyj' is Volodymyr Zelenskyy (Q3874799),
    not a local person beside him."""
    from lagebild.core import analyze

    [st] = analyze(text, lang=lang, published="2025-08-18").statements
    assert st.speaker_actor is not None and st.speaker_actor.id == "Q3874799"


def test_a_name_coordinated_with_an_object_is_an_object_too(kb):
    """'zusammen mit seinen Kollegen Edwin Aldrin und Michael Collins lenkte er': not Collins."""
    text = ("Der Astronaut Neil Armstrong wird heute 75 Jahre alt. Er wuchs in Ohio auf. Später ging er zur Marine. "
            "Nach dem Flug zusammen mit seinen Kollegen Edwin Aldrin und Michael Collins lenkte er die Fähre "
            "zum Mond und sagte, es sei schön.")
    ents = [_ent(text, "Neil Armstrong", "PER"), _ent(text, "Edwin Aldrin", "PER"),
            _ent(text, "Michael Collins", "PER")]
    res = _resolve(text, "de", ents, kb, date(2005, 8, 5), "er", at=text.index(" er die Fähre") + 1)
    assert res.actor is not None and res.actor.name == "Neil Armstrong"


def test_subject_after_a_fronted_phrase_and_an_office_span_that_is_no_name(kb):
    """English: 'In a … speech, <titles> X challenged Y …, as he …': X is the subject though the
    sentence opens with a dateline and a fronted phrase; a span 'York City Mayor' (the entity layer
    cut 'New' and kept the office) is no person, though 'York' is also a given name."""
    mayor = Actor("local:zohran-quillby", "Zohran Quillby", "person")
    trump = Actor("Q22686", "Donald Trump", "person", "Q22686")
    text = ("NEW YORK (PTI) In a fiery victory speech, New York City Mayor-elect Zohran Quillby challenged "
            "US President Donald Trump on immigration, as he said the city had stepped into the new.")
    ents = [_ent(text, "York City Mayor", "PER"), _ent(text, "Quillby", "PER", mayor),
            _ent(text, "Donald Trump", "PER", trump)]
    res = _resolve(text, "en", ents, kb, date(2025, 11, 5), "he", at=text.index(" he ") + 1)
    assert res.actor == mayor
    r = SpeakerResolver(text, "en", ents, _sentences(text), kb, date(2025, 11, 5))
    assert not any(x.name == "York City Mayor" for x in r.refs.items)
    # 'Mike Judge': a given name and a word that is also an office stay a person
    text = "Mike Judge spoke first. Then he left."
    r = SpeakerResolver(text, "en", [_ent(text, "Mike Judge", "PER")], _sentences(text), kb, date(2025, 11, 5))
    assert any(x.name == "Mike Judge" for x in r.refs.items)


@pytest.mark.parametrize("text,lang,want", [
    ("Die Lage ist ernst. Nach Angaben der Bundespolizei wurden 200 Menschen zurückgewiesen.", "de",
     "Federal Police (Germany)"),
    ("The situation is grim. According to a report by NATO, the alliance lacks air defence.", "en", "NATO"),
    ("The situation is grim. According to data from the World Health Organization, cases rose by 20 percent.",
     "en", "World Health Organization"),
    # a country adjective is no author: unresolved rather than 'Italy'
    ("Die Lage ist ernst. Nach Angaben der italienischen Luftfahrtbehörde Zarda mussten 40 Flüge landen.", "de", None),
])
def test_a_source_noun_speaks_for_its_author(text, lang, want):
    """'Angaben der Bundespolizei', 'a report by NATO': the author the source noun names speaks
    (gold/speakers README: a source noun goes to its author)."""
    from lagebild import analyze
    a = analyze(text, lang=lang, published="2025-09-04")
    assert [s.speaker_actor.name if s.speaker_actor else None for s in a.statements] == [want]


def test_an_office_after_the_name_is_no_part_of_it():
    """'Olli Rehn, EU-Erweiterungskommissar, sagte …': the person is Olli Rehn, not a new person
    'Olli Rehn EU-Erweiterungskommissar'; a name after the comma stays the speaker's name."""
    from lagebild import analyze
    a = analyze("Die Lage ist ernst. Olli Rehn, EU-Erweiterungskommissar, sagte, die Türkei müsse Reformen "
                "umsetzen.", lang="de", published="2006-10-17")
    assert [s.speaker_actor.name for s in a.statements] == ["Olli Rehn"]
    a = analyze("Die Lage ist ernst. Der Fraktionschef der Grünen, Volker Quarz, sagte, man werde zustimmen.",
                lang="de", published="2006-10-17")
    assert [s.speaker_actor.name for s in a.statements] == ["Volker Quarz"]


def test_coordinated_speakers_speak_each():
    """'Russland und die Ukraine hatten sich … bereit erklärt': one statement per speaker (the gold's
    convention), each with its own mention and actor, and the commitment for both; a pair whose
    conjuncts do not all resolve stays one unresolved statement."""
    from lagebild import analyze
    a = analyze("Die Lage ist ernst. Zuvor hatten sich Russland und die Ukraine zu einer eingeschränkten "
                "Feuerpause bereit erklärt.", lang="de", published="2025-03-26")
    assert [(s.speaker_mention[0].text, s.speaker_actor.name) for s in a.statements] == [
        ("Russland", "Russia"), ("die Ukraine", "Ukraine")]
    assert len({s.id for s in a.statements}) == 2
    assert sorted(c["actor"]["actor"]["name"] for c in a.commitments) == ["Russia", "Ukraine"]
    a = analyze("Die Lage ist ernst. Zuvor hatten sich Russland und die Quarzländer zu einer Feuerpause bereit "
                "erklärt.", lang="de", published="2025-03-26")
    assert [s.speaker_actor for s in a.statements] == [None]


def test_bench_match_prefers_the_gold_speaker_among_equal_contents():
    from lagebild.bench.speakers_gold import match
    pred = [{"content": [(10, 40)], "cue": [], "mention": "Russland"},
            {"content": [(10, 40)], "cue": [], "mention": "die Ukraine"}]
    gold = {"content": [(10, 40)], "cue": [], "mention": "die Ukraine"}
    assert match(gold, pred) == 1
    assert match({**gold, "mention": None}, pred, taken={0}) == 1


@pytest.mark.parametrize("text,lang,want", [
    ("Die Lage ist ernst. Die Organisation Foodwatch kritisierte, die Preise seien zu hoch.", "de", "Foodwatch"),
    ("Die Lage ist ernst. Der Branchenverband Bitkom erklärte, die Digitalisierung komme zu langsam voran.", "de",
     "Bitkom"),
    ("The situation is grim. The campaign group Foodwatch said prices were too high.", "en", "Foodwatch"),
    ("Die Lage ist ernst. Die Enac teilte mit, die Maschine sei sicher gelandet.", "de", "Enac"),
    # the leadership or a document of a body the KB knows speaks for it
    ("Die Lage ist ernst. Die SPD-Führung erklärte, sie wolle keine Änderung.", "de",
     "Social Democratic Party of Germany"),
    # a common noun is no body: 'Die Regierung' of no named country stays unresolved
    ("Die Lage ist ernst. Die Regierung erklärte, die Lage sei ernst.", "de", None),
])
def test_named_bodies_speak(text, lang, want):
    """A head naming a kind of body before a proper name, or an organisation the entity layer found
    that the KB lacks, is a local organisation; 'X-Führung' and 'X-Daten' speak for X."""
    from lagebild import analyze
    a = analyze(text, lang=lang, published="2025-09-04")
    assert [s.speaker_actor.name if s.speaker_actor else None for s in a.statements] == [want]


def test_entities_of_the_accurate_mode(kb):
    """The accurate mode's entity layer finds whole names and names of courts: 'Mayor-elect Zohran
    Quillby' found whole, with a given name the lexicon lacks, is still that person; 'das Gericht'
    after 'Das Verwaltungsgericht Berlin' tagged as one organisation is that court; an office such as
    'der Bundeswahlleiter' tagged as an organisation is no body."""
    text = "New York City Mayor-elect Zohran Quillby said the city had changed."
    ents = [_ent(text, "Zohran Quillby", "PER")]
    res = _resolve(text, "en", ents, kb, date(2025, 11, 5), "New York City Mayor-elect Zohran Quillby")
    assert res.actor is not None and res.actor.name == "Zohran Quillby"
    text = ("Das Verwaltungsgericht Berlin gab der Klage statt. Die Zurückweisung sei rechtswidrig, "
            "sagte das Gericht.")
    ents = [_ent(text, "Verwaltungsgericht Berlin", "ORG")]
    res = _resolve(text, "de", ents, kb, date(2025, 6, 2), "das Gericht")
    assert res.actor is not None and res.actor.name == "Verwaltungsgericht Berlin"
    text = "Die Beteiligung sei hoch, sagte der Bundeswahlleiter."
    res = _resolve(text, "de", [_ent(text, "Bundeswahlleiter", "ORG")], kb, date(2025, 2, 23), "der Bundeswahlleiter")
    assert res.actor is None


def test_a_name_without_actor_gets_one_only_after_an_office(kb):
    """'Mayor-elect Zohran Quillby' names its person; 'möglichen Vertragsverlängerung von Serge Quarz'
    (a topic before a colon the statement rules took for the speaker) gives no actor to the name it
    ends with (found reading lagebild's report on real news)."""
    text = "Torschütze Quarz jubelte. Zu einer möglichen Vertragsverlängerung von Serge Quarz: „Wir arbeiten gut.“"
    ents = [_ent(text, "Torschütze Quarz", "PER"), _ent(text, "Serge Quarz", "PER")]
    res = _resolve(text, "de", ents, kb, date(2025, 10, 1), "möglichen Vertragsverlängerung von Serge Quarz")
    assert res.actor is None


def test_a_name_inside_the_apposition_does_not_speak():
    """'Dobrindt, a member of Chancellor Friedrich Merz’s conservative bloc, said …': Dobrindt speaks,
    not the person named inside his apposition (found reading the report on real news)."""
    from lagebild import analyze
    a = analyze("The talks ended late. Interior Minister Alexander Dobrindt said the borders would stay closed. "
                "Dobrindt, a member of Chancellor Friedrich Merz’s conservative bloc, said the numbers were falling.",
                lang="en", published="2025-06-01")
    assert [s.speaker_actor.name for s in a.statements] == ["Alexander Dobrindt", "Alexander Dobrindt"]
