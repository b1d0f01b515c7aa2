"""Within-document coreference for speaker resolution: who the text is talking about.

``Referents.build`` groups the document's person and organisation entities into referents
(one per actor: the same knowledge-base id, or for a person the KB does not know, the same
surname as a fuller name before it) and records what a reader knows of each: its actor (a
``local:`` actor from the fullest name where the KB has none), gender (a title, a feminine role
noun before the name, the given name), the offices and labels it was introduced with
("FPÖ-Chef Herbert Kickl", "August Wöginger (ÖVP)", the KB's roles on the date, its party),
and where it was mentioned.

``Referents.rank`` scores the referents before a position as antecedents of an anaphor
(a pronoun or a definite description) with a small linear model over: type (person /
organisation), gender, number, role and label compatibility, recency in sentences, subject
position of the last mention and whether it was the last statement's speaker; it returns the
ranking and a confidence from the margin between the first two. Language data (pronouns,
role heads, titles) are in ``lang/<code>/speakers.py``.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang.de import speakers as de_spk
from ..lang.en import speakers as en_spk
from ..model import Actor, Entity
from .ner_lexicon import given_names

LANG = {"de": de_spk, "en": en_spk}
_TITLES = {"dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady", "mr", "mr.", "ms", "ms.", "mrs", "mrs.",
           "herr", "frau", "president", "präsident"}
TITLES = _TITLES  # words before a name that are no part of it
PERSONAL_TITLES = {"dr.", "dr", "prof.", "prof", "sir", "dame", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "herr", "frau"}
_PAREN = re.compile(r"\s*\(([^()]{1,40})\)")
_WORD = re.compile(r"[\wÄÖÜäöüß.'’-]+")
_COORDINATION = re.compile(r"\s*(?:,|und|and|sowie|oder|or)\s*|\s*,\s*(?:und|and)\s*")
_CAP_WORD = re.compile(r"\b([A-Z][a-z]{2,})(?:['’]s?)?\b")
# weights of the antecedent model (fitted by hand on dev: see docs/speakers.md)
RECENCY = (1.0, 0.85, 0.55, 0.35, 0.2)
W_SUBJECT, W_SPEAKER, W_GENDER, W_ROLE, W_LABEL, W_FREQ = 0.25, 0.45, 0.3, 1.0, 0.8, 0.05
W_SAME_SUBJECT = 0.4  # the subject of the anaphor's own sentence ('Tusk, der mit Macron …, sagte er')
W_POSSESSED = 0.6  # 'mit seinen Kollegen X lenkte er': X, in the pronoun's sentence, is not "er"
W_OBLIQUE = 0.35  # the last mention is an object ('mit Macron', 'to free Combs'): a weaker antecedent
MARGIN_FULL = 0.6  # a margin this wide to the second candidate gives the full margin term
_LEADER_KINDS = {"president", "chancellor", "prime_minister", "leader", "secretary_general", "commission_president"}


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("ß", "ss")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    return given_names()


@lru_cache(maxsize=1)
def _given_folded() -> frozenset[str]:
    return frozenset(fold(n) for n in _given())


def is_given_name(word: str) -> bool:
    """A known given name, also without its accents ('Francois') or hyphenated ('Jean-Philippe')."""
    if word in _given() or word in en_spk.FEMALE_GIVEN_NAMES:
        return True
    if not word[:1].isupper():
        return False
    parts = word.split("-")
    if len(parts) > 1:
        return all(p[:1].isupper() and is_given_name(p) for p in parts)
    return fold(word) in _given_folded()


def name_gender(first: str) -> str | None:
    """'f' / 'm' from a given name, None when it is not known as one."""
    first = first.strip(".")
    if first in en_spk.FEMALE_GIVEN_NAMES:
        return "f"
    if first not in _given():
        return None
    if first.endswith("a") and first not in en_spk.MALE_GIVEN_NAMES_ENDING_A:
        return "f"
    return "m"


def role_kinds(words: list[str], lang_mod) -> tuple[set[str], set[str], str | None]:
    """Office kinds, labels (prefixes such as 'fpö', 'us') and gender a few words name."""
    kinds, labels, gender = set(), set(), None
    joined = " ".join(w.lower().strip(".,;:()") for w in words)
    for suffix, kind in lang_mod.ROLE_HEADS:
        if " " in suffix and suffix in joined:
            kinds.add(kind)
    for w in words:
        low = w.lower().strip(".,;:()")
        if not low:
            continue
        parts = low.split("-")
        head = parts[-1]
        for suffix, kind in lang_mod.ROLE_HEADS:
            if lang_mod is de_spk:  # German compounds end in the office: 'FPÖ-Chef', 'Außenministerin'
                hit = head.endswith(suffix) or head.endswith(suffix + "in") or low == suffix
            else:  # English words are the office: 'Trump' does not end in 'mp', 'ahead' is no 'head'
                hit = head in (suffix, suffix + "s") or low == suffix
            if hit:
                kinds.add(kind)
                labels.update(p for p in parts[:-1] if p)
                break
        if lang_mod is de_spk and w[:1].isupper() and low.endswith(("in", "innen")) and \
                any(low[:-2].endswith(s) for s, _ in de_spk.ROLE_HEADS):
            gender = "f"
        if low in lang_mod.FEMALE_TITLES or low in getattr(lang_mod, "FEMALE_ROLE_WORDS", ()):
            gender = "f"
        elif low in lang_mod.MALE_TITLES:
            gender = "m"
    if any(k.endswith("_minister") for k in kinds):
        kinds.discard("minister")  # 'the prime minister' is no minister of any kind
    return _former(words, lang_mod, _deputy(words, lang_mod, kinds)), labels, gender


def _former(words: list[str], lang_mod, kinds: set[str]) -> set[str]:
    """'der frühere Bundeskanzler', 'Ex-Kanzler', 'Altkanzler', 'the former prime minister': a former
    office ('former_chancellor'), which today's holder does not fit and only a former holder does; 'der
    künftige Kanzler', 'the incoming president': a future one ('future_chancellor'), likewise."""
    lows = [w.lower().strip(".,;:()") for w in words]
    prefixes = getattr(lang_mod, "FORMER_PREFIXES", ())
    former = any(w.startswith(getattr(lang_mod, "FORMER_WORDS", ())) for w in lows[:-1]) or any(
        w.startswith(p) and len(w) > len(p) + 2 and any(w[len(p):].endswith(s) for s, _k in lang_mod.ROLE_HEADS)
        for w in lows for p in prefixes)
    future = any(w.startswith(getattr(lang_mod, "FUTURE_WORDS", ())) for w in lows[:-1])
    if not former and not future:
        return kinds
    return {("former_" if former else "future_") + k for k in kinds if k not in ("politician", "person")}


def _deputy(words: list[str], lang_mod, kinds: set[str]) -> set[str]:
    """'the deputy prime minister', 'Vizepremier': the deputy's office ('deputy_prime_minister'), which
    fits neither the prime minister nor any politician; an office named as a deputy one ('Vizekanzler')
    stays as it is."""
    lows = [w.lower().strip(".,;:()") for w in words]
    deputy = any(w in lang_mod.DEPUTY_WORDS for w in lows) or any(
        w.split("-")[-1].startswith(lang_mod.DEPUTY_PREFIXES) or w.startswith(lang_mod.DEPUTY_PREFIXES)
        for w in lows)
    own = {k for k in kinds if k.startswith(("vice_", "deputy_"))}
    if own:  # 'vice president': the office 'vice_president', not also 'president'
        return kinds - {k.split("_", 1)[1] for k in own}
    if not deputy or lows[-1] in lang_mod.DEPUTY_WORDS:
        return kinds  # 'a deputy' (a member of parliament)
    return {"deputy_" + k for k in kinds if k not in ("politician", "person")}


def office_fits_holder(words: list[str], lang: str, holder: Actor | None) -> bool:
    """Can an office mention name this holder? 'die Gesundheitsministerin' is not Karl Lauterbach:
    a feminine office form (or 'Mr'/'Ms') against the gender of the holder's given name."""
    if holder is None or holder.type != "person":
        return True
    _kinds, _labels, gender = role_kinds(words, de_spk if lang == "de" else en_spk)
    known = name_gender(holder.name.split()[0]) if holder.name.split() else None
    return gender is None or known is None or gender == known


def compatible_roles(kinds: set[str], roles: set[str]) -> bool:
    """Does a description's office kind fit a person's offices ('minister' fits 'foreign_minister')?"""
    mine = roles | ({"leader"} if roles & _LEADER_KINDS else set()) | ({"politician"} if roles else set()) | \
        ({"minister"} if any(r.endswith("minister") for r in roles) else set()) | {"person"}
    return bool(kinds & mine)


def name_like(words: list[str]) -> bool:
    """A person's name: a known given name first, capitalised words, no office or place noun."""
    if len(words) < 2 or not is_given_name(words[0]):
        return False
    if words[0] in NOT_NAMES:
        return False
    for w in words:
        low = w.lower()
        if not (w[:1].isupper() or low in ("von", "van", "de", "der", "da", "del", "den", "di", "le", "la")):
            return False
        if low in NOT_NAMES_LOWER or any(low == h or low.split("-")[-1] == h for h, _ in de_spk.ROLE_HEADS + en_spk.ROLE_HEADS):
            return False
    return True


NOT_NAMES = {"The", "Der", "Die", "Das", "He", "She", "It", "King", "Queen", "New", "Saint", "St.", "Sankt", "San"}
NOT_NAMES_LOWER = {"city", "state", "king", "queen", "street", "house", "court", "party", "union", "paramount",
                   "mayor-elect", "square", "hall", "university", "bank", "group", "times", "post", "news"}


# a given name, a nickname in quotation marks, a surname: 'Sean “Diddy” Combs'
_NICKNAMED = re.compile(r"\b([A-Z][a-z]+) [“\"‘']([A-Z][\w.]+)[”\"’'] ([A-Z][a-z]+)\b")


@dataclass
class Referent:
    key: str
    kind: str  # person | org
    actor: Actor | None
    name: str
    gender: str | None = None
    roles: set[str] = field(default_factory=set)  # office kinds: chancellor, leader, politician, ...
    labels: set[str] = field(default_factory=set)  # party / country / body prefixes, folded
    mentions: list[tuple[int, int]] = field(default_factory=list)
    subject_at: set[int] = field(default_factory=set)  # mention starts that open their sentence
    oblique_at: set[int] = field(default_factory=set)  # mention starts after a preposition or oblique article
    possessed_at: set[int] = field(default_factory=set)  # mention starts after a possessive ('seinen Kollegen')

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.name else ""


class Referents:
    """The referents of one document (persons and organisations with an actor)."""

    def __init__(self, text: str, lang: str, sentence_starts: list[int], kb=None, on=None):
        self.text = text
        self.lang = lang if lang in LANG else "de"
        self.mod = LANG[self.lang]
        self.sent_starts = sentence_starts or [0]
        self.kb = kb
        self.on = on
        self.items: list[Referent] = []
        self.by_span: dict[tuple[int, int], Referent] = {}
        self.speakers: list[tuple[int, Referent]] = []  # (position, referent) of resolved speakers

    # ---- building ----------------------------------------------------------
    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def before_words(self, start: int, n: int = 4) -> list[str]:
        sent_start = self.sent_starts[self.sentence_of(start)]
        chunk = self.text[max(sent_start, start - 80):start]
        words = chunk.split()
        out = []
        for w in reversed(words):
            if w[-1:] in ",;:!?\"“”„«»)" or (w.endswith(".") and w.lower() not in _TITLES):
                break
            out.append(w)
            if len(out) >= n:
                break
        return list(reversed(out))

    def _personal_title_before(self, start: int) -> bool:
        """'Dr.', 'Prof.', 'Sir', 'Ms' right before a name (or starting it): a person, even when the
        given name is not in the lexicon."""
        before = self.text[max(0, start - 8):start].split()
        return bool(before) and before[-1].lower() in PERSONAL_TITLES

    def _titles_only(self, gap: str) -> bool:
        """Nothing but articles, titles and offices between two mentions of one subject."""
        for w in gap.replace(",", " ").split():
            low = w.lower().strip("-")
            if low in self.mod.ARTICLES or low in _TITLES or not low:
                continue
            if not role_kinds([w], self.mod)[0]:
                return False
        return True

    def _premodifiers(self, start: int) -> list[str]:
        """The words before a name that may title it ('FPÖ-Chef Herbert Kickl', 'Frankreichs
        Präsident Emmanuel Macron', 'NATO Secretary General Mark Rutte'): none unless the word
        right before the name is a title or office ('der ÖVP-Politiker die Kritik Kickls' gives
        Kickl no ÖVP label)."""
        words = self.before_words(start)
        if not words:
            return []
        last = words[-1]
        if last.lower().strip(".") in {t.strip(".") for t in _TITLES}:
            return words
        kinds, labels, gender = role_kinds([last], self.mod)
        tail = " ".join(w.lower() for w in words[-3:])
        if kinds or gender or any(" " in h and tail.endswith(h) for h, _ in self.mod.ROLE_HEADS):
            return words
        return []

    def _after_label(self, end: int) -> tuple[set[str], set[str]]:
        """'(ÖVP)' right after a name; ', the leader of ...' apposition."""
        m = _PAREN.match(self.text, end)
        labels, kinds = set(), set()
        if m:
            labels.add(fold(m.group(1).split(",")[0].strip()))
        rest = self.text[end:end + 60]
        if rest.startswith(", "):
            words = rest[2:].split()[:4]
            if words and words[0].lower() in self.mod.ARTICLES:
                k, lab, _ = role_kinds(words[1:], self.mod)
                kinds |= k
                labels |= lab
        return labels, kinds

    def _is_subject(self, start: int) -> bool:
        s = self.sent_starts[self.sentence_of(start)]
        lead_text = self.text[s:start]
        lead = lead_text.split()
        if len(lead) <= 3 and not any(w.lower() in ("von", "mit", "by", "with", "to", "für", "for") for w in lead):
            return True
        # English: a phrase fronted before a comma, then titles ('In a fiery victory speech, New York
        # City Mayor-elect Zohran Mamdani challenged …'; 'Hosting the meeting, NATO Secretary General …')
        fronted = getattr(self.mod, "FRONTED_PHRASE", None)
        before, comma, titles = lead_text.rpartition(",")
        words = titles.split()
        return bool(fronted and comma and fronted.search(before) and len(words) <= 6 and
                    all(w[:1].isupper() or w in ("of", "the") for w in words))

    def _kb_facts(self, actor: Actor) -> tuple[set[str], set[str], str | None]:
        rec = self.kb.record(actor.id) if self.kb is not None and actor else None
        if rec is None:
            return set(), set(), None
        kinds, labels = set(), set()
        for r in rec.roles:
            # a person the text names is still described by an office left that day ('Rayner resigned …
            # the deputy prime minister said')
            if self.on is not None and (r.valid_on(self.on) or r.end == self.on):
                cc, _, kind = r.key.partition(".")
                kinds.add(kind)
                # the office's own name: the Chancellor of the Exchequer is 'the chancellor' too
                kinds |= role_kinds((r.label or "").split(" of ")[0].split(), self.mod)[0]
                labels.add(fold(cc))
        if rec.party:
            labels.add(fold(rec.party))
        gender = name_gender(rec.name.split()[0]) if rec.type == "person" and rec.name else None
        return kinds, labels, gender

    def build(self, entities: list[Entity]) -> "Referents":
        by_key: dict[str, Referent] = {}
        subject_of: dict[int, int] = {}  # sentence -> end of its subject mention
        oblique_end = -1  # end of the last oblique mention: a name coordinated with it is oblique too
        possessed_end = -1  # the same for a name after a possessive ('seinen Kollegen X')
        for e in sorted(entities, key=lambda e: e.span.start):
            if e.label == "PER":
                ref = self._person(e, by_key)
            elif e.actor is not None and e.label in ("ORG", "LOC"):
                ref = by_key.get(e.actor.id)
                if ref is None:
                    ref = by_key[e.actor.id] = Referent(e.actor.id, "org", e.actor, e.actor.name)
                    self.items.append(ref)
            else:
                continue
            if ref is None:
                continue
            span = (e.span.start, e.span.end)
            ref.mentions.append(span)
            self.by_span[span] = ref
            sent = self.sentence_of(e.span.start)
            # one person subject a sentence: in 'Scholz griff Lindner … an' Lindner is the object
            # (a place or body before it does not count: 'In Berlin sagte Merz')
            claimed = sent in subject_of and ref.kind == "person"
            if claimed and subject_of[sent] <= e.span.start and \
                    self._titles_only(self.text[subject_of[sent]:e.span.start]):
                ref.subject_at.add(e.span.start)  # 'Polens Regierungschef Donald Tusk': one subject
                subject_of[sent] = e.span.end
            elif not claimed and self._is_subject(e.span.start):
                ref.subject_at.add(e.span.start)
                if ref.kind == "person":
                    subject_of[sent] = e.span.end
            elif any(w.lower() in self.mod.OBLIQUE for w in self.before_words(e.span.start, 3)) or (
                    oblique_end >= 0 and _COORDINATION.fullmatch(self.text[oblique_end:e.span.start])):
                ref.oblique_at.add(e.span.start)  # 'mit seinen Kollegen Edwin Aldrin und Michael Collins'
                oblique_end = e.span.end
            # 'seinen Kollegen X (und Y)': X is someone's colleague, not the one a pronoun of that clause names
            if any(w.lower() in self.mod.POSSESSIVES for w in self.before_words(e.span.start, 3)) or (
                    possessed_end >= 0 and _COORDINATION.fullmatch(self.text[possessed_end:e.span.start])):
                ref.possessed_at.add(e.span.start)
                possessed_end = e.span.end
            if ref.kind == "person":
                kinds, labels, gender = role_kinds(self._premodifiers(e.span.start), self.mod)
                more_labels, more_kinds = self._after_label(e.span.end)
                ref.roles |= kinds | more_kinds
                ref.labels |= {fold(x) for x in labels} | more_labels
                ref.gender = ref.gender or gender
        if self.lang == "en":
            self._unknown_names(entities)
        return self

    def _unknown_names(self, entities: list[Entity]) -> None:
        """English names the entity layer missed ('Combs appeared overwhelmed … “I’ll be home soon,"
        he said'): a capitalised word written at least twice, once inside a sentence, never inside
        an entity and no known word, becomes a referent without an actor. A pronoun it wins stays
        unresolved instead of going to the last person the layer knew (a wrong actor is worse than
        none)."""
        covered = sorted((e.span.start, e.span.end) for e in entities)
        starts = [a for a, _b in covered]
        seen: dict[str, list[tuple[int, int, bool]]] = {}
        for m in _CAP_WORD.finditer(self.text):
            word, start = m.group(1), m.start(1)
            k = bisect.bisect_right(starts, start) - 1  # the last entity starting at or before the word
            inside_entity = k >= 0 and start < max(b for _a, b in covered[max(0, k - 3):k + 1])
            if word.lower() in self.mod.NOT_UNKNOWN_NAMES or inside_entity:
                continue
            sent = self.sent_starts[self.sentence_of(start)]
            lead = self.text[sent:start]
            nxt = self.text[m.end():m.end() + 40].split()[:1]
            prev = lead.split()[-1:] if lead.strip() else []
            if (nxt and nxt[0][:1].isupper()) or (prev and prev[0][:1].isupper() and prev[0][-1:].isalpha()):
                continue  # part of a longer name ('National Assembly', 'Prime Minister X')
            inside = bool(lead.strip()) and lead.rstrip()[-1:].isalpha() and lead.split()[-1][:1].islower()
            seen.setdefault(word, []).append((start, start + len(word), inside))
        known = {r.surname for r in self.items if r.kind == "person"}
        nicknamed = {m.group(3): [m.group(1), m.group(3)] for m in _NICKNAMED.finditer(self.text)
                     if is_given_name(m.group(1))}
        for word, spots in seen.items():
            if len(spots) < 2 or not any(inside for _, _, inside in spots) or word in known:
                continue
            if self.kb is not None and self.kb.lookup(word, on=self.on):
                continue
            ref = Referent("unknown:" + word, "person", None, word)
            if word in nicknamed:  # 'Sean “Diddy” Combs … Combs': the full name the text gives
                ref = self.name_referent(nicknamed[word])
            for a, b, _ in spots:
                ref.mentions.append((a, b))
                if self._is_subject(a):
                    ref.subject_at.add(a)
            if ref not in self.items:
                self.items.append(ref)

    def _clean_name(self, text: str) -> list[str]:
        text = re.split(r"[,;(]", text)[0]
        words = [w for w in text.replace("’s", "").replace("'s", "").split() if w.lower() not in _TITLES]
        return words

    def _person(self, e: Entity, by_key: dict[str, Referent]) -> Referent | None:
        start = e.span.start
        while start > 0 and self.text[start - 1] == "-":  # 'Jean-Philippe Tanguy' found as 'Philippe Tanguy'
            k = start - 1
            while k > 0 and (self.text[k - 1].isalpha()):
                k -= 1
            if k == start - 1:
                break
            start = k
        words = self._clean_name(self.text[start:e.span.end])
        if len(words) == 2 and words[0] in ("Von", "Vom") and words[1][:1].isupper():
            words = words[1:]  # 'Von Kritikern wird … angezweifelt': the preposition opens the sentence
        if not words:
            return None
        tail = " ".join(w.lower() for w in words[-3:])
        if (role_kinds(words[-1:], self.mod)[0] or any(" " in h and tail.endswith(h) for h, _ in self.mod.ROLE_HEADS)) \
                and not (len(words) <= 2 and any(is_given_name(w) for w in words)):
            # a span ending in an office ('ÖVP-Klubobmann', 'Prime Minister', 'York City Mayor' though
            # York is a given name; 'Kanzler Merz' and 'Mike Judge' stay)
            return None
        surname = words[-1]
        same_surname = [r for r in self.items if r.kind == "person" and r.surname == surname]
        if not same_surname and len(words) == 1 and surname.endswith(("s", "'", "’")):  # genitive 'Kickls'
            stem = surname.rstrip("'’")
            stem = stem[:-1] if stem.endswith("s") else stem
            same_surname = [r for r in self.items if r.kind == "person" and r.surname == stem]
        if len(words) == 1:
            # a surname alone: the person of that surname the text has named in full
            if len(same_surname) == 1 and (e.actor is None or len(same_surname[0].name.split()) > 1):
                return same_surname[0]
            if e.actor is not None and e.actor.id in by_key:
                return by_key[e.actor.id]
            if e.actor is None:
                key = "surname:" + surname
                ref = by_key.get(key)
                if ref is None:
                    ref = by_key[key] = Referent(key, "person", None, surname)
                    self.items.append(ref)
                return ref
        if e.actor is not None:
            ref = by_key.get(e.actor.id)
            if ref is None:
                # 'Merz' before 'Friedrich Merz': the surname referent joins the named one
                loose = by_key.pop("surname:" + surname, None)
                ref = by_key[e.actor.id] = Referent(e.actor.id, "person", e.actor, e.actor.name)
                if loose is not None:
                    self.items.remove(loose)
                    ref.mentions, ref.subject_at = loose.mentions, loose.subject_at
                    for span in loose.mentions:
                        self.by_span[span] = ref
                self.items.append(ref)
                kinds, labels, gender = self._kb_facts(e.actor)
                ref.roles |= kinds
                ref.labels |= labels
                ref.gender = gender or name_gender(words[0])
            return ref
        name = " ".join(words)
        for r in same_surname:
            if r.actor is None and len(r.name.split()) == 1 and len(r.mentions) >= 2:
                continue  # 'Mamdani' said twice, then 'Mahmood Mamdani': a relative, not the same person
            if r.actor is None or r.name.split()[0] == words[0]:
                if len(words) > len(r.name.split()):
                    r.name = name
                    if r.actor is None and name_like(words):  # 'Klöckner' ... 'Julia Klöckner'
                        r.actor = Actor(id="local:" + slug(name), name=name, type="person")
                        r.gender = r.gender or name_gender(words[0])
                return r
        gender = name_gender(words[0]) if len(words) > 1 else None
        titled = 2 <= len(words) <= 3 and self._personal_title_before(start)  # 'Dr. Jonti Horner'
        actor = Actor(id="local:" + slug(name), name=name, type="person") \
            if name_like(words) or titled else None
        ref = by_key[name] = Referent(name, "person", actor, name, gender=gender)
        self.items.append(ref)
        return ref

    # ---- queries -----------------------------------------------------------
    def at(self, start: int, end: int) -> list[tuple[tuple[int, int], Referent]]:
        return [(s, r) for s, r in self.by_span.items() if s[0] < end and start < s[1]]

    def by_name(self, words: list[str]) -> Referent | None:
        """A person referent a bare name ('Kickl', 'Sir Keir', 'Ms Rayner') points to."""
        words = [w.strip(",.") for w in words]
        titled = bool(words) and words[0].lower() in _TITLES
        words = [w for w in words if w.lower() not in _TITLES]
        if not words or not all(w[:1].isupper() for w in words):
            return None
        hits = [r for r in self.items if r.kind == "person" and r.mentions and
                (r.surname == words[-1] or (len(words) == 1 and titled and r.name.split()[0] == words[0]))]
        if len(words) > 1:  # 'Zohran Mamdani' is not 'Mahmood Mamdani'
            hits = [r for r in hits if len(r.name.split()) == 1 or r.name.split()[0] == words[0]]
        full = [r for r in hits if len(r.name.split()) > 1]
        return full[0] if len(full) == 1 else (hits[0] if len(hits) == 1 and full == hits else None)

    def name_referent(self, words: list[str]) -> Referent | None:
        """The referent of a full name the NER missed or cut ('Zohran Mamdani' in 'New York City
        Mayor-elect Zohran Mamdani'): the person of that surname, given the name's actor if it
        had none; a new referent otherwise."""
        name = " ".join(words)
        ref = self.by_name(words)
        if ref is None:
            hits = [r for r in self.items if r.kind == "person" and r.surname == words[-1] and
                    (len(r.name.split()) == 1 or r.name.split()[0] == words[0])]
            ref = hits[0] if len(hits) == 1 else None
        if ref is not None and ref.actor is None:
            ref.actor = Actor(id="local:" + slug(name), name=name, type="person")
            ref.name = name
            ref.gender = ref.gender or name_gender(words[0])
        if ref is None:
            ref = Referent(name, "person", Actor(id="local:" + slug(name), name=name, type="person"), name,
                           gender=name_gender(words[0]))
            self.items.append(ref)
        return ref

    def note_speaker(self, pos: int, ref: Referent) -> None:
        self.speakers.append((pos, ref))

    def rank(self, pos: int, *, want: str, gender: str | None, kinds: set[str] = frozenset(),
             labels: set[str] = frozenset(), max_dist: int = 4, extra: list[tuple[Referent, float]] = (),
             only: list[Referent] | None = None) -> tuple[list[tuple[float, Referent]], float]:
        """Antecedents before ``pos`` ranked by score; and the confidence of the first."""
        s_m = self.sentence_of(pos)
        last_speaker = next((r for p, r in reversed(self.speakers) if p < pos), None)
        scored = []
        for r in (self.items if only is None else only):
            before = [m for m in r.mentions if m[1] <= pos]
            if want != "any" and r.kind != want:
                continue
            if not before and not any(r is x for x, _ in extra) and r is not last_speaker:
                continue
            if gender and r.gender and r.kind == "person" and r.gender != gender:
                continue
            last = max(before, key=lambda m: m[0]) if before else None
            dist = s_m - self.sentence_of(last[0]) if last else max_dist
            if r is last_speaker:
                dist = min(dist, max(0, s_m - self.sentence_of(next(p for p, x in reversed(self.speakers)
                                                                      if x is r and p < pos))))
            if dist > max_dist and not kinds and not labels:
                continue
            score = RECENCY[dist] if dist < len(RECENCY) else 0.1
            if last and last[0] in r.subject_at:
                score += W_SUBJECT + (W_SAME_SUBJECT if dist == 0 else 0.0)
            elif last and last[0] in r.oblique_at and want == "person" and not kinds:
                score -= W_OBLIQUE
            if last and dist == 0 and last[0] in r.possessed_at and want == "person":
                score -= W_POSSESSED
            if r is last_speaker:  # the last statement's speaker, the less the further back
                sp = next(p for p, x in reversed(self.speakers) if x is r and p < pos)
                d_sp = s_m - self.sentence_of(sp)
                score += W_SPEAKER * (RECENCY[d_sp] if d_sp < len(RECENCY) else 0.1)
            if gender and r.gender == gender:
                score += W_GENDER
            score += W_FREQ * min(4, len(before))
            if kinds:
                if compatible_roles(kinds, r.roles):
                    score += W_ROLE
                elif r.roles - {"politician", "person"} and kinds - {"politician", "person"}:
                    score -= W_ROLE
            if labels:
                if labels & r.labels:
                    score += W_LABEL
                elif r.labels:
                    score -= W_LABEL / 2
            score += sum(b for x, b in extra if x is r)
            scored.append((score, r))
        scored.sort(key=lambda x: -x[0])
        if not scored:
            return [], 0.0
        best = scored[0][0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        margin = best - second
        conf = min(0.98, 0.35 + 0.5 * min(1.0, margin / MARGIN_FULL) + 0.15 * min(1.0, best / 2))
        return scored, conf
