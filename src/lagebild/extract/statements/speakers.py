"""Speaker resolution: which actor a statement's speaker mention refers to (issue #17).

``resolve_speakers`` runs after the statements are found (both modes, ``stages.py``). It builds
the document's referents (``nlp/coref.py``: entities grouped per actor, with gender, offices and
labels) and resolves each speaker mention, in text order, by its kind:

- a name, also with a title, nationality or office before it ("Frankreichs Präsident Emmanuel
  Macron", "Fraktionschef Jens Spahn (CDU)"): the person the name belongs to, never the country
  or party around it; a surname alone or "Sir Keir": the person the text named in full;
- an organisation: only when it heads the mention ("Die Nachrichtenagentur AP"); a country
  adjective or genitive ("italienischen Luftfahrtbehörden", "Auffassung Österreichs") is no
  speaker, nor a group ("NATO allies", "Experten") or a document ("den Daten");
- a spokesperson ("ein Regierungssprecher", "a Kremlin spokesman", "ein Sprecher der EU-
  Kommission"): the body, with ``speaker_role = "spokesperson"``;
- an office noun or description ("der Kanzler", "the prime minister", "der FPÖ-Chef", "der
  ÖVP-Politiker"): a person the text introduced with that office or label, else the holder
  of the office on the article's date (knowledge base);
- a pronoun ("er", "sie", "he", "she", "it"): the best antecedent by the coreference model
  (gender, type, salience, distance, the last statement's speaker).

Each link carries a confidence (``Statement.speaker_confidence``); below the setting
``speaker_min_confidence`` the actor stays unset and the mention text is all there is
(calibration on the dev data: docs/speakers.md).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from ...lang.de import speech as de
from ...lang.en import speakers as en_spk
from ...lang.en import speech as en
from ...model import Actor, Entity, Span, Statement
from ...nlp.coref import (LANG, NOT_NAMES, PERSONAL_TITLES, Referent, Referents, compatible_roles, fold, name_like,
                          office_fits_holder, role_kinds)
from .speaker_base import _NONE, Resolution, _core
from .speaker_bodies import BodyResolution
from .speaker_names import NameResolution
from .speaker_conjuncts import coordinated, each_conjunct, two_speakers

PRONOUNS = de.RESOLVED_PRONOUNS | en.RESOLVED_PRONOUNS
RELATIVE_PRONOUNS = en.RELATIVE_PRONOUNS  # English relative clauses ('X, who said ...')
ROLE_WORDS = de.ROLE_WORDS + en.ROLE_WORDS
ROLE_ARTICLES = de.DEFINITE_ARTICLES | en.DEFINITE_ARTICLES
GOVERNMENT_SPEAKERS = de.GOVERNMENT_SPEAKERS
DEFAULT_MIN_CONFIDENCE = 0.7
# determiners that make an ambiguous head singular ('der Politiker' one, 'die Politiker' several)
_SINGULAR_DET = {"der", "dem", "des", "ein", "einem", "eines", "a", "an"}


def resolve_actor(mention: Span, entities: list[Entity], text: str) -> Actor | None:
    """The first-pass link the rules make while finding statements (no knowledge base, no
    date); ``resolve_speakers`` replaces it in the pipeline."""
    for e in entities:
        if e.actor and e.label == "PER" and e.span.start < mention.end and mention.start < e.span.end:
            return e.actor
    low = mention.text.lower().strip()
    words = low.split()
    if not words:
        return None
    before = [e for e in entities if e.actor and e.span.end <= mention.start]
    if any(g in low for g in GOVERNMENT_SPEAKERS):
        for e in reversed(before):
            if "regierung" in e.span.text.lower() or e.actor.type in ("government",):
                return e.actor
        return None
    if low in RELATIVE_PRONOUNS:
        for e in reversed(before):
            gap = text[e.span.end:mention.start]
            return e.actor if len(gap) <= 3 and gap.strip() in {"", ","} else None
        return None
    if low in PRONOUNS or (len(words) <= 3 and words[0] in ROLE_ARTICLES and any(r in low for r in ROLE_WORDS)):
        for e in reversed(before):
            if e.label == "PER":
                return e.actor
    return None


_PP_START = {"in", "of", "from", "at", "with", "for", "aus", "von", "bei", "im", "am", "der", "des"}


def _is_collective(words: list[str], mod) -> bool:
    low = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(low) if i > 0 and w in _PP_START), None)
    if cut is not None and _is_collective(words[:cut], mod):
        return True  # 'officials in Paris', 'Diplomaten aus Brüssel': the head before the phrase
    if not low:
        return False
    head = low[-1]
    # English plurals of people's nouns: 'Democrats', 'Republicans', 'senators' are groups, not one person
    plural_role = mod is en_spk and head.endswith("s") and any(head[:-1] == h for h, _k in mod.ROLE_HEADS)
    return head in mod.COLLECTIVE or head.split("-")[-1] in mod.COLLECTIVE or " ".join(low[-4:]) in mod.COLLECTIVE \
        or head in mod.DOCUMENT_HEADS or plural_role


def _trailing_name(core: list[str], mod=None) -> list[str]:
    """The name a mention ends with after its titles: 'Zohran Mamdani' in 'New York City
    Mayor-elect Zohran Mamdani', 'Sebastien Chenu' in "The RN's vice-president, Sebastien Chenu"
    (after an office word, two or three capitalised words are a name even when the lexicon does not
    know the given name)."""
    run: list[str] = []
    for w in reversed(core):
        if not w[:1].isupper() or w.endswith((",", ":")):
            break
        run.insert(0, w)
    while run and not name_like(run):
        run = run[1:]
    if len(run) >= 2:
        return run
    if mod is None:
        return []
    k = len(core)
    while k > 0 and core[k - 1][:1].isupper() and not role_kinds([core[k - 1]], mod)[0]:
        k -= 1  # the capitalised words after the last office word: 'Mayor-elect | Zorvan Quillby'
    name = core[k:]
    if k > 0 and 2 <= len(name) <= 3 and role_kinds([core[k - 1]], mod)[0] and all(
            w.replace("-", "").replace("'", "").isalpha() and w not in NOT_NAMES for w in name):
        return name
    return []


def _kb_role(kb, words: list[str], on: date | None, lang: str) -> Actor | None:
    """The holder of the office the words name on that date; an office's default country ('der
    Kanzler': Germany) only in German text ('the chancellor' in English may be Britain's)."""
    if kb is None or on is None or not words:
        return None
    for k in range(len(words)):  # 'der deutsche Außenminister', 'Außenminister'
        for c in kb.lookup(" ".join(words[k:]), on=on, lang=lang):
            if c.kind == "role":
                return c.actor
    return None


def _kb_spokesperson(kb, words: list[str], on: date | None) -> Actor | None:
    if kb is None:
        return None
    for k in range(len(words)):
        for j in range(len(words), k, -1):
            for c in kb.lookup(" ".join(words[k:j]), on=on):
                if c.kind == "spokesperson":
                    return c.actor
    return None


_AGE_NOUN = re.compile(r"\d{1,3}-(?:[Jj]ährige[rn]?|year-old)")


class SpeakerResolver(BodyResolution, NameResolution):
    """Resolves the speaker mentions of one document (``resolve`` in text order)."""

    def __init__(self, text: str, lang: str, entities: list[Entity], sentences: list[Span], kb=None,
                 on: date | None = None):
        self.text, self.kb, self.on = text, kb, on
        self.lang = lang if lang in LANG else "de"
        self.mod = LANG[self.lang]
        starts = [s.start for s in sentences] or [0]
        self.refs = Referents(text, self.lang, starts, kb, on).build(entities)
        self.entities = entities
        self.anchor = 0
        self.min_confidence = DEFAULT_MIN_CONFIDENCE
        self._documents: dict[str, tuple[int, Actor]] = {}  # source noun -> (where, author): 'der Bericht'
        self._countries: Counter | None = None  # the document's countries, counted once

    def resolve(self, mention: Span, cue: str = "", start: int | None = None) -> Resolution:
        """``start``: where the statement begins (its quote, when the frame follows it): an
        anaphor's antecedents are looked for before that."""
        words = mention.text.split()
        if not words:
            return _NONE
        self.anchor = mention.start if start is None else min(start, mention.start)
        res = self._resolve(mention, words, cue)
        # the speaker the next "he added" continues: a link that holds, or a person the text names
        # whom no actor fits; never a guess below the threshold
        if res.referent is not None and (res.referent.actor is None or res.confidence >= self.min_confidence):
            self.refs.note_speaker(mention.start, res.referent)
        return res

    # ---- kinds of mention ------------------------------------------------------
    def _resolve(self, mention: Span, words: list[str], cue: str) -> Resolution:
        mod = self.mod
        low = mention.text.lower().strip()
        if self.lang == "en" and low in RELATIVE_PRONOUNS:
            return self._relative(mention)
        if len(words) == 1 and low in mod.GENERIC_PRONOUNS:
            return Resolution(None, 0.9)
        if len(words) == 1 and low in mod.PRONOUNS:
            return self._pronoun(mention, low, cue)
        core, det = _core(mention.text, mod)
        if not core:
            return _NONE
        if core[0].lower() in {"eigener", "eigenen", "eigenem", "own"}:
            return self._own_account(mention)  # "nach eigener Darstellung": the sentence's subject
        if any(sp in low for sp in mod.SPOKESPERSON):
            return self._spokesperson(mention, core)
        if len(core) == 1 and _AGE_NOUN.fullmatch(core[0]) and det in mod.DEFINITE:
            return self._age_description(det)  # 'Der 69-Jährige', 'the 79-year-old'
        demonym = mod.DEMONYMS.get(core[0].lower()) if len(core) == 1 and det in mod.DEFINITE else None
        if demonym is not None:  # 'der Franzose', 'der Bayer' (a person, not the company)
            return self._description(mention, core, {"person"}, {demonym[0]}, demonym[1])
        headed = self._headed_body(core)
        if headed is not None:
            return headed
        overlapping = self.refs.at(mention.start, mention.end)
        if two_speakers(mention, [span for span, _r in overlapping], mod):
            return Resolution(None, 0.5)  # "Russland und die Ukraine": one actor would be half the speaker
        persons = sorted(((s, r) for s, r in overlapping if r.kind == "person"), key=lambda x: x[0])
        comma = mention.text.find(", ")
        if comma > 0 and any(s[1] <= mention.start + comma for s, _r in persons):
            # 'Dobrindt, a member of Chancellor Friedrich Merz’s conservative bloc': the name before
            # the apposition speaks, not one named inside it
            persons = [(s, r) for s, r in persons if s[1] <= mention.start + comma]
            office = _core(mention.text[comma + 2:], mod)[0][:2]
            ref = persons[-1][1]
            if ref.actor is None and 2 <= len(ref.name.split()) <= 3 and role_kinds(office, mod)[0]:
                # 'Erkki Tuomioja, Präsident des Rats der EU': the office makes the name a person's
                return self._named_person(self.refs.name_referent(ref.name.split()), persons[-1][0], mention)
        elif comma > 0 and self._name_after_office(mention, persons):
            # 'der Direktor der Behörde, Smith Dharmmasaroj': the office makes the name a person's
            sp, ref = self._name_after_office(mention, persons)[0]
            if ref.actor is None and 2 <= len(ref.name.split()) <= 3:
                ref = self.refs.name_referent(ref.name.split())
            return self._named_person(ref, sp, mention)
        elif comma > 0 and persons:
            # 'Victor Cha, who served … under George Bush': a name inside the apposition or relative
            # clause does not speak; the words before the comma name the speaker, if they are a name
            persons = []
            before = mention.text[:comma].split()
            if 2 <= len(before) <= 3 and name_like(before):
                ref = self.refs.name_referent(before)
                return self._named_person(ref, (mention.start, mention.start + comma), mention)
        # "Pagliano's lawyer", "Obama's former campaign strategist": the possessor is not the speaker
        persons = [(sp, r) for sp, r in persons if not self._possessor(sp, mention.end)]
        trailing = _trailing_name(core, mod)
        loose = [] if trailing else self._loose_trailing(core)
        if persons and not coordinated(mention.text):
            linked = [p for p in persons if p[1].actor is not None]
            if linked:  # 'Commission President Ursula von der Leyen': the name the titles lead to
                persons = linked[-1:]
        if persons:
            ref = persons[0][1]
            other = self._other_given_name(persons[0][0], ref)
            if other is not None:  # 'Ivana Trump's brief' is not Donald Trump's
                return self._named_person(other, persons[0][0], mention)
            # 'Quillby' in '… Zorvan Quillby'; or the whole name, found without an actor because the
            # lexicon lacks the given name, after an office ('Mayor-elect Zohran Mamdani')
            n = len(ref.name.split())
            after_office = len(core) > len(trailing) and bool(role_kinds([core[-len(trailing) - 1]], mod)[0])
            fuller = ref.actor is None and (len(trailing) > n or (len(trailing) == n and after_office))
            if trailing and (ref.surname != trailing[-1] or fuller) and not coordinated(mention.text) \
                    and not self._names_actor(trailing, ref.actor):
                ref = self.refs.name_referent(trailing)  # the NER cut the name: 'York City Mayor'
            elif loose and ref.actor is None and ref.surname != loose[-1] and not coordinated(mention.text):
                ref = self.refs.name_referent(loose)
            return self._named_person(ref, persons[0][0], mention)
        author = self._compound_body(mention) or self._document_author(mention, overlapping)
        if author is not None:
            return author
        if _is_collective(core, mod) and det not in _SINGULAR_DET:
            return Resolution(None, 0.85)
        institution = self._institution(core) or self._kb_body(core) or self._named_body(core, mention)
        if institution is not None and institution.actor is not None and self._state_body_abroad(institution.actor, core):
            return Resolution(None, 0.5)  # 'Das Verteidigungsministerium' in an article about Russia
        if institution is not None:
            return institution
        described = self._described_body(core, det)
        if described is not None:
            return described
        kinds, labels, gender = role_kinds(core, mod)
        org = self._heading_org(overlapping, core, mention)
        if org is not None and (org.actor is not None or not kinds):
            return org  # 'der deutsche Außenminister': the country only qualifies the office
        if kinds:
            if det in mod.INDEFINITE:
                return Resolution(None, 0.5)  # 'ein Minister': someone new, not an anaphor
            res = self._description(mention, core, kinds, labels, gender)
            if res.actor is not None and (not trailing or self._same_person(trailing, res)):
                return res  # 'der Parteivorsitzende Guido Westerwelle' is no other party's chairman
        described = self._described_person(core, mention) if det in mod.DEFINITE and len(core) <= 2 else None
        if described is not None:
            return described
        if det in mod.DEFINITE and len(core) == 1 and core[0].lower() in mod.ORG_DESCRIPTIONS:
            return self._org_description(mod.ORG_DESCRIPTIONS[core[0].lower()])
        name = self._bare_name(core)
        if name is not None:
            return name
        if trailing:
            ref = self.refs.name_referent(trailing)
            return Resolution(ref.actor, 0.8 if ref.mentions else 0.7, referent=ref)
        return Resolution(None, 0.3)

    def _age_description(self, det: str) -> Resolution:
        """'Der 69-Jährige', 'die 41-Jährige', 'the 79-year-old': a person named before, like a
        pronoun of the article's gender."""
        gender = {"der": "m", "die": "f"}.get(det) if self.lang == "de" else None
        ranked, conf = self.refs.rank(self.anchor, want="person", gender=gender)
        if not ranked or ranked[0][1].actor is None:
            return Resolution(None, 0.5)
        return Resolution(ranked[0][1].actor, conf, referent=ranked[0][1])

    def _own_account(self, mention: Span) -> Resolution:
        """"Merz sieht nach eigener Darstellung keine Gefahr": the linked name before the mention in its
        sentence (the subject the reflexive points to); none there, no actor."""
        sent = self.refs.sentence_of(mention.start)
        before = [(sp, r) for sp, r in self.refs.by_span.items()
                  if sp[1] <= mention.start and self.refs.sentence_of(sp[0]) == sent and r.actor is not None]
        if not before:
            return _NONE
        span, ref = max(before, key=lambda x: x[0][1])
        return Resolution(ref.actor, 0.85, referent=ref)

    def _relative(self, mention: Span) -> Resolution:
        before = [(s, r) for s, r in self.refs.by_span.items() if s[1] <= mention.start]
        if not before:
            return _NONE
        span, ref = max(before, key=lambda x: x[0][1])
        gap = self.text[span[1]:mention.start]
        if len(gap) <= 3 and gap.strip() in {"", ","} and ref.actor is not None:
            return Resolution(ref.actor, 0.95, referent=ref)
        return _NONE

    def _pronoun(self, mention: Span, low: str, cue: str) -> Resolution:
        want, gender, _number = self.mod.PRONOUNS[low]
        if self.lang == "de" and low == "sie":
            if cue.lower().endswith("en"):
                return Resolution(None, 0.6)  # 'sie sagten', 'sie betonen': a group
            want = "person"
        ranked, conf = self.refs.rank(self.anchor, want=want, gender=gender if want == "person" else None)
        if not ranked:
            return Resolution(None, 0.5)
        best = ranked[0][1]
        if best.actor is None:
            return Resolution(None, conf * 0.5, referent=best)
        return Resolution(best.actor, conf, referent=best)

    def _spokesperson(self, mention: Span, core: list[str]) -> Resolution:
        body = _kb_spokesperson(self.kb, core, self.on)
        if body is not None:
            return Resolution(body, 0.9, "spokesperson")
        here = self.refs.at(mention.start, mention.end)
        persons = [r for _s, r in sorted(here, key=lambda x: x[0]) if r.kind == "person" and r.actor]
        if len(persons) == 1:  # 'ein Sprecher des britischen Premierministers Keir Starmer': his spokesperson
            return Resolution(persons[0].actor, 0.85, "spokesperson")
        orgs = [(s, r) for s, r in here if r.kind == "org" and r.actor]
        if orgs:
            span, ref = orgs[0]
            between = self.text[mention.start:span[0]].split()
            after_noun = next((i + 1 for i, w in enumerate(between)
                               if any(sp in w.lower() for sp in self.mod.SPOKESPERSON)), len(between))
            if ref.actor.type == "country" and any(w[:1].isupper() for w in between[after_noun:]):
                # 'Sprecher der Bewegung Tehrik-i-Taliban Pakistan', 'Sprecher des Erwerbslosen Forum Deutschland':
                # the country names the body, whose spokesperson this is
                return Resolution(None, 0.4, "spokesperson")
            if ref.actor.type == "country":  # 'ein Sprecher der spanischen ...': the government speaks
                gov = self.kb.government_of(ref.actor.id, self.on) if self.kb is not None else None
                return Resolution(gov, 0.8, "spokesperson") if gov else Resolution(None, 0.5, "spokesperson")
            return Resolution(ref.actor, 0.8, "spokesperson", referent=ref)
        return self._context_spokesperson(mention, core) or Resolution(None, 0.4, "spokesperson")

    def _named_person(self, ref: Referent, span: tuple[int, int], mention: Span) -> Resolution:
        if ref.actor is None:
            return Resolution(None, 0.3, referent=ref)
        if ref.actor.id.startswith("local:"):
            return Resolution(ref.actor, 0.8, referent=ref)
        return Resolution(ref.actor, 0.95, referent=ref)

    def _heading_org(self, overlapping, core: list[str], mention: Span) -> Resolution | None:
        orgs = [(s, r) for s, r in overlapping if r.kind == "org" and r.actor is not None]
        if not orgs:
            return None
        core_text = " ".join(core)
        span, ref = max(orgs, key=lambda x: x[0][1])
        ent = " ".join(_core(self.text[span[0]:span[1]], self.mod)[0])  # 'Die Linke' -> 'Linke'
        whole = fold(ent) == fold(core_text)
        if ref.actor.type in ("country", "government") and not whole:
            return Resolution(None, 0.5)  # "Das Verwaltungsgericht Berlin": the place only names the court
        if not ent[:1].isupper():
            return Resolution(None, 0.5)
        if whole:
            return Resolution(ref.actor, 0.9, referent=ref)
        # the organisation heads the mention: it ends it, after at most two words
        end_in_core = core_text.rstrip(" ,;:").endswith(ent.rstrip(" ,;:"))
        n_before = len(self.text[mention.start:span[0]].split())
        if end_in_core and n_before <= 3:
            return Resolution(ref.actor, 0.75, referent=ref)
        return Resolution(None, 0.5)

    def _description(self, mention: Span, core: list[str], kinds: set[str], labels: set[str],
                     gender: str | None) -> Resolution:
        """'der Kanzler', 'the prime minister', 'der FPÖ-Chef', 'der SPD-Politiker': a person the
        text introduced with a fitting office or label, else the office holder on the date."""
        former = any(k.startswith(("former_", "future_")) for k in kinds)
        holder = None if former else _kb_role(self.kb, core, self.on, self.lang)  # 'der frühere Kanzler'
        if holder is not None and self.lang == "de" and self._country_of(core) is None:
            holder = self._holder_abroad(core, holder)
        if not office_fits_holder(core, self.lang, holder):
            holder = None  # 'die Gesundheitsministerin' in January 2025 is not Karl Lauterbach
        holder_ref = None
        if holder is not None:
            holder_ref = next((r for r in self.refs.items if r.actor and r.actor.id == holder.id), None)
        labels = {fold(x) for x in labels}
        generic = not (kinds - {"politician", "person"})
        fitting = [r for r in self.refs.items if r.kind == "person" and r.actor is not None and r.mentions
                   and r.mentions[0][1] <= mention.start and (r is holder_ref or (
                       (not labels or labels & r.labels) and (compatible_roles(kinds, r.roles) or
                                                               (labels and labels & r.labels))))]
        if gender:
            fitting = [r for r in fitting if r.gender in (None, gender)]
        country = self._country_of(core)
        if country:  # 'der französische Europaminister' is no German minister
            isos = {fold(code) for code in self.kb.country_codes().values()}
            fitting = [r for r in fitting if country in r.labels or not (r.labels & isos)]
        if fitting:
            extra = [(holder_ref, 1.0)] if holder_ref is not None else []
            ranked, conf = self.refs.rank(mention.start, want="person", gender=gender, kinds=kinds, labels=labels,
                                          max_dist=len(self.refs.sent_starts), extra=extra, only=fitting)
            if ranked:
                best = ranked[0][1]
                if generic and not labels:
                    conf *= 0.9  # 'der Politiker': any politician; salience decides
                return Resolution(best.actor, min(0.97, conf), referent=best)
        if holder is not None:
            specific = bool(labels) or len(core) > 1
            return Resolution(holder, 0.8 if specific else 0.7, referent=holder_ref)
        return Resolution(None, 0.4)

    def _holder_abroad(self, core: list[str], holder: Actor) -> Actor | None:
        """'der Kanzler' in an article about Austria (its parties, its capital, its people named, Germany
        not at all) is Austria's chancellor: the office's default country gives way to the document's."""
        item = self.kb.role_nouns.get(core[-1]) if "-" not in core[-1] else None
        default = item.get("default") if item else None
        if not default:
            return holder
        countries = self._document_countries()
        here, n = countries.most_common(1)[0] if countries else (None, 0)
        if countries.get(default) or here is None or n < 2 or 2 * n <= sum(countries.values()):
            return holder  # Germany named, or no one country the article is about
        # that country's holder, if it has such an office (an article about Ukraine has no other chancellor)
        return self.kb.resolve_role(core[-1], here, self.on) or holder

    def _state_body_abroad(self, actor: Actor, core: list[str]) -> bool:
        """A German state body named by a generic noun ('Das Verteidigungsministerium') in an article
        about another country (its people, bodies and places named, Germany not at all): not Germany's."""
        rec = self.kb.record(actor.id) if self.kb is not None and actor.type == "institution" else None
        if rec is None or rec.of not in ("Q183", "Q313827") or any("bundes" in w.lower() or "deutsch" in w.lower()
                                                                    for w in core):
            return False
        countries = self._document_countries()
        here, n = countries.most_common(1)[0] if countries else (None, 0)
        return not countries.get("DE") and here is not None and n >= 2 and 2 * n > sum(countries.values())

    def _document_countries(self):
        """How often the document names each country's people, bodies, parties and places (ISO codes)."""
        if self._countries is None:
            counts: Counter = Counter()
            for e in self.entities:
                rec = self.kb.record(e.actor.id) if e.actor is not None else None
                if rec is None:
                    continue
                owner = self.kb.record(rec.of) if rec.of else None  # a party's, a government's country
                if rec.type == "country" and rec.iso:
                    counts[rec.iso] += 1
                elif owner is not None and owner.type == "country" and owner.iso:
                    counts[owner.iso] += 1
                else:
                    ccs = {r.key.split(".")[0] for r in rec.roles if self.on and r.valid_on(self.on)}
                    counts.update(cc for cc in ccs if len(cc) == 2)
            self._countries = counts
        return self._countries

    def _country_of(self, core: list[str]) -> str | None:
        """The ISO code (folded) of a country word before the office ('französische', 'Frankreichs')."""
        if self.kb is None:
            return None
        return next((fold(iso) for iso in map(self.kb.country_iso, core[:-1]) if iso), None)

    def _org_description(self, kind: str) -> Resolution:
        """'die Partei': the party named last (within 3 sentences); 'das Gericht': the court named
        last ('Das Verwaltungsgericht Berlin …'). Another party or court named in that window
        makes it ambiguous (confidence below the threshold)."""
        pos, refs = self.anchor, self.refs
        s_m = refs.sentence_of(pos)
        found: list[tuple[int, str, Actor]] = []
        for r in refs.items:
            if r.kind != "org" or r.actor is None:
                continue
            fits = r.actor.type == "party" if kind == "party" else \
                any(w in fold(r.actor.name) for w in ("gericht", "court"))
            before = [m[0] for m in r.mentions if m[1] <= pos]
            if fits and before:
                found.append((max(before), r.actor.id, r.actor))
        if kind == "court":
            for m in re.finditer(self.mod.COURT_NAME, self.text[:pos]):
                name = m.group(1)
                if m.re.groups >= 2 and m.group(2) and any(  # the place alone, or within the court's name
                        (e.label == "LOC" and e.span.start == m.start(2)) or
                        (e.label == "ORG" and e.span.start <= m.start(1) and e.span.end >= m.end(2)) for e in self.entities):
                    name = f"{name} {m.group(2)}"  # 'Verwaltungsgericht Berlin'
                elif not name.lower().startswith(self.mod.INSTITUTION_PREFIXES):
                    # 'das Landgericht': a court, but which one? It blocks an earlier court, names none
                    found.append((m.start(), "court:" + name, None))
                    continue
                actor = self._org_actor(name)
                found.append((m.start(), actor.id, actor))
        if not found:
            return Resolution(None, 0.4)
        found.sort(key=lambda x: -x[0])
        last, key, actor = found[0]
        window = 3 if kind == "party" else len(refs.sent_starts)
        if s_m - refs.sentence_of(last) > window:
            return Resolution(None, 0.4)
        rivals = {k for p, k, _ in found if k != key and s_m - refs.sentence_of(p) <= window}
        return Resolution(actor, 0.6 if rivals else 0.8)

    def _same_person(self, name: list[str], res: Resolution) -> bool:
        """Does the name a mention ends with name the person a description resolved to?"""
        return self._names_actor(name, res.actor) or (res.referent is not None and res.referent.surname == name[-1])

    def _names_actor(self, words: list[str], actor: Actor | None) -> bool:
        """Do these words name ``actor`` in the knowledge base ('Wolodymyr Selenskyj' and 'Volodymyr
        Zelensky' are Volodymyr Zelenskyy): then they are no other person cut by the NER."""
        if actor is None or self.kb is None:
            return False
        return any(c.actor.id == actor.id and c.kind in ("name", "alias")
                   for c in self.kb.lookup(" ".join(words), on=self.on))

    def _bare_name(self, core: list[str]) -> Resolution | None:
        if not all(w[:1].isupper() for w in core) or len(core) > 4:
            return None
        ref = self.refs.by_name(core)
        if ref is not None and ref.actor is not None:
            return Resolution(ref.actor, 0.85, referent=ref)
        if self.kb is not None:
            for c in self.kb.lookup(" ".join(core), on=self.on):
                if c.actor.type == "person" and c.kind in ("name", "alias") and c.score >= 0.9:
                    return Resolution(c.actor, 0.75)
        words = [w for w in core if w.lower() not in PERSONAL_TITLES]
        # 'Dr. Jonti Horner': a personal title says it is a person even when the given name is unknown
        titled = len(words) < len(core) and core[0].lower() in PERSONAL_TITLES and all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and not role_kinds([w], self.mod)[0]
            and w not in NOT_NAMES for w in words)
        if 2 <= len(words) <= 3 and (name_like(words) or titled):
            ref = self.refs.name_referent(words)
            return Resolution(ref.actor, 0.7, referent=ref)
        return None


def resolve_speakers(statements: list[Statement], text: str, lang: str, entities: list[Entity],
                     sentences: list[Span], kb=None, on: date | None = None,
                     min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[Statement]:
    """The statements with ``speaker_actor``, ``speaker_confidence`` and ``speaker_role`` set
    by the resolver; a link below ``min_confidence`` is dropped (the mention stays)."""
    if not statements:
        return statements
    resolver = SpeakerResolver(text, lang, entities, sentences, kb, on)
    resolver.min_confidence = min_confidence
    order = sorted(range(len(statements)), key=lambda i: statements[i].speaker_mention[0].start
                   if statements[i].speaker_mention else (statements[i].quote[0].start if statements[i].quote else 0))
    out: list[Statement | None] = [None] * len(statements)
    for i in order:
        st = statements[i]
        if not st.speaker_mention:
            out[i] = replace(st, speaker_actor=None, speaker_confidence=None, speaker_role=None)
            continue
        each = each_conjunct(resolver, st, min_confidence)
        if each:
            out[i] = each  # type: ignore[call-overload]
            continue
        res = resolver.resolve(st.speaker_mention[0], st.cue[0].text if st.cue else "",
                               st.quote[0].start if st.quote else None)
        keep = res.actor is not None and res.confidence >= min_confidence
        out[i] = replace(st, speaker_actor=res.actor if keep else None,
                         speaker_confidence=round(res.confidence, 3) if res.actor is not None else None,
                         speaker_role=res.role)
    return [x for st in out if st is not None for x in (st if isinstance(st, list) else [st])]

