"""Fast, rule-based statement extraction (German first, English too).

Works on the tokens of the ``tokens`` stage (a spaCy blank Doc with character
offsets) and the sentence spans. No POS tagger: cues come from the shipped
lexicons (lemmas via simplemma), speakers from a capitalisation-based NP
chunker, reported speech from a Konjunktiv detector. Order of decisions:

1. quotation-mark regions with a cue next to them (or after "X:") -> Direct;
   quoted names ("der „Berliner Zeitung“", "die Mondfähre „Eagle“") are no quotations
2. a cue clause followed by "dass ...", a Konjunktiv clause or a zu-infinitive, or
   preceded by one (", sagte er", ", wie X mitteilte", ", so X,") -> Indirect;
   a second cue coordinated with "und" starts a second statement
3. prepositional cues ("laut X", "X zufolge", "nach Angaben X", "unter Berufung
   auf X", ", wonach") and a sentence opening with "Demnach" -> Indirect
4. Konjunktiv sentences with no cue after a statement -> (Indirect)FreeIndirect
5. sentences whose main verb is a reporting verb, no content clause -> Reported
6. Konjunktiv I sentences elsewhere -> IndirectFreeIndirect; hearsay "soll ... haben" -> FreeIndirect
7. quotation-mark regions inside another statement's quote -> nested Direct
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Span, Statement
from ..nlp.tokens import token_arrays
from . import phrases as P
from .channel import find_channel, medium_override, source_medium
from .cues import AUX, PARTICLES, is_participle, lemma, load_lexicon
from .konjunktiv import has_konjunktiv, konjunktiv_kind
from .speakers import resolve_actor
from .statements_en import find_en

OPENERS = {"„": {"“", "”"}, "»": {"«"}, "“": {"”"}, "«": {"»"}, '"': {'"'}, "”": {"”", "“"}}
# English: NYT-style ''quotes''; mixed typography (“...," / "...”) is common in US wire copy.
OPENERS_EN = {**OPENERS, "''": {"''"}, "“": {"”", '"', "“"}, '"': {'"', "”"}}
END_PUNCT = {".", "!", "?", "…"}
QUOTE_MARKS = {"„", "“", "”", "»", "«", '"', "‚", "‘", "’"}
_CLAUSE_TAIL = END_PUNCT | QUOTE_MARKS  # what may follow a clause's last word
# Nouns that make "nach ..." a source PP ("nach Angaben der Polizei").
SOURCE_NOUNS = {
    "angaben", "ansicht", "auffassung", "meinung", "informationen", "einschätzung", "worten", "aussage",
    "aussagen", "darstellung", "schätzung", "schätzungen", "berichten", "erkenntnissen", "überzeugung",
    "mitteilung", "recherchen", "einschätzungen", "angabe", "vorstellung", "überzeugung", "sicht", "bericht",
    "agenturangaben", "polizeiangaben", "medienberichten", "zeitungsberichten", "umfragen", "umfrage",
    "vernehmen", "planungen", "berechnungen", "ermittlungen", "worte", "ankündigung", "nachricht", "analyse",
    "auskunft", "auskünften", "veröffentlichung", "studie", "prognose", "prognosen", "hochrechnung", "hochrechnungen",
    "endergebnis", "darstellungen", "erfahrungen", "erkenntnisstand", "kenntnisstand", "dokument", "dokumenten",
    "plan", "plänen", "vorhersage", "statistik", "zählung", "bewertung", "verfassung", "grundgesetz", "willen",
    "wunsch", "vorschlag", "unterlagen", "recherche", "zeugenaussagen", "beobachtungen", "auswertung", "daten",
}
# Compound source nouns end in these ("Behördenangaben", "Zeugenaussagen", "Expertenmeinung").
SOURCE_SUFFIXES = ("angaben", "aussagen", "berichten", "informationen", "erkenntnissen", "schätzungen", "meinung",
                   "einschätzung", "auffassung", "ansicht", "darstellung", "berechnungen", "entwurf", "studie",
                   "umfrage", "bericht", "mitteilung", "erklärung", "ergebnis", "prognose", "statistik")
# Reporting verbs whose clause alone is a Reported statement ("X kritisierte die Pläne").
REPORTED = {
    "kritisieren", "bezeichnen", "fordern", "warnen", "begrüßen", "verurteilen", "ablehnen", "ankündigen",
    "dementieren", "zurückweisen", "loben", "beklagen", "appellieren", "vorwerfen", "aufrufen",
    "bekanntgeben", "drohen", "anprangern", "plädieren", "bedauern", "protestieren", "widersprechen",
    "bestreiten", "sprechen", "äußern", "verlangen", "auffordern", "vorschlagen", "empfehlen",
    "criticize", "warn", "urge", "deny", "announce", "accuse", "blame", "praise", "condemn",
    # more verbs that head reported speech in German news (written for this project)
    "nennen", "berichten", "beziffern", "verweisen", "hinweisen", "ausgehen", "bestätigen", "einräumen",
    "zugeben", "melden", "bekanntgeben", "anbieten", "einstufen", "werten", "dokumentieren", "versprechen",
    "beschuldigen", "mitteilen", "erklären", "befürchten", "erwarten", "kommentieren", "würdigen", "bemängeln",
}
ADDRESSEE_CUES = {"sagen", "erklären", "mitteilen", "versichern", "bestätigen", "antworten", "schreiben",
                  "versprechen", "zusichern", "vorwerfen", "berichten", "sagte", "tell", "say", "write",
                  "erzählen", "ankündigen", "verraten", "entgegnen", "zusagen"}
DATIVE = {"dem", "der", "einem", "einer", "den"}
# Articles of accusative/dative NPs: after an inverted verb these start objects, not subjects.
OBJECT_DETS = {"den", "dem", "einen", "einem", "seinen", "seinem", "ihren", "ihrem", "diesen", "diesem", "keinen"}
_HEISST = {"heißt", "hieß", "hieße", "geheißen"}


@dataclass
class Found:
    type: str
    medium: str
    quote: list[tuple[int, int]]  # token ranges [i, j)
    cue: list[int] = field(default_factory=list)
    frame: list[tuple[int, int]] = field(default_factory=list)
    speaker: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    sent: int = 0
    nested_in: int | None = None
    confidence: float = 0.7


@dataclass
class Cue:
    tokens: list[int]
    lemma: str
    medium: str
    kind: str  # verb, noun, prep


class _Doc:
    """Token arrays of one document, plus sentence and quote-region indexes."""

    def __init__(self, state):
        self.text = state.text
        self.lang = "en" if state.lang == "en" else "de"
        self.lex = load_lexicon(self.lang)
        # plain arrays, not spaCy Token objects: iterating the Doc is the costly part here
        texts, offsets, spaced = token_arrays(state.doc)
        keep = [k for k, t in enumerate(texts) if not t.isspace()]  # spaCy's is_space
        self.words = [texts[k] for k in keep]
        self.starts = [offsets[k] for k in keep]
        self.ends = [a + len(w) for a, w in zip(self.starts, self.words)]
        self.n = len(keep)
        self.sents = self._sentence_ranges(state.analysis.sentences)
        self.sent_of = [0] * self.n
        for s, (a, b) in enumerate(self.sents):
            for i in range(a, b):
                self.sent_of[i] = s
        ents = getattr(getattr(state, "analysis", None), "entities", None) or []
        self.agent_chars = [(e.span.start, e.span.end) for e in ents if e.label in ("PER", "ORG")]
        self.regions = self._quote_regions(texts, spaced)
        self.region_of = [-1] * self.n
        for r, (a, b) in enumerate(self.regions):
            for i in range(a, b):
                self.region_of[i] = r

    def _sentence_ranges(self, sentences: list[Span]) -> list[tuple[int, int]]:
        out, i = [], 0
        for s in sentences:
            while i < self.n and self.ends[i] <= s.start:
                i += 1
            j = i
            while j < self.n and self.starts[j] < s.end:
                j += 1
            if j > i:
                out.append((i, j))
            i = j
        return out

    def _quote_regions(self, texts: list[str], spaced: list[bool]) -> list[tuple[int, int]]:
        """Token ranges [open, close+1) of balanced quotation marks; a paragraph break cancels.
        ``texts``/``spaced``: all the Doc's tokens (spaces included) and their trailing-space flags."""
        out: list[tuple[int, int]] = []
        openers = OPENERS_EN if self.lang == "en" else OPENERS
        open_at, closers, k = None, set(), -1
        gap = "\n"  # whitespace since the previous non-space token
        for w, space_after in zip(texts, spaced):
            if w.isspace():
                gap += w
                if open_at is not None and "\n\n" in w:
                    open_at = None
                continue
            new_line, gap = "\n" in gap, " " if space_after else ""
            k += 1
            if open_at is not None and w in closers and not (self.lang == "en" and w == "“" and new_line):
                out.append((open_at, k + 1))
                open_at = None
            elif w in openers and (open_at is None or self.lang == "en" and new_line and w == self.words[open_at]):
                # English style: a paragraph opening with the same mark continues an unclosed quotation
                open_at, closers = k, openers[w]
        return out

    def span(self, i: int, j: int) -> Span:
        return Span.of(self.text, self.starts[i], self.ends[j - 1])

    def spans(self, ranges: list[tuple[int, int]]) -> list[Span]:
        return [self.span(i, j) for i, j in ranges if j > i]


def _clauses(d: _Doc, a: int, b: int) -> list[tuple[int, int]]:
    """Clauses of sentence [a, b): split at commas, colons, dashes outside quotation marks.

    Each clause range excludes its separator; the separator sits at the clause end index.
    """
    out, start = [], a
    skip_to = -1
    for i in range(a, b):
        if i < skip_to:
            continue
        if d.lang == "de" and d.words[i] == "(":
            close = next((j for j in range(i + 1, min(b, i + 6)) if d.words[j] == ")"), None)
            if close is not None and "," not in d.words[i + 1:close]:
                skip_to = close + 1  # a short parenthesis ("Wulff (CDU) sagte") stays inside its clause
                continue
        if d.words[i] in P.SEPARATORS and d.region_of[i] < 0:
            out.append((start, i))
            start = i + 1
    out.append((start, b))
    return [c for c in out if c[1] >= c[0]]


def _content_end(d: _Doc, a: int, b: int) -> int:
    """End of content before the sentence's final punctuation."""
    while b > a and d.words[b - 1] in END_PUNCT:
        b -= 1
    return b


def _verb_cue(d: _Doc, i: int, clause: tuple[int, int], sent_start: int) -> Cue | None:
    w = d.words[i]
    if not w.isalpha() or d.region_of[i] >= 0:
        return None
    if P.is_cap(w) and i != sent_start and d.lang == "de":
        return None  # a noun, not a verb
    if d.lang == "de" and w.lower() in _HEISST:
        es = [k for k in (i - 1, i + 1) if clause[0] <= k < clause[1] and d.words[k].lower() == "es"]
        return Cue([i] + es, "heißen", "SW", "verb") if es else None
    lem = lemma(w, d.lang)
    verbs = d.lex.verbs
    if d.lang == "de":
        last = clause[1] - 1
        while last > i and d.words[last] in _CLAUSE_TAIL:
            last -= 1
        if last > i and d.words[last].lower() in PARTICLES:
            comp = d.words[last].lower() + lem
            if comp in verbs:
                toks = [i, last]
                if d.words[last - 1].lower() == "davon" and last - 1 > i:
                    toks = [i, last - 1, last]
                return Cue(toks, comp, verbs[comp], "verb")
    if d.lang == "de" and i > clause[0] and d.words[i - 1].lower() in {"bekannt", "klar", "fest"} \
            and d.words[i - 1].lower() + lem in verbs:  # verb-final "wie X bekannt gab"
        comp = d.words[i - 1].lower() + lem
        return Cue([i - 1, i], comp, verbs[comp], "verb")
    if lem in verbs:
        toks = [i]
        if d.lang == "de" and is_participle(w, lem):
            aux = [k for k in range(clause[0], i) if d.words[k].lower() in AUX]
            if aux:
                toks = [aux[-1], i]
        return Cue(toks, lem, verbs[lem], "verb")
    return None


def _noun_cue(d: _Doc, i: int) -> Cue | None:
    w = d.words[i]
    if d.lang == "de" and w in d.lex.nouns and d.region_of[i] < 0:
        return Cue([i], w, d.lex.nouns[w], "noun")
    return None


def _speaker_for(d: _Doc, cue: Cue, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker NP of a cue: the pre-field subject, or the NP after the (inverted) verb."""
    a, b = clause
    k = cue.tokens[0]
    if cue.kind == "noun":  # "Botschaft von X", "Erklärung des Ministers"
        j = k + 1
        if j < b and d.words[j].lower() in {"von", "vom", "des", "der", "eines", "einer"}:
            e = P.np_end(d.words, j + 1, b) if d.words[j].lower() in {"von"} else P.np_end(d.words, j + 1, b)
            if e > j + 1:
                return (j + 1, e)
        # possessive or genitive before the noun: "Frankreichs Botschaft" -> skip
        return None
    words = d.words
    lows = [w.lower() for w in words[a:k]]
    # subordinate clause "wie X mitteilte", "dass X sagte": subject between the conjunction and the verb
    verb_final = k == b - 1 or all(w.lower() in AUX for w in words[cue.tokens[-1] + 1:b])
    if lows and (lows[0] in P.SUBORD | _SUBORD_CONJ or lows[0] == "als" and verb_final):
        s = a + 1
        e = _name_np_end(d, s, k) if d.lang == "de" else P.np_end(words, s, k)
        return (s, e) if e > s else None
    if d.lang == "en":
        if k > a:
            s = a
            while s < k and words[s].lower() in {"and", "but", "also", "then", "later"}:
                s += 1
            if 0 < k - s <= 6:
                return (s, k)
        s = k + 1
        e = P.en_np_end(words, s, b)
        return (s, e) if e > s else None
    lead = 0
    while lead < len(lows) - 1 and lows[lead] in {"und", "aber", "doch", "denn", "auch", "sondern"}:
        lead += 1  # "Auch der Minister sagte": "auch" before a subject
    if k > a and k + 1 < b and words[k + 1].lower() in {"er", "ich", "wir"}:
        return (k + 1, k + 2)  # "Der Politik schlug er vor": a nominative pronoun after the verb is the subject
    prefield_subject = k > a and P.may_start_subject(words, a + lead, k)
    if prefield_subject and k - a == 1 and lows[0] in {"das", "dies", "dieses", "es", "so", "was"}:
        prefield_subject = False
    pre = None
    if prefield_subject:
        s = a
        while s < k and words[s].lower() in {"und", "aber", "doch", "denn", "auch", "sondern"}:
            s += 1
        # drop auxiliaries and adverbs at the end of the pre-field
        e = k
        while e > s and (words[e - 1].lower() in AUX or words[e - 1].lower() in P.SKIPPABLE):
            e -= 1
        if e > s and P.np_end(words, s, e) == e and words[e - 1].lower() not in TIME_NOUNS \
                and words[s].lower() not in OBJECT_DETS:  # "Ihren Widersacher forderte May auf": an object
            return (s, e)  # the whole pre-field is one noun phrase: the subject
        if e > s and e - s <= 8:
            pre = (s, e)
            if not _np_like(d, s, e) and P.np_end(words, s, e) > s:
                pre = (s, P.np_end(words, s, e))  # "Zuschauer standen am Rand und forderten": the leading noun phrase
    s = P.skip_adverbs(words, k + 1, b)
    e = P.np_end(words, s, b)
    if e > s and _time_np(words, s, e):  # "hatte Anfang Juli berichtet": a time, not the subject
        s = P.skip_adverbs(words, e, b)
        e = P.np_end(words, s, b)
    if pre and e > s and words[s].lower() in {"der", "die", "das"} and len(cue.tokens) > 1 and \
            (cue.lemma in ACCUSATIVE_ADDRESSEE_CUES or cue.lemma in DATIVE_ADDRESSEE_CUES) and not _time_np(words, *pre):
        return pre  # "Politiker aus anderen Parteien haben der Ministerin vorgeworfen": the object follows the verb
    if e > s and words[s].lower() not in OBJECT_DETS:
        return (s, e)
    return pre


_SUBORD_CONJ = {"nachdem", "weil", "da", "obwohl", "während", "wenn", "bevor", "sobald", "seit", "seitdem", "falls",
                "damit", "indem", "zumal", "sodass"}


def _time_np(words: list[str], s: int, e: int) -> bool:
    """"Anfang Juli", "letzte Woche", "vergangenen Montag": a noun phrase of time."""
    return words[e - 1].lower() in TIME_NOUNS or words[s].lower() in {"anfang", "ende", "mitte"}


# Cues whose accusative object is the addressee ("forderte die Regierung auf", "bat die EU").
ACCUSATIVE_ADDRESSEE_CUES = {"auffordern", "bitten", "fragen", "warnen", "ermahnen", "drängen", "anweisen", "beschuldigen",
                             "mahnen", "aufrufen", "anflehen", "informieren", "unterrichten"}
# Cues whose passive subject (or dative) is the addressee ("Ihm wird vorgeworfen", "Die Männer werden beschuldigt").
PASSIVE_ADDRESSEE_CUES = ACCUSATIVE_ADDRESSEE_CUES | {"vorwerfen", "nachsagen", "vorhalten", "anlasten", "raten",
                                                      "empfehlen", "zusichern", "zusagen", "versprechen", "mitteilen"}
# Cues whose dative object is the addressee ("warf der Regierung vor", "empfahl dem Gericht", "riet Reisenden").
DATIVE_ADDRESSEE_CUES = {"vorwerfen", "vorhalten", "nachsagen", "anlasten", "unterstellen", "empfehlen", "raten",
                         "vorschlagen", "zusichern", "zusagen", "versprechen", "mitteilen", "androhen"}
# Audiences after "vor": "sagte vor der Presse", "vor Journalisten".
AUDIENCE_NOUNS = ("presse", "journalisten", "reportern", "medienvertretern", "medien", "abgeordneten", "parlament",
                  "bundestag", "landtag", "delegierten", "anhängern", "studenten", "zuhörern", "publikum", "gästen",
                  "mitgliedern", "teilnehmern", "kameras", "unterstützern", "vertretern", "soldaten", "schülern")
_PASSIVE_AUX = {"wird", "wurde", "werden", "wurden", "worden"}


def _name_np_end(d: _Doc, k: int, b: int) -> int:
    """End of a noun phrase that may end in a short quoted name: der „Berliner Zeitung“, die Zeitung „Le Monde“."""
    e = P.np_end(d.words, k, b, genitive=False)
    j = e if e > k else (k + 1 if k < b and d.words[k].lower() in P.DETS else k)
    if j < b and d.region_of[j] >= 0:
        qa, qb = d.regions[d.region_of[j]]
        if qa == j and qb - qa <= 7 and qb <= b:
            return qb
    return e


def _is_passive(d: _Doc, cue: Cue) -> bool:
    return len(cue.tokens) > 1 and d.words[cue.tokens[0]].lower() in _PASSIVE_AUX and cue.kind == "verb"


def _addressee_for(d: _Doc, cue: Cue, clause: tuple[int, int], speaker: tuple[int, int] | None,
                   reported: bool = False) -> tuple[int, int] | None:
    a, b = clause
    words = d.words
    for k in range(a, b - 1):
        if d.region_of[k] >= 0:
            continue
        low = words[k].lower()
        if low == "gegenüber":
            e = _name_np_end(d, k + 1, b)
            if e > k + 1:
                return (k + 1, e)
            if k > a and words[k - 1].lower() in {"ihm", "ihr", "ihnen", "uns", "mir"}:
                return (k - 1, k + 1)  # "ihr gegenüber"
        if d.lang != "de":
            continue
        if low == "vor" and k + 1 < b:
            e = P.np_end(words, k + 1, b, genitive=False)
            if e > k + 1 and words[e - 1].lower().endswith(AUDIENCE_NOUNS):
                return (k + 1, e)
        if low == "mit" and k > a and words[k - 1].lower() in {"interview", "gespräch", "telefonat", "telefongespräch",
                                                                 "pressegespräch", "fernsehinterview", "zeitungsinterview"}:
            e = _name_np_end(d, k + 1, b)
            if e > k + 1:
                return (k + 1, e)
        if low == "zu" and cue.lemma == "sagen" and k == cue.tokens[-1] + 1:
            e = P.np_end(words, k + 1, b, genitive=False)
            if e > k + 1:
                return (k + 1, e)
        if low in {"zur", "zum"} and cue.lemma == "sagen" and k + 1 < b and (k == cue.tokens[-1] + 1 or speaker
                                                                             and k == speaker[1]):
            # "sagte er zur Nachrichtenagentur dpa", "sagte X zum Sender Y": a medium, not "zur Lage"
            if words[k + 1].lower().endswith(MEDIA_NOUNS):
                e = _name_np_end(d, k, b)
                return (k + 1, e) if e > k + 1 else (k + 1, k + 2)
        if low in {"von", "vom"} and cue.lemma in {"fordern", "verlangen"} and k > cue.tokens[0] and not reported:
            e = P.np_end(words, k + 1, b, genitive=False)
            if e > k + 1 and not words[k + 1][:1].isdigit():
                return (k, e)
        if low == "an" and cue.lemma in {"appellieren", "richten", "wenden"} and k + 1 < b:
            e = P.np_end(words, k + 1, b, genitive=False)
            if e > k + 1:
                return (k + 1, e)
    if d.lang == "de" and _is_passive(d, cue) and cue.lemma in PASSIVE_ADDRESSEE_CUES:
        aux = cue.tokens[0]
        adverb = words[a].lower() in P.NON_SUBJECT_START and words[a].lower() not in P.DETS | _OBJECT_PRONOUNS
        if aux > a and not adverb:  # the pre-field: "Ihm wird vorgeworfen", "Die Männer werden beschuldigt"
            e = P.np_end(words, a, aux)
            if e == aux and (e - a <= 8):
                return (a, e)
        s0 = P.skip_adverbs(words, aux + 1, b, limit=3)  # "Darin wird der König aufgefordert"
        e = P.np_end(words, s0, b)
        if e > s0 and e <= cue.tokens[-1]:
            return (s0, e)
        return None
    accusative = cue.lemma in ACCUSATIVE_ADDRESSEE_CUES
    if cue.lemma not in ADDRESSEE_CUES and not accusative and cue.lemma not in DATIVE_ADDRESSEE_CUES:
        return None
    if d.lang == "de" and speaker and speaker[0] > cue.tokens[0] > a:
        fronted = _fronted_object(d, cue, a, accusative)  # "Der Politik schlug er vor"
        if fronted:
            return fronted
    k = max(cue.tokens[0], speaker[1] - 1 if speaker and speaker[0] > cue.tokens[0] else cue.tokens[0]) + 1
    if d.lang == "en":
        if cue.lemma == "tell" and k < b:
            e = P.np_end(words, k, b)
            if e == k and k < b and words[k].lower() in {"reporters", "journalists", "me", "us", "him", "her", "them"}:
                e = k + 1
            return (k, e) if e > k else None
        return None
    if speaker is None or k >= b:
        return None
    k0, k = k, P.skip_adverbs(words, k, b, limit=2)
    if "sich" in words[k0:k]:
        return None  # "verspricht sich Erfolg": the reflexive is the object
    dets = DATIVE | {"die", "das", "einen", "eine"} if accusative else DATIVE
    if k < b and cue.lemma in ADDRESSEE_CUES and words[k].lower() in {"journalisten", "reportern", "medienvertretern"}:
        return (k, k + 1)  # "sagte Reportern"
    if k < b and words[k].lower() in dets | {"ihm", "ihr", "ihnen"}:
        if words[k].lower() in {"ihm", "ihr", "ihnen"}:
            return (k, k + 1) if k + 1 < b and words[k + 1][:1].islower() else None
        e = _name_np_end(d, k, b)
        if e > k + 1 and not (words[k].lower() == "den" and not accusative and _singular_accusative(words[e - 1])):
            return (k, _coordinated_end(d, e, b, cue))
    elif k < b and (accusative or cue.lemma in DATIVE_ADDRESSEE_CUES) and P.is_cap(words[k]) \
            and words[k] not in P.STOP_CAPS:
        e = P.np_end(words, k, b)  # "forderte die Regierung auf", "warf Obama vor", "empfahl Reisenden"
        if e > k:
            return (k, _coordinated_end(d, e, b, cue))
    return None


_OBJECT_PRONOUNS = {"ihm", "ihr", "ihnen", "uns", "mir", "ihn", "mich"}


def _singular_accusative(noun: str) -> bool:
    """"den Umstieg", "den Verdacht": a dative plural ends in -n (or -s: "den Autos"), an acronym aside ("den USA")."""
    return noun[-1:].isalpha() and noun[-1:].islower() and noun[-1] not in "ns"


def _coordinated_end(d: _Doc, e: int, b: int, cue: Cue) -> int:
    """Extend an object over a coordination that closes before the verb particle or a "dazu":
    "forderte Mussawi und dessen Anhänger dazu auf", "rief Bürger und Verbände auf"."""
    words = d.words
    if e + 1 >= b or words[e].lower() not in {"und", "sowie"} or d.region_of[e] >= 0:
        return e
    j = P.np_end(words, e + 1, b, genitive=False)
    if j == e + 1 and words[e + 1].lower() in {"dessen", "deren", "seine", "seinen", "ihre", "ihren"}:
        j = P.np_end(words, e + 2, b, genitive=False)
    if j > e + 1 and (j >= b or j in cue.tokens or words[j].lower() in {"dazu", "darauf", "davor", ","}):
        return j
    return e


def _fronted_object(d: _Doc, cue: Cue, a: int, accusative: bool) -> tuple[int, int] | None:
    """A pre-field object of a cue whose subject follows the verb: "Der Politik schlug er vor",
    "Die Bürger forderte er auf", "Den Journalisten sagte sie"."""
    words = d.words
    k = cue.tokens[0]
    first = words[a].lower()
    if first in P.NON_SUBJECT_START and first not in DATIVE:
        return None
    if not accusative and first not in DATIVE:
        return None  # a dative needs its article ("Der Zeitung sagte er"), not "Die Pläne erklärte er"
    e = max(_name_np_end(d, a, k), P.np_end(words, a, k))
    if e <= a or words[e - 1].lower() in TIME_NOUNS:
        return None
    e = _coordinated_end(d, e, k + 1, Cue([k], cue.lemma, cue.medium, cue.kind))
    return (a, e) if e == k else None


def _apposition_end(d: _Doc, e: int, b: int) -> int:
    """Extend a name over a following apposition: "Bouchard, kanadischer General und Kommandeur, ..."."""
    words = d.words
    if e >= b or words[e] != "," or d.region_of[e] >= 0:
        return e
    j = P.np_end(words, e + 1, b)
    if j == e + 1 or words[e + 1].lower() in P.PRONOUNS:
        return e
    while j < b and words[j].lower() == "und" and P.np_end(words, j + 1, b) > j + 1:
        j = P.np_end(words, j + 1, b)
    after = P.skip_adverbs(words, j, b, limit=2)  # "..., Sprecherin der Polizei, am Montag."
    if after >= b or words[after] in {",", ":"} | END_PUNCT:
        return j
    # attributes up to the next comma: "Kopf einer Gruppe von Inspektoren, die ..."
    k = j
    while k < b and words[k] not in {",", ":"} | END_PUNCT and d.region_of[k] < 0:
        k += 1
    if k - e <= 14 and (k >= b or words[k] in {",", ":"} | END_PUNCT) and _np_like(d, e + 1, k):
        return k
    return e


_NP_FUNCTION_WORDS = P.DETS | {"und", "oder", "sowie", "von", "vom", "zur", "zum", "im", "am", "für", "aus", "bei", "in", "an",
                               "auf", "mit", "über", "gegen", "beim", "(", ")", "-", "/", "&", "'", "''", ".", "„", "“", "”"}
_RELATIVE = {"der", "die", "das", "dessen", "deren", "welcher", "welche", "welches"}


def _np_like(d: _Doc, s: int, e: int) -> bool:
    """Whether [s, e) reads as one noun phrase with attributes ("Der Vertreter der Arbeitgeber im Aufsichtsrat (BA)")."""
    words = d.words
    if e <= s or P.np_end(words, s, e) == s:
        return False
    return all(P.is_cap(w) or w.lower() in _NP_FUNCTION_WORDS or P.is_adj_like(w) and not _verb_like(w)
               or w[:1].isdigit() for w in words[s:e])


def _speaker_before(d: _Doc, clause: tuple[int, int], strict: bool = False) -> tuple[int, int] | None:
    """Subject at the sentence start, separated from the cue clause by an apposition.

    "Adidas-Vorstand Erich Stamminger, zuständig für das US-Geschäft, hatte angekündigt ..."
    ``strict``: only an apposition that is a noun phrase or a relative clause
    ("X, der Sprecher der Partei, sagte ...", "X, der im Land war, sagte ...").
    """
    words = d.words
    a = d.sents[d.sent_of[clause[0]]][0]
    c = clause[0]
    if c - a < 3 or words[c - 1] not in {",", ")", "–"} or c - a > 30:
        return None
    s = a + (1 if words[a].lower() in {"und", "aber", "doch", "auch"} else 0)
    if words[s].lower() in P.SUBORD or not P.may_start_subject(words, s, c):
        return None
    e = P.np_end(words, s, c)
    if e == c and words[c - 1] == ")":  # "Ministerin X ( SPD ) sagte": the clause split at the parenthesis
        return (s, c)
    if e > s and e < c and words[e] != ",":  # attributes after the head: "Der Vertreter der Arbeitgeber im Aufsichtsrat"
        j = e
        while j < c and words[j] not in {",", "–"}:
            j += 1
        if j < c and j - s <= 15 and _np_like(d, s, j):
            e = j
    if e == s or e >= c or words[e] not in {",", "–"}:
        return None
    inner = words[e + 1:c - 1]
    if not inner or inner.count(",") > 0 or any(d.region_of[i] >= 0 for i in range(e, c)):
        return None
    ap = P.np_end(words, e + 1, c - 1)
    last = inner[-1]
    relative = inner[0].lower() in _RELATIVE and len(inner) > 1 and ap < c - 1 and not P.is_cap(last) \
        and (last.lower() in AUX or _verb_like(last))
    if relative:  # "X, der die Stadt lange regierte, sagte": the relative clause is not part of the speaker
        return (s, e) if len(inner) <= 15 else None
    if any(lemma(w, "de") in d.lex.verbs for w in inner if not P.is_cap(w)):
        return None
    if ap > e + 1 and words[e + 1].lower() not in P.PRONOUNS:
        return (s, c - 1) if not strict or _np_like(d, e + 1, c - 1) else None
    return None if strict else (s, e)


def _coordinated_subject(d: _Doc, cue: Cue) -> tuple[int, int] | None:
    """The sentence subject for a verb coordinated with an earlier one: "X bestätigte den Unfall und teilte mit, ..."."""
    k = cue.tokens[0]
    s = d.sent_of[k]
    a = d.sents[s][0]
    if k - a < 3 or d.words[k - 1].lower() not in {"und", "sowie", ",", "aber", "doch"} or d.region_of[k - 1] >= 0:
        return None
    sp = _sentence_subject(d, s)
    if sp is None or sp[1] >= k - 1 or d.words[sp[1]] == "," or d.words[sp[0]].lower() in P.SUBORD:
        return None
    return sp


_ALS_CUES = {"bezeichnen", "würdigen", "einstufen", "werten", "loben", "verurteilen", "kritisieren", "zurückweisen",
             "beschreiben", "attackieren", "betrachten"}
_CORRELATES = {"darauf", "daran", "darüber", "davon", "dafür", "darum"}
_TRAILING_AUX = {"hatte", "hat", "habe", "hätte", "war", "ist", "sei", "wäre", "wurde", "worden", "wird", "werde", "hatten",
                 "haben", "waren", "sind", "seien", "wurden"}


def _cue_extras(d: _Doc, cue: Cue, clause: tuple[int, int]) -> list[int]:
    """Words the corpus counts to a German cue: "wie", "sich", "darauf", trailing auxiliaries, the article of a noun."""
    words = d.words
    a, b = clause
    toks = sorted(cue.tokens)
    v = toks[-1] if cue.kind == "verb" and len(toks) > 1 and words[toks[0]].lower() in AUX else toks[0]
    out = []
    if cue.kind == "noun":
        i = toks[0]
        if i - 1 >= a and words[i - 1].lower() in P.DETS - {"ein", "eine", "einer", "eines", "einem", "einen"}:
            out.append(i - 1)
            if i - 2 >= a and words[i - 2].lower() == "mit":
                out.append(i - 2)
        return out
    if cue.kind != "verb":
        return out
    if words[a].lower() == "wie" and a < toks[0]:
        out.append(a)
    for j in (v - 1, v + 1, v + 2):
        if a <= j < b and words[j].lower() == "sich" and d.region_of[j] < 0:
            out.append(j)
            break
    for j in range(v + 1, min(b, v + 4)):
        if d.region_of[j] >= 0:
            break
        if words[j].lower() in _CORRELATES:
            out.append(j)
            break
    if cue.lemma in _ALS_CUES or cue.lemma in {"sprechen", "begründen"}:
        want = {"als"} if cue.lemma in _ALS_CUES else {"von", "vom"} if cue.lemma == "sprechen" else {"mit"}
        for j in range(v + 1, b):
            if d.region_of[j] >= 0:
                break
            if words[j].lower() in want:
                out.append(j)
                break
    last = toks[-1]
    j = last + 1
    while j < b and j <= last + 2 and words[j].lower() in _TRAILING_AUX and is_participle(words[last], cue.lemma):
        out.append(j)
        j += 1
    return out


def _speaker_tail(d: _Doc, sp: tuple[int, int], cue: Cue | None, quote) -> tuple[int, int]:
    """Extend a speaker over a party or abbreviation in parentheses and a quoted name:
    "Die Schutzvereinigung (DSW)", "die Nachrichtenagentur „Xinhua“"."""
    s0, e = sp
    limit = d.sents[d.sent_of[s0]][1]
    for k in list(cue.tokens if cue else []) + [q[0] for q in quote]:
        if k >= e:
            limit = min(limit, k)
    words = d.words
    for _ in range(2):
        if e >= limit:
            break
        if words[e] == "(":
            close = next((x for x in range(e + 1, min(limit, e + 7)) if words[x] == ")"), None)
            if close is None:
                break
            e = close + 1
        elif d.region_of[e] >= 0 and d.regions[d.region_of[e]][0] == e and d.regions[d.region_of[e]][1] <= limit \
                and _is_name_region(d, e, d.regions[d.region_of[e]][1]):
            e = d.regions[d.region_of[e]][1]
        else:
            break
    return (s0, e)


def _heisst_source(d: _Doc, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The document in "heißt es in der Erklärung", "Im Bericht heißt es" (without the preposition)."""
    words = d.words
    for k in range(clause[0], clause[1] - 1):
        if words[k].lower() in {"in", "im", "auf"} and d.region_of[k] < 0:
            s0 = k + 1
            if words[k].lower() == "im":
                e = P.np_end(["dem"] + words[s0:clause[1]], 0, clause[1] - s0 + 1) - 1 + s0
            else:
                e = P.np_end(words, s0, clause[1])
            e = _quoted_name_end(d, e) if e > s0 else e
            if e > s0 and not any(w.lower() in TIME_NOUNS for w in words[s0:e]):
                return (s0, e)
    return None


def _make(d: _Doc, typ: str, cue: Cue | None, quote, frame, clause, sent, found_speaker=None) -> Found:
    speaker = found_speaker
    if cue is not None and speaker is None and d.lang == "de" and _is_passive(d, cue) and cue.lemma != "zitieren":
        speaker = _passive_agent(d, clause) or (0, 0)  # "wurde von X kritisiert"; no agent: no speaker
    if cue is not None and speaker is None and cue.lemma == "heißen" and d.lang == "de":
        speaker = _heisst_source(d, clause) or (0, 0)  # ", heißt es in dem Bericht": the document; else no speaker
    if cue is not None and speaker is None and cue.kind == "verb" and d.lang == "de" and cue.tokens[0] == clause[0]:
        speaker = _speaker_before(d, clause, strict=True)  # "X, der Sprecher der Partei, sagte ..."
    if cue is not None and speaker is None and cue.kind in ("verb", "noun"):
        speaker = _speaker_for(d, cue, clause)
        if speaker is None and cue.kind == "verb" and d.lang == "de":
            speaker = _speaker_before(d, clause) or _coordinated_subject(d, cue)
        elif speaker and d.lang == "de" and speaker[0] > cue.tokens[0] and P.is_cap(d.words[speaker[1] - 1]):
            sb = d.sents[d.sent_of[speaker[0]]][1]
            speaker = (speaker[0], _apposition_end(d, speaker[1], _content_end(d, speaker[0], sb)))
    if speaker is None and cue is not None and cue.kind == "noun" and d.lang == "de":
        # "Die Firma empfindet die Kritik als ungerechtfertigt: „...“": the subject of the noun's clause
        sp = _sentence_subject(d, d.sent_of[cue.tokens[0]])
        if sp and sp[1] < cue.tokens[0] - 1 and d.words[sp[1]][:1].islower() and d.region_of[sp[1]] < 0:
            speaker = sp
    if speaker == (0, 0):
        speaker = None
    if speaker is not None and d.lang == "de":
        speaker = _speaker_tail(d, speaker, cue, quote)
    addressee = _addressee_for(d, cue, clause, speaker) if cue is not None and cue.kind == "verb" else None
    medium = cue.medium if cue else "Speech"
    cue_tokens = list(cue.tokens) if cue else []
    if cue is not None and d.lang == "de":
        cue_tokens = sorted(set(cue_tokens) | set(_cue_extras(d, cue, clause)))
    return Found(typ, medium, quote, cue_tokens, frame, speaker, addressee, sent)


MEDIA_NOUNS = ("zeitung", "magazin", "blatt", "sender", "agentur", "portal", "sendung", "nachrichtenseite",
               "onlineausgabe", "ausgabe", "online-ausgabe", "kanal", "dienst", "netzwerk")
_NAME_WORDS = {"der", "die", "das", "des", "dem", "am", "an", "und", "von", "für", "im", "in", "zum", "zur", "&", "-", ".", "'"}


def _is_name_region(d: _Doc, qa: int, qb: int) -> bool:
    """A quoted media name, not a quotation: sagte der „Berliner Zeitung“, laut „Spiegel Online“, dem Magazin „Focus“."""
    if d.lang != "de" or qb - qa - 2 < 1 or qb - qa - 2 > 5 or qa == 0:
        return False
    inner = d.words[qa + 1:qb - 1]
    if not P.is_cap(inner[0]) or any(w in END_PUNCT or w == "," for w in inner):
        return False
    prev = d.words[qa - 1].lower()
    if prev.endswith(MEDIA_NOUNS):
        return True
    if any(w.lower() not in _NAME_WORDS and not P.is_cap(w) and not w[:1].isdigit() for w in inner):
        return False
    if prev in {"laut", "gegenüber"}:
        return True
    if prev in {"der", "dem", "des"} and qa >= 2:
        before = d.words[qa - 2].lower()
        if before in {"gegenüber", "mit", "laut", "in", "von", "bei", "nach", "zufolge"} or _verb_cue(
                d, qa - 2, (d.sents[d.sent_of[qa]][0], qa), d.sents[d.sent_of[qa]][0]) is not None:
            return True
    # a short title-case name after a noun or an article: die Mondfähre „Eagle“, des „Spiegel“, das „Aktionsbündnis X“,
    # but not a characterisation: "nannte den Plan „Unsinn“"
    sent_start = d.sents[d.sent_of[qa]][0]
    for k in range(max(sent_start, qa - 7), qa - 1):
        c = _verb_cue(d, k, (sent_start, qa), sent_start)
        if c is not None and c.lemma in {"nennen", "bezeichnen", "werten", "einstufen", "beschimpfen"}:
            return False
    return qb - qa - 2 <= 4 and prev not in _QUOTE_INTRODUCERS and (
        P.is_cap(d.words[qa - 1]) and d.words[qa - 1] not in QUOTE_MARKS or prev in P.DETS | {"vom", "im", "beim", "zum", "zur"})


_QUOTE_INTRODUCERS = {":", "als", "wie", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen"}


def _direct_quotes(d: _Doc, found: list[Found], used_regions: set[int]) -> None:
    for r, (qa, qb) in enumerate(d.regions):
        if _is_name_region(d, qa, qb):
            continue
        inner = qb - qa - 2
        has_end = any(d.words[k] in END_PUNCT or d.words[k] == "," for k in range(qa + 1, qb - 1))
        s1, s2 = d.sent_of[qa], d.sent_of[qb - 1]
        a1, _ = d.sents[s1]
        _, b2 = d.sents[s2]
        cue = clause = frame = None
        # after the quote: „...“, sagte er (beim Kurznachrichtendienst X).
        post = qb
        if post < b2 and d.words[post] in {",", ":"}:
            post += 1
        if post < b2 and (has_end or inner >= 4):  # not titles: „La Gazetta dello Sport“ zitiert
            cl = (post, _content_end(d, post, b2))
            for c in _clauses(d, post, b2):
                cl = (post, c[1]) if c[0] == post else cl
                break
            k = cl[0]
            if d.words[k].lower() == "so" and d.lang == "de":
                e = P.np_end(d.words, k + 1, cl[1])
                if e > k + 1:
                    cue = Cue([k], "so", "Speech", "verb")
                    clause, speaker0 = cl, (k + 1, e)
                    frame = [(qb, _content_end(d, qb, b2))]
                    found.append(Found("Direct", "Speech", [(qa, qb)], [k], frame, speaker0, None, s1))
                    used_regions.add(r)
                    continue
            for k in range(cl[0], min(cl[1], cl[0] + 3)):
                cue = _verb_cue(d, k, (cl[0], _content_end(d, cl[0], b2)), d.sents[d.sent_of[k]][0])
                if cue:
                    clause = (cl[0], _content_end(d, cl[0], b2))
                    frame = [(qb, clause[1])]
                    break
        if cue is None and qa > a1:
            # before the quote: X sagte: „...“ / X nannte den Bericht eine „Zeitungsente“
            cls = _clauses(d, a1, qa)
            cl = cls[-1] if cls and cls[-1][1] > cls[-1][0] else (cls[-2] if len(cls) > 1 else (a1, qa))
            for k in range(cl[0], cl[1]):
                cue = _verb_cue(d, k, cl, a1) or _noun_cue(d, k)
                if cue and (cue.kind == "verb" or d.words[qa - 1] == ":"):
                    clause = cl
                    frame = [(a1, qa)]
                    after = _content_end(d, qb, b2)
                    if after > qb and inner < 6:
                        frame.append((qb, after))
                    break
                cue = None
            if cue is None and d.lang == "de" and d.words[qa - 1] == ":" and len(cls) > 1:
                # "So sagte X, Kommissar der EU: „...“": the cue stands in an earlier clause
                for cl in reversed([c for c in cls if c[1] > c[0] and c[1] < cl[0]]):
                    cue = next((c for c in (_verb_cue(d, k, cl, a1) for k in range(cl[0], cl[1])) if c), None)
                    if cue:
                        clause, frame = cl, [(a1, qa)]
                        break
        if cue is None and qa == a1 and s1 > 0 and d.words[d.sents[s1 - 1][1] - 1] == ":":
            pa, pb = d.sents[s1 - 1]
            for k in range(pa, pb):
                cue = _verb_cue(d, k, (pa, pb - 1), pa) or _noun_cue(d, k)
                if cue:
                    clause, frame = (pa, pb - 1), [(pa, pb)]
                    break
        if cue is None:
            if inner >= 6 and has_end and qa == a1:
                # a free-standing quotation: continue the last speaker if close by
                prev = [f for f in found if f.nested_in is None and f.speaker and s1 - f.sent <= 2 and f.sent <= s1]
                if prev:
                    f0 = prev[-1]
                    found.append(Found("Direct", f0.medium, [(qa, qb)], [], [], f0.speaker, None, s1, confidence=0.5))
                    used_regions.add(r)
                elif d.lang == "de" and s1 > 0:
                    found.append(Found("Direct", "Speech", [(qa, qb)], [], [], _sentence_subject(d, s1 - 1), None, s1,
                                       confidence=0.4))
                    used_regions.add(r)
            elif d.lang == "de" and qa - a1 >= 2 and d.words[qa - 1] == ":" and inner >= 3:
                # "Ein Sprecher der Polizei: „...“", "Der Trainer zeigte sich zufrieden: „...“"
                comma = next((j for j in range(a1, qa - 1) if d.words[j] == ","), qa - 1)
                np_colon = _np_like(d, a1, comma) and (comma == qa - 1 or _np_like(d, comma + 1, qa - 1))
                sp = (a1, qa - 1) if np_colon and P.may_start_subject(d.words, a1, qa) else _sentence_subject(d, s1)
                if sp is not None and sp[1] >= qa:
                    sp = None
                if sp is None:  # "Dabei griff sie den Präsidenten an: „...“": the subject after the verb
                    v = next((k for k in range(a1 + 1, qa - 1) if d.words[k][:1].islower() and d.words[k].isalpha()), None)
                    if v is not None:
                        k0 = P.skip_adverbs(d.words, v + 1, qa - 1)
                        e0 = P.np_end(d.words, k0, qa - 1)
                        if e0 > k0 and d.words[k0].lower() not in OBJECT_DETS | {"die", "das"}:
                            sp = (k0, e0)
                found.append(Found("Direct", "Speech", [(qa, qb)], [], [(a1, qa)], sp, None, s1, confidence=0.5))
                used_regions.add(r)
            continue
        if inner < 2 and cue.kind != "verb":
            continue
        f = _make(d, "Direct", cue, [(qa, qb)], frame, clause, s1)
        found.append(f)
        used_regions.add(r)


def _indirect(d: _Doc, found: list[Found], used_regions: set[int]) -> None:
    claimed = _claimed_sentences(d, found)
    for s, (a, b) in enumerate(d.sents):
        if s in claimed:
            continue
        end = _content_end(d, a, b)
        if end - a < 4:
            continue
        cls = _clauses(d, a, end)
        f = _indirect_in_sentence(d, s, a, b, end, cls) or _anaphoric(d, s, claimed)
        if f:
            found.append(f)
            claimed.update(d.sent_of[q[0]] for q in f.quote)
            second = _coordinated_statement(d, f, s, b, end) if d.lang == "de" else None
            if second:
                found.append(second)


def _coordinated_statement(d: _Doc, f: Found, s: int, b: int, end: int) -> Found | None:
    """A second statement coordinated with the first: "X erklärte, A sei B, und kündigte an, C zu tun"."""
    if f.type != "Indirect" or len(f.quote) != 1 or not f.cue:
        return None
    qs, qe = f.quote[0]
    if qe != end:
        return None
    words = d.words
    for k in range(qs + 2, qe - 3):
        if words[k].lower() not in {"und", "sowie"} or d.region_of[k] >= 0 or words[k + 1][:1].isupper():
            continue
        sub_end = next((j for j in range(k + 1, end) if words[j] in {",", ":"} and d.region_of[j] < 0), end)
        cue = _verb_cue(d, k + 1, (k + 1, sub_end), d.sents[s][0])
        if cue is None or cue.kind != "verb" or is_participle(words[k + 1], cue.lemma):
            continue
        g = _indirect_in_sentence(d, s, k + 1, b, end, _clauses(d, k + 1, end))
        if g is None or not g.cue or g.quote[0][0] <= k + 1:
            continue
        f.quote = [(qs, k - 1 if words[k - 1] == "," else k)]
        if g.frame and g.frame[0][0] == k + 1:
            g.frame[0] = (k, g.frame[0][1])  # "und kündigte an,"
        if g.speaker is None or g.speaker[0] <= k:
            g.speaker = f.speaker
        return g
    return None


def _anaphoric(d: _Doc, s: int, claimed: set[int]) -> Found | None:
    """"Dies bestätigte der Vatikan." reports the previous sentence (content plus the pronoun)."""
    a, b = d.sents[s]
    if d.lang != "de" or s == 0 or s - 1 in claimed or d.words[a].lower() not in {"dies", "das", "dieses"}:
        return None
    end = _content_end(d, a, b)
    cue = _verb_cue(d, a + 1, (a, end), a) if a + 1 < end else None
    if cue is None:
        return None
    pa, pb = d.sents[s - 1]
    pend = _content_end(d, pa, pb)
    if pend - pa < 4 or any(d.region_of[i] >= 0 for i in range(pa, pend)):
        return None
    f = _make(d, "Indirect", cue, [(pa, pend), (a, a + 1)], [(a + 1, end)], (a, end), s)
    return f if f.speaker else None


def _demnach(d: _Doc, found: list[Found]) -> None:
    """"Demnach ..." reports what the source of the previous sentence says (a report, a statement, a speaker)."""
    claimed = _claimed_sentences(d, found)
    for s, (a, b) in enumerate(d.sents):
        if s == 0 or s in claimed or d.words[a].lower() != "demnach":
            continue
        end = _content_end(d, a, b)
        if end - a < 4:
            continue
        prev = [f for f in found if f.nested_in is None and f.speaker and f.sent == s - 1]
        speaker = prev[-1].speaker if prev else _sentence_subject(d, s - 1)
        found.append(Found("Indirect", "SW", [(a + 1, end)], [a], [(a, a + 1)], speaker, None, s, confidence=0.5))


def _claimed_sentences(d: _Doc, found: list[Found]) -> set[int]:
    out = {f.sent for f in found}
    for f in found:
        for a, b in f.quote:
            out.update(range(d.sent_of[a], d.sent_of[b - 1] + 1))
    return out


def _indirect_in_sentence(d: _Doc, s: int, a: int, b: int, end: int, cls) -> Found | None:
    words = d.words
    for ci, cl in enumerate(cls):
        for k in range(cl[0], cl[1]):
            low = words[k].lower()
            # prepositional cues
            pf = _prep_cue(d, k, cl, a, end, s)
            if pf:
                return pf
            cue = _verb_cue(d, k, cl, a) or _noun_cue(d, k)
            if cue is None:
                continue
            if cue.kind == "noun" and d.lang == "de" and any(
                    words[j].lower() in {"in", "im", "auf"} for j in range(max(cl[0], k - 2), k)):
                continue  # "In der Erklärung heißt es, ...": the noun names the document, the verb is the cue
            # A: content after the cue clause
            if ci + 1 < len(cls) and cl[1] < end and words[cl[1]] in {",", ":"}:
                nxt = cls[ci + 1]
                first = words[nxt[0]].lower() if nxt[1] > nxt[0] else ""
                content = [w for w in words[nxt[0]:end]]
                ok = first in P.SUBORD - {"was", "wer", "welche", "welcher", "welches"} if d.lang == "de" else first == "that"
                if not ok and d.lang == "de":
                    ok = has_konjunktiv(words[nxt[0]:nxt[1] + 1][:14]) and first not in {"wenn", "weil", "als", "um", "obwohl", "damit", "während", "nachdem", "bevor"} \
                        and not (first in {"die", "der", "das", "dem", "den", "denen", "deren", "dessen"} and nxt[1] > nxt[0] + 1 and not P.is_cap(words[nxt[0] + 1]))
                    if not ok and P.ends_with_zu_infinitive(words, nxt[0], nxt[1]):
                        ok = True
                if not ok and d.lang == "en" and cue.kind == "verb" and first not in {"and", "but", "which", "who"}:
                    ok = len(content) >= 4 and cue.lemma in {"say", "tell", "claim", "warn", "insist", "add", "argue", "announce", "state", "believe", "think"}
                if ok:
                    qs = nxt[0] + (1 if d.lang == "en" and first == "that" else 0)
                    qe = _content_stop(d, qs, end, cl) if d.lang == "de" else end
                    return _make(d, "Indirect", cue, [(qs, qe)], [(a, cl[1] + 1)], cl, s)
            # A (English): "X said (that) the plan ..." without a comma
            if d.lang == "en" and cue.kind == "verb" and ci == len(cls) - 1 or d.lang == "en" and cue.kind == "verb" and k + 3 < cl[1]:
                if d.lang == "en" and k < cl[1] - 3 and cue.lemma in {"say", "tell", "claim", "warn", "insist", "add", "argue", "announce", "believe", "think", "admit", "deny", "report", "state"}:
                    f0 = _make(d, "Indirect", cue, [], [], cl, s)
                    q0 = max([k + 1] + ([f0.speaker[1]] if f0.speaker and f0.speaker[0] > k else []) + ([f0.addressee[1]] if f0.addressee else []))
                    if q0 < end and words[q0].lower() == "that":
                        q0 += 1
                    if end - q0 >= 3:
                        f0.quote = [(q0, end)]
                        f0.frame = [(a, q0)]
                        return f0
            # B: content before the cue clause (", sagte er." / ", wie X mitteilte." / ", so X.")
            if ci > 0 and cue.kind == "verb" and (k == cl[0] or low in {"wie", "as"} or words[cl[0]].lower() in {"wie", "as"}):
                content = (a, cls[ci - 1][1])
                first_clause_konj = d.lang == "en" or words[cl[0]].lower() == "wie" or has_konjunktiv(words[content[0]:content[1]]) \
                    or cue.lemma in {"sagen", "erklären", "betonen", "mitteilen", "schreiben", "ergänzen", "hinzufügen", "meinen"}
                if first_clause_konj and content[1] - content[0] >= 3:
                    wie = [cl[0]] if words[cl[0]].lower() == "wie" else []
                    f = _make(d, "Indirect", cue, [content], [(cls[ci - 1][1], end)], cl, s)
                    f.cue = sorted(set(wie + f.cue))
                    return f
            # C: "Wie X mitteilte, ..." at the start
            if ci == 0 and words[cl[0]].lower() in {"wie", "as"} and len(cls) > 1 and cue.kind == "verb":
                qs = cl[1] + 1
                if end - qs >= 3:
                    f = _make(d, "Indirect", cue, [(qs, end)], [(a, cl[1] + 1)], cl, s)
                    f.cue = sorted(set([cl[0]] + f.cue))
                    return f
        # B': ", so X." at the end
        if ci > 0 and d.lang == "de" and cl[1] > cl[0] and words[cl[0]].lower() == "so" and cl[1] == end:
            e = P.np_end(words, cl[0] + 1, cl[1])
            if e > cl[0] + 1 and e >= cl[1] - 3:
                content = (a, cls[ci - 1][1])
                return Found("Indirect", "Speech", [content], [cl[0]], [(cls[ci - 1][1], end)], (cl[0] + 1, e), None, s)
        # B'': ", so X, ..." inside the sentence
        if ci > 0 and d.lang == "de" and cl[1] > cl[0] + 1 and words[cl[0]].lower() == "so" and cl[1] < end \
                and words[cl[1]] in {",", "–", "—"} and cls[ci - 1][1] - a >= 1:
            e = P.np_end(words, cl[0] + 1, cl[1])
            if e > cl[0] + 1 and (e == cl[1] or e == cl[1] - 1 and words[e].lower() in P.SKIPPABLE) and end - cl[1] >= 4:
                quote = [(a, cls[ci - 1][1]), (cl[1] + 1, end)]
                return Found("Indirect", "Speech", quote, [cl[0]], [(cls[ci - 1][1], cl[1] + 1)], (cl[0] + 1, e), None, s)
    return None


_SENTENTIAL_RELATIVE = {"was", "wobei", "womit", "woraufhin", "weshalb", "wodurch", "worauf"}
_MAIN_AUX = {"wurde", "wurden", "wird", "werden", "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren"}


def _content_stop(d: _Doc, qs: int, end: int, cue_clause: tuple[int, int]) -> int:
    """Where reported content after a cue ends: before a sentential relative (", was bisher nicht bestätigt
    wurde"), before the main clause that follows a subordinate cue clause ("Nachdem bekannt wurde, dass A,
    stieg B"), or before an indicative main clause after Konjunktiv content (", nun wurde ...")."""
    words = d.words
    subordinate_cue = words[cue_clause[0]].lower() in {"nachdem", "als", "weil", "da", "obwohl", "wenn", "sobald", "bevor"}
    cls = [c for c in _clauses(d, qs, end) if c[1] > c[0]]
    konj = has_konjunktiv(words[cls[0][0]:cls[0][1]]) if cls else False
    for c0, c1 in cls[1:]:
        first = words[c0].lower()
        if words[c0 - 1] != "," or d.region_of[c0] >= 0:
            continue
        ws = words[c0:c1]
        if first in _SENTENTIAL_RELATIVE and not has_konjunktiv(ws):
            return c0 - 1  # ", was bisher nicht bestätigt wurde"; ", was er tun werde" is still reported
        if has_konjunktiv(ws) or first in P.SUBORD or first in {"und", "oder", "aber", "sondern", "denn"}:
            konj = konj or has_konjunktiv(ws)
            continue
        verb_first = first.isalpha() and not P.is_cap(words[c0]) and first not in P.DETS | P.PRONOUNS \
            and (first in _MAIN_AUX or _verb_like(words[c0]))
        adv_aux = len(ws) > 1 and first in P.SKIPPABLE | {"nun", "mehrmals", "jetzt", "dann"} and ws[1].lower() in _MAIN_AUX
        if subordinate_cue and verb_first or konj and adv_aux:
            return c0 - 1
    return end


def _prep_cue(d: _Doc, k: int, cl, a: int, end: int, s: int) -> Found | None:
    """'laut X', 'nach Angaben X', 'X zufolge', 'according to X': the rest of the sentence is the content."""
    words = d.words
    low = words[k].lower()
    fr = sp = None
    if low in {"laut", "gemäß"} and d.lang == "de":
        e = P.np_end(words, k + 1, cl[1])
        if e == k + 1 and k + 1 < cl[1]:
            nxt = words[k + 1]
            if d.region_of[k + 1] >= 0 and d.regions[d.region_of[k + 1]][0] == k + 1:
                e = min(d.regions[d.region_of[k + 1]][1], cl[1])  # laut „Spiegel Online“
            elif "." in nxt[1:-1] and nxt.replace(".", "").replace("-", "").isalnum():
                e = k + 2  # laut tagesschau.de
        if e > k + 1:
            fr, sp = (k, e), (k + 1, e)
    elif low == "unter" and d.lang == "de" and k + 3 < cl[1] and words[k + 1].lower() == "berufung" \
            and words[k + 2].lower() == "auf":
        e = _name_np_end(d, k + 3, cl[1])
        if e > k + 3:
            fr, sp = (k, e), (k + 3, e)
    elif low == "aus" and d.lang == "de" and k + 1 < cl[1]:
        e = P.np_end(words, k + 1, cl[1])
        head = words[k + 1].lower() if e > k + 1 else ""
        if head == "sicht" or words[e - 1].lower().endswith("kreisen") and e > k + 1:
            fr, sp = (k, e), (k + 1, e)
    elif low == "wonach" and d.lang == "de" and k > a + 1 and words[k - 1] == "," and cl[0] == k:
        s0 = _source_start(d, k - 1, a)
        if s0 < k - 1:
            quote = [(k + 1, end)] if end - k - 1 >= 3 else []
            if quote:
                medium = source_medium([w.lower() for w in words[s0:k - 1]])
                return Found("Indirect", medium, quote, [k], [(a, k + 1)], (s0, k - 1), None, s, confidence=0.5)
    elif low == "nach" and d.lang == "de" and k + 1 < cl[1]:
        e = P.np_end(words, k + 1, cl[1])
        head = [w.lower() for w in words[k + 1:e]]
        if e > k + 1 and any(h in SOURCE_NOUNS or h.endswith(SOURCE_SUFFIXES) for h in head):
            fr, sp = (k, e), (k + 1, e)
        elif k > cl[0] and words[k - 1].lower() in SOURCE_NOUNS | {"meinung", "ansicht", "auffassung"}:
            s0 = k - 1
            while s0 > cl[0] and (words[s0 - 1].lower() in P.DETS or P.is_adj_like(words[s0 - 1])):
                s0 -= 1
            fr, sp = (s0, k + 1), (s0, k)
    elif low == "zufolge" and d.lang == "de" and k > cl[0]:
        s0 = _source_start(d, k, cl[0])
        # "Einem Bericht der Zeitung zufolge": the noun phrase before "zufolge"
        if s0 < k and k - s0 <= 12:
            fr, sp = (s0, k + 1), (s0, k)
    elif low == "according" and k + 2 < cl[1] and words[k + 1].lower() == "to":
        e = P.en_np_end(words, k + 2, cl[1])
        if e > k + 2:
            fr, sp = (k, e), (k + 2, e)
    if fr is None:
        return None
    if sp[1] < cl[1] and d.lang == "de":  # "nach einem Bericht der „FAZ“": the quoted name belongs to the source
        e = _quoted_name_end(d, sp[1])
        if e > sp[1] and low != "zufolge":
            fr, sp = (fr[0], e), (sp[0], e)
    if d.lang == "de" and low != "zufolge" and sp[1] == fr[1]:
        e = _source_extend(d, sp[1], end)
        if e > sp[1] and end - e >= 3:
            fr, sp = (fr[0], e), (sp[0], e)
    quote = []
    lo, hi = fr
    if lo > a:
        j = lo
        while j > a and words[j - 1] in {","}:
            j -= 1
        if j - a >= 3:
            quote.append((a, j))
    j = hi
    while j < end and words[j] in {","}:
        j += 1
    if end - j >= 3:
        quote.append((j, end))
    if not quote:
        return None
    medium = source_medium([w.lower() for w in words[sp[0]:sp[1]]]) if d.lang == "de" else "SW"
    cue = [k, k + 1, k + 2] if low == "unter" else [k]
    addressee = None
    g = next((j for j in range(sp[0], sp[1]) if words[j].lower() == "gegenüber"), None)
    if g is not None and g > sp[0]:  # "nach Angaben der Sprecherin gegenüber dem Sender"
        sp, addressee = (sp[0], g), ((g + 1, fr[1]) if fr[1] > g + 1 else None)
    return Found("Indirect", medium, quote, cue, [fr], sp, addressee, s, confidence=0.6)


TIME_NOUNS = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar",
              "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
              "woche", "wochen", "monat", "monaten", "jahr", "jahren", "tag", "tagen", "abend", "morgen", "nacht",
              "wochenende", "vormittag", "nachmittag", "mittag", "zeit", "anfang", "ende", "mitte", "sommer", "winter",
              "frühjahr", "herbst", "vorjahr", "jahresbeginn", "uhr", "vergangenheit", "zukunft"}
_SOURCE_PP = {"in", "im", "aus", "vom", "von", "beim", "bei", "für", "zur", "zum", "an", "auf", "über", "der", "des"}


def _source_extend(d: _Doc, e: int, end: int) -> int:
    """Extend a source phrase over attributes: "(SWR)", "in Flensburg", "„Der Spiegel“", ", dem Direktor der Behörde,"."""
    words = d.words
    j = e
    for _ in range(4):
        if j >= end:
            break
        low = words[j].lower()
        if words[j] == "(":
            close = next((x for x in range(j + 1, min(end, j + 8)) if words[x] == ")"), None)
            if close is None:
                break
            j = close + 1
        elif d.region_of[j] >= 0 and d.regions[d.region_of[j]][0] == j and d.regions[d.region_of[j]][1] - j <= 7:
            j = d.regions[d.region_of[j]][1]
        elif (low in _SOURCE_PP or low in {"gegenüber", "und"}) and d.region_of[j] < 0:
            k = _name_np_end(d, j + 1, end) if low in {"gegenüber", "und"} else P.np_end(words, j + 1, end)
            if k <= j + 1 or any(w.lower() in TIME_NOUNS for w in words[j + 1:k]) or words[j + 1][:1].isdigit():
                break
            if low == "und" and not P.is_cap(words[j + 1]):
                break
            j = k
        elif words[j] == "," and j + 1 < end and (words[j + 1].lower() in {"dem", "der", "des", "einem", "einer"}
                                                  or P.is_cap(words[j + 1]) and words[j + 1] not in P.STOP_CAPS):
            k = P.np_end(words, j + 1, end)
            if k > j + 1 and k < end and words[k] == "," and k - j <= 12 and _np_like(d, j + 1, k):
                j = k  # the apposition, without its closing comma
            else:
                break
        else:
            break
    return j


def _verb_like(word: str) -> bool:
    """A lower-case word that is a verb form rather than an adjective ("dürfte", "gewinnen", not "ersten")."""
    low = word.lower()
    if konjunktiv_kind(word) is not None:
        return True
    lem = lemma(word, "de")
    return lem.endswith(("en", "ern", "eln")) and (lem != low or low.endswith("en"))


def _source_start(d: _Doc, k: int, lo: int) -> int:
    """Start of the noun phrase that ends before ``k`` ("Einem Bericht der Zeitung" zufolge)."""
    words = d.words
    s0 = k
    while s0 > lo:
        j = s0 - 1
        w = words[j]
        low = w.lower()
        if d.region_of[j] >= 0:
            r0 = d.regions[d.region_of[j]][0]
            if r0 < lo or k - r0 > 8:
                break
            s0 = r0
        elif low in P.DETS:
            s0 = j
            if not (low in {"des", "der"} and j > lo and P.is_cap(words[j - 1])):
                break  # "der" after a noun links a genitive: go on to its head
        elif P.is_cap(w) or w[:1].isdigit() or w in {"(", ")", "-"}:
            s0 = j
        elif P.is_adj_like(w) and not _verb_like(w):
            s0 = j
        else:
            break
    return s0


def _quoted_name_end(d: _Doc, e: int) -> int:
    """End of a short quoted name right after a genitive article: der „Frankfurter Allgemeinen“."""
    k = e + 1 if e + 1 < d.n and d.words[e].lower() in {"der", "des", "von"} else e
    if k < d.n and d.words[k - 1].lower() in {"der", "des", "dem", "von"} and d.region_of[k] >= 0:
        qa, qb = d.regions[d.region_of[k]]
        if qa == k and qb - qa <= 7:
            return qb
    return e


def _free_indirect(d: _Doc, found: list[Found], headings: set[int]) -> None:
    """Konjunktiv sentences with no cue after a statement continue its speaker."""
    if d.lang != "de":
        return
    by_sent = {f.sent: f for f in found if f.nested_in is None}
    claimed = set(by_sent)
    for f in list(found):
        if f.nested_in is not None or f.type not in ("Indirect", "Direct", "Reported") or not f.speaker:
            continue
        last_sent = max(d.sent_of[q[1] - 1] for q in f.quote) if f.quote else f.sent
        s = last_sent + 1
        run: list[int] = []
        typ = None
        while s < len(d.sents) and s not in claimed and s not in headings:
            a, b = d.sents[s]
            ws = d.words[a:b]
            outside = [d.words[i] for i in range(a, b) if d.region_of[i] < 0]
            if len(outside) < 3 or not has_konjunktiv(outside, reportative=True) or any(w.lower() in {"wenn", "falls"} for w in ws[:2]):
                break
            # Konjunktiv marks the run as indirect, after direct quotes too (corpus labels); hearsay "soll" alone
            # makes it free indirect speech
            t = "IndirectFreeIndirect" if has_konjunktiv(outside) else "FreeIndirect"
            if typ is not None and t != typ:
                break
            typ = t
            run.append(s)
            s += 1
        if run:
            a, b = d.sents[run[0]][0], d.sents[run[-1]][1]
            found.append(Found(typ, f.medium, [(a, b)], [], [], f.speaker, None, run[0], confidence=0.5))
            claimed.update(run)


def _free_standing(d: _Doc, found: list[Found], headings: set[int]) -> None:
    """A Konjunktiv I sentence without a cue and no statement before it: FreeIndirect.

    The speaker is the last one named within two sentences, else the subject of the previous sentence
    ("Der Minister äußerte sich am Montag. Man werde ...").
    """
    claimed = _claimed_sentences(d, found)
    for s, (a, b) in enumerate(d.sents):
        if s in claimed or s in headings or s == 0 or b - a < 5:
            continue
        ws = d.words[a:b]
        outside = [d.words[i] for i in range(a, b) if d.region_of[i] < 0]
        if not has_konjunktiv(outside, strong_only=True) or any(w.lower() in P.CONDITIONAL for w in ws[:3]):
            continue
        if ws[-1] == "?" or len(outside) < 4:
            continue
        prev = sorted((f for f in found if f.speaker and f.nested_in is None and 0 < s - f.sent <= 2), key=lambda f: f.sent)
        speaker = prev[-1].speaker if prev else _sentence_subject(d, s - 1)
        if not prev and not _agent_like(d, speaker):
            speaker = None  # "Die Chemikalie stand unter Druck. ... sei": not a speaker
        medium = prev[-1].medium if prev else "Speech"
        found.append(Found("IndirectFreeIndirect", medium, [(a, b)], [], [], speaker, None, s, confidence=0.4))
        claimed.add(s)


def _hearsay(d: _Doc, found: list[Found], headings: set[int]) -> None:
    """A sentence with reportative "soll/sollen" and no cue: FreeIndirect hearsay
    ("Der Täter soll das Gebäude gestürmt haben."); the source of hearsay is mostly unnamed: no speaker."""
    claimed = _claimed_sentences(d, found)
    for s, (a, b) in enumerate(d.sents):
        if s in claimed or s in headings or s == 0 or b - a < 5:
            continue
        ws = d.words[a:b]
        if d.words[b - 1] == "?" or any(w.lower() in P.CONDITIONAL for w in ws[:3]):
            continue
        if not any(d.words[i].lower() in {"soll", "sollen"} and d.region_of[i] < 0 for i in range(a, b)):
            continue
        end = _content_end(d, a, b)
        if d.words[end - 1].lower() not in {"haben", "sein"}:
            continue  # "soll ... geplant haben" is hearsay, "soll ... gebaut werden" a plan
        found.append(Found("FreeIndirect", "SW", [(a, b)], [], [], None, None, s, confidence=0.3))
        claimed.add(s)


# Nouns of people and bodies that speak: a noun phrase with one of these can be a speaker.
AGENT_NOUNS = (
    "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "chef",
    "chefin", "polizei", "regierung", "behörde", "behörden", "ministerium", "gericht", "experte", "experten",
    "expertin", "agentur", "zeitung", "bericht", "studie", "partei", "verband", "kommission", "staatsanwalt",
    "staatsanwaltschaft", "anwalt", "anwältin", "richter", "bürgermeister", "vorsitzende", "vorsitzender", "direktor",
    "leiter", "leiterin", "sekretär", "abgeordnete", "abgeordneter", "politiker", "politikerin", "forscher",
    "wissenschaftler", "arzt", "ärzte", "unternehmen", "konzern", "firma", "amt", "rat", "gewerkschaft",
    "organisation", "institut", "kritiker", "beobachter", "zeugen", "augenzeugen", "bewohner", "anwohner",
    "opposition", "fraktion", "senat", "parlament", "sender", "magazin", "portal", "feuerwehr", "armee", "militär",
    "streitkräfte", "rebellen", "aktivisten", "demonstranten", "veranstalter", "betreiber", "hersteller", "verein",
    "trainer", "verteidiger", "ermittler", "analysten", "mitarbeiter", "vertreter", "gutachter", "kläger",
)


def _agent_like(d: _Doc, sp: tuple[int, int] | None) -> bool:
    """Whether a noun phrase can be a speaker: a named person or body, a pronoun, or an agent noun."""
    if sp is None or sp[1] <= sp[0]:
        return False
    words = [w.lower() for w in d.words[sp[0]:sp[1]]]
    if len(words) == 1 and words[0] in P.SPEAKER_PRONOUNS:
        return True
    if any(w.endswith(AGENT_NOUNS) for w in words):
        return True
    a, b = d.starts[sp[0]], d.ends[sp[1] - 1]
    return any(s < b and a < e for s, e in d.agent_chars)


def _sentence_subject(d: _Doc, s: int) -> tuple[int, int] | None:
    """A person-like subject NP at the start of sentence ``s`` (a name, an office, a group),
    with an apposition ("Der Leiter der Studie, Paul Weber, sieht ...")."""
    a, b = d.sents[s]
    e = P.np_end(d.words, a, b)
    if e == a or not P.may_start_subject(d.words, a, b) or e - a > 10:
        return None
    if d.lang == "de" and e < b and d.words[e] == ",":
        e2 = _apposition_end(d, e, _content_end(d, a, b))
        if e2 > e and e2 < b and d.words[e2] == ",":
            return (a, e2)
    return (a, e)


_NOT_MAIN_CLAUSE = P.SUBORD | {"während", "weil", "da", "nachdem", "als", "wenn", "obwohl", "um", "bevor", "damit",
                                "der", "die", "das", "dem", "den", "denen", "deren", "dessen", "wobei", "wodurch"}


def _reported(d: _Doc, found: list[Found], headings: set[int]) -> None:
    """Sentences whose main verb is a reporting verb: the whole sentence is a Reported statement.

    The verb may follow an apposition ("Die Partei, die X, bezeichnete ...") or close the clause as a
    participle ("hat ... aufgefordert"); in the passive the agent is the speaker ("wurde von X kritisiert").
    """
    claimed = {d.sent_of[q[0]] for f in found for q in f.quote} | {f.sent for f in found}
    for s, (a, b) in enumerate(d.sents):
        if s in claimed or s in headings or b - a < 5:
            continue
        end = _content_end(d, a, b)
        cls = [c for c in _clauses(d, a, end) if c[1] > c[0]]
        for ci, cl in enumerate(cls[:4]):
            if ci > 0 and d.words[cl[0]].lower() in _NOT_MAIN_CLAUSE:
                continue
            cue = None
            for k in range(cl[0], min(cl[1], cl[0] + 8)):
                cue = _verb_cue(d, k, cl, a)
                if cue and cue.lemma in REPORTED:
                    break
                cue = None
            if cue is None:
                continue
            k = cue.tokens[-1] if len(cue.tokens) > 1 and d.words[cue.tokens[0]].lower() in AUX else cue.tokens[0]
            if cue.lemma == "sprechen" and not any(w.lower() in {"von", "vom"} for w in d.words[a:b]):
                break
            sp = _speaker_for(d, cue, cl) if ci == 0 else _speaker_before(d, cl)
            passive = any(d.words[i].lower() in {"wurde", "wurden", "wird", "werden", "worden"} for i in range(cl[0], cl[1]))
            if passive:
                sp = _passive_agent(d, cl)
            if sp is None or sp[0] == sp[1]:
                break
            addressee = None  # "Stoiber warf der SPD ... vor": only verbs whose object is the addressee
            if ci == 0 and (cue.lemma in ACCUSATIVE_ADDRESSEE_CUES or cue.lemma in DATIVE_ADDRESSEE_CUES):
                addressee = _addressee_for(d, cue, cl, sp, reported=True)
            found.append(Found("Reported", cue.medium, [(a, b)], [], [], sp, addressee, s, confidence=0.4))
            break


def _passive_agent(d: _Doc, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The agent of a passive clause: "von der Opposition", "vom Gericht" (without the preposition)."""
    words = d.words
    for k in range(clause[0], clause[1] - 1):
        low = words[k].lower()
        if low in {"von", "vom", "seitens"} and d.region_of[k] < 0:
            s = k + 1
            e = P.np_end(words, s, clause[1])
            if low == "vom" and e == s and P.is_cap(words[s]):
                e = P.np_end(["dem"] + words[s:clause[1]], 0, clause[1] - s + 1) - 1 + s
            if e > s:
                return (s, e)
    return None


def _nested(d: _Doc, found: list[Found], used_regions: set[int]) -> None:
    for idx, f in enumerate(list(found)):
        if f.type == "Direct" or f.nested_in is not None:
            continue
        for r, (qa, qb) in enumerate(d.regions):
            if r in used_regions or _is_name_region(d, qa, qb):
                continue
            if any(a <= qa and qb <= b for a, b in f.quote):
                found.append(Found("Direct", f.medium, [(qa, qb)], list(f.cue), list(f.frame), f.speaker, f.addressee,
                                   f.sent, nested_in=idx, confidence=0.6))
                used_regions.add(r)


def _heading_sents(d: _Doc, headings: list[Span]) -> set[int]:
    starts = {h.start for h in headings}
    return {s for s, (a, b) in enumerate(d.sents) if d.starts[a] in starts and d.words[b - 1] not in END_PUNCT}


def _found_en(typ, medium, quote, cue, frame, speaker, addressee, sent, confidence) -> Found:
    return Found(typ, medium, quote, cue, frame, speaker, addressee, sent, confidence=confidence)


def find_found(state) -> tuple[_Doc, list[Found]]:
    d = _Doc(state)
    found: list[Found] = []
    used: set[int] = set()
    heads = _heading_sents(d, state.analysis.headings)
    if d.lang == "en":
        found.extend(find_en(d, _found_en))
        _nested(d, found, used)
        return d, found
    _direct_quotes(d, found, used)
    _indirect(d, found, used)
    _demnach(d, found)
    _free_indirect(d, found, heads)
    _reported(d, found, heads)
    _free_indirect(d, found, heads)  # runs after Reported statements
    _free_standing(d, found, heads)
    _hearsay(d, found, heads)
    _nested(d, found, used)
    return d, found


def find_statements(state) -> list[Statement]:
    """Statements of one document, in text order, ids ``{doc_id}:s{n}``."""
    d, found = find_found(state)
    order = sorted(range(len(found)), key=lambda i: (found[i].quote[0][0] if found[i].quote else 0, found[i].nested_in is not None))
    ids = {i: f"{state.document.id}:s{n}" for n, i in enumerate(order)}
    entities = list(getattr(state.analysis, "entities", None) or [])
    out = []
    for i in order:
        f = found[i]
        frame = d.spans(f.frame)
        cue = [d.span(k, k + 1) for k in sorted(set(f.cue))]
        speaker = [d.span(*f.speaker)] if f.speaker and f.speaker[1] > f.speaker[0] else []
        frame_text = " ".join(s.text for s in frame)
        medium = medium_override(frame_text, f.medium)
        out.append(Statement(
            id=ids[i],
            type=f.type,
            medium=medium,
            quote=d.spans(f.quote),
            cue=cue,
            frame=frame,
            addressee=[d.span(*f.addressee)] if f.addressee else [],
            speaker_mention=speaker,
            speaker_actor=resolve_actor(speaker[0], entities, state.text) if speaker and entities else None,
            channel=find_channel(frame_text, [a.text for a in ([d.span(*f.addressee)] if f.addressee else [])]),
            nested_in=ids.get(f.nested_in) if f.nested_in is not None else None,
            confidence=f.confidence,
        ))
    return out

