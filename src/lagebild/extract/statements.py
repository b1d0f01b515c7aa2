"""Fast, rule-based statement extraction (German first, English too).

Works on the tokens of the ``tokens`` stage (a spaCy blank Doc with character
offsets) and the sentence spans. No POS tagger: cues come from the shipped
lexicons (lemmas via simplemma), speakers from a capitalisation-based NP
chunker, reported speech from a Konjunktiv detector. Order of decisions:

1. quotation-mark regions with a cue next to them -> Direct
2. a cue clause followed by "dass ..." or a Konjunktiv clause, or preceded by
   one (", sagte er", ", wie X mitteilte") -> Indirect
3. prepositional cues ("laut X", "X zufolge", "nach Angaben X") -> Indirect
4. Konjunktiv sentences with no cue after a statement -> (Indirect)FreeIndirect
5. sentences whose main verb is a reporting verb, no content clause -> Reported
6. quotation-mark regions inside another statement's quote -> nested Direct
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Span, Statement
from . import phrases as P
from .channel import find_channel, medium_override, source_medium
from .cues import AUX, PARTICLES, is_participle, lemma, load_lexicon
from .konjunktiv import has_konjunktiv
from .speakers import resolve_actor
from .statements_en import find_en

OPENERS = {"„": {"“", "”"}, "»": {"«"}, "“": {"”"}, "«": {"»"}, '"': {'"'}, "”": {"”", "“"}}
OPENERS_EN = {**OPENERS, "''": {"''"}}  # NYT-style ''quotes'' in English news
END_PUNCT = {".", "!", "?", "…"}
QUOTE_MARKS = {"„", "“", "”", "»", "«", '"', "‚", "‘", "’"}
# Nouns that make "nach ..." a source PP ("nach Angaben der Polizei").
SOURCE_NOUNS = {
    "angaben", "ansicht", "auffassung", "meinung", "informationen", "einschätzung", "worten", "aussage",
    "aussagen", "darstellung", "schätzung", "schätzungen", "berichten", "erkenntnissen", "überzeugung",
    "mitteilung", "recherchen", "einschätzungen", "angabe", "vorstellung", "überzeugung", "sicht", "bericht",
    "agenturangaben", "polizeiangaben", "medienberichten", "zeitungsberichten", "umfragen", "umfrage",
    "vernehmen", "planungen", "berechnungen", "ermittlungen", "worte", "ankündigung", "nachricht", "analyse",
}
# Compound source nouns end in these ("Behördenangaben", "Zeugenaussagen", "Expertenmeinung").
SOURCE_SUFFIXES = ("angaben", "aussagen", "berichten", "informationen", "erkenntnissen", "schätzungen", "meinung",
                   "einschätzung", "auffassung", "ansicht", "darstellung", "berechnungen")
# Reporting verbs whose clause alone is a Reported statement ("X kritisierte die Pläne").
REPORTED = {
    "kritisieren", "bezeichnen", "fordern", "warnen", "begrüßen", "verurteilen", "ablehnen", "ankündigen",
    "dementieren", "zurückweisen", "loben", "beklagen", "appellieren", "vorwerfen", "aufrufen",
    "bekanntgeben", "drohen", "anprangern", "plädieren", "bedauern", "protestieren", "widersprechen",
    "bestreiten", "sprechen", "äußern", "verlangen", "auffordern", "vorschlagen", "empfehlen",
    "criticize", "warn", "urge", "deny", "announce", "accuse", "blame", "praise", "condemn",
    # from the news corpus' Reported sentences (train split)
    "nennen", "berichten", "beziffern", "verweisen", "hinweisen", "ausgehen", "bestätigen", "einräumen",
    "zugeben", "melden", "bekanntgeben", "anbieten", "einstufen", "werten", "dokumentieren", "versprechen",
    "beschuldigen", "mitteilen", "erklären", "befürchten", "erwarten", "kommentieren", "würdigen", "bemängeln",
}
# Verbs whose "zu"-infinitive complement is reported content ("forderte, X zu tun").
INFINITIVE_CUES = {"fordern", "ankündigen", "auffordern", "aufrufen", "drohen", "versprechen", "vorschlagen",
                   "empfehlen", "verlangen", "zusagen", "zusichern", "vorwerfen", "appellieren", "beschuldigen",
                   "raten", "mahnen", "warnen", "bitten", "plädieren", "ablehnen", "bestreiten", "dementieren"}
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
        toks = [t for t in state.doc if not t.is_space]
        self.words = [t.text for t in toks]
        self.starts = [t.idx for t in toks]
        self.ends = [t.idx + len(t.text) for t in toks]
        self.n = len(toks)
        self.sents = self._sentence_ranges(state.analysis.sentences)
        self.sent_of = [0] * self.n
        for s, (a, b) in enumerate(self.sents):
            for i in range(a, b):
                self.sent_of[i] = s
        self.regions = self._quote_regions(state.doc)
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

    def _quote_regions(self, doc) -> list[tuple[int, int]]:
        """Token ranges [open, close+1) of balanced quotation marks; a paragraph break cancels."""
        out: list[tuple[int, int]] = []
        openers = OPENERS_EN if self.lang == "en" else OPENERS
        open_at, closers, k = None, set(), -1
        gap = "\n"  # whitespace since the previous non-space token
        for t in doc:
            if t.is_space:
                gap += t.text
                if open_at is not None and "\n\n" in t.text:
                    open_at = None
                continue
            new_line, gap = "\n" in gap, t.whitespace_
            k += 1
            w = t.text
            if open_at is not None and w in closers:
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
    for i in range(a, b):
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
        while last > i and d.words[last] in END_PUNCT | QUOTE_MARKS:
            last -= 1
        if last > i and d.words[last].lower() in PARTICLES:
            comp = d.words[last].lower() + lem
            if comp in verbs:
                toks = [i, last]
                if d.words[last - 1].lower() == "davon" and last - 1 > i:
                    toks = [i, last - 1, last]
                return Cue(toks, comp, verbs[comp], "verb")
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
    if lows and lows[0] in P.SUBORD | {"als", "nachdem", "weil"}:
        s = a + 1
        e = P.np_end(words, s, k)
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
    prefield_subject = k > a and lows[lead] not in P.NON_SUBJECT_START
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
        if e > s and P.np_end(words, s, e) == e:
            return (s, e)  # the whole pre-field is one noun phrase: the subject
        if e > s and e - s <= 8:
            pre = (s, e)
    s = P.skip_adverbs(words, k + 1, b)
    e = P.np_end(words, s, b)
    if e > s and words[s].lower() not in OBJECT_DETS:
        return (s, e)
    return pre


def _addressee_for(d: _Doc, cue: Cue, clause: tuple[int, int], speaker: tuple[int, int] | None) -> tuple[int, int] | None:
    a, b = clause
    words = d.words
    for k in range(a, b - 1):
        if words[k].lower() == "gegenüber" and d.region_of[k] < 0:
            e = P.np_end(words, k + 1, b)
            if e > k + 1:
                return (k + 1, e)
    if cue.lemma not in ADDRESSEE_CUES:
        return None
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
    k = P.skip_adverbs(words, k, b, limit=2)
    if k < b and words[k].lower() in DATIVE:
        e = P.np_end(words, k, b, genitive=False)
        # a quoted name right after: der „Berliner Zeitung“
        if e == k + 1 or e == k:
            r = d.region_of[k + 1] if k + 1 < b else -1
            if r >= 0 and d.regions[r][1] - d.regions[r][0] <= 6:
                e = d.regions[r][1]
        if e > k + 1:
            return (k, e)
    return None


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
    return e


def _speaker_before(d: _Doc, clause: tuple[int, int]) -> tuple[int, int] | None:
    """Subject at the sentence start, separated from the cue clause by an apposition.

    "Adidas-Vorstand Erich Stamminger, zuständig für das US-Geschäft, hatte angekündigt ..."
    """
    words = d.words
    a = d.sents[d.sent_of[clause[0]]][0]
    c = clause[0]
    if c - a < 3 or words[c - 1] not in {",", ")"} or c - a > 20:
        return None
    s = a + (1 if words[a].lower() in {"und", "aber", "doch", "auch"} else 0)
    if words[s].lower() in P.NON_SUBJECT_START | P.SUBORD:
        return None
    e = P.np_end(words, s, c)
    if e == c and words[c - 1] == ")":  # "Ministerin X ( SPD ) sagte": the clause split at the parenthesis
        return (s, c)
    if e == s or e >= c or words[e] != ",":
        return None
    inner = words[e + 1:c - 1]
    if not inner or inner.count(",") > 0 or any(d.region_of[i] >= 0 for i in range(e, c)):
        return None
    if any(lemma(w, "de") in d.lex.verbs for w in inner if not P.is_cap(w)):
        return None
    ap = P.np_end(words, e + 1, c - 1)
    return (s, c - 1) if ap > e + 1 and words[e + 1].lower() not in P.PRONOUNS else (s, e)


def _make(d: _Doc, typ: str, cue: Cue | None, quote, frame, clause, sent, found_speaker=None) -> Found:
    speaker = found_speaker
    if cue is not None and speaker is None and cue.kind in ("verb", "noun"):
        speaker = _speaker_for(d, cue, clause)
        if speaker is None and cue.kind == "verb" and d.lang == "de":
            speaker = _speaker_before(d, clause)
        elif speaker and d.lang == "de" and speaker[0] > cue.tokens[0] and P.is_cap(d.words[speaker[1] - 1]):
            sb = d.sents[d.sent_of[speaker[0]]][1]
            speaker = (speaker[0], _apposition_end(d, speaker[1], _content_end(d, speaker[0], sb)))
    addressee = _addressee_for(d, cue, clause, speaker) if cue is not None and cue.kind == "verb" else None
    medium = cue.medium if cue else "Speech"
    return Found(typ, medium, quote, cue.tokens if cue else [], frame, speaker, addressee, sent)


def _direct_quotes(d: _Doc, found: list[Found], used_regions: set[int]) -> None:
    for r, (qa, qb) in enumerate(d.regions):
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
            # A: content after the cue clause
            if ci + 1 < len(cls) and cl[1] < end and words[cl[1]] in {",", ":"}:
                nxt = cls[ci + 1]
                first = words[nxt[0]].lower() if nxt[1] > nxt[0] else ""
                content = [w for w in words[nxt[0]:end]]
                ok = first in P.SUBORD - {"was", "wer", "welche", "welcher", "welches"} if d.lang == "de" else first == "that"
                if not ok and d.lang == "de":
                    ok = has_konjunktiv(words[nxt[0]:nxt[1] + 1][:14]) and first not in {"wenn", "weil", "als", "um", "obwohl", "damit", "während", "nachdem", "bevor"} \
                        and not (first in {"die", "der", "das", "dem", "den", "denen", "deren", "dessen"} and nxt[1] > nxt[0] + 1 and not P.is_cap(words[nxt[0] + 1]))
                    if not ok and cue.lemma in INFINITIVE_CUES and nxt[1] - 1 > nxt[0] and words[nxt[1] - 2].lower() == "zu":
                        ok = True
                if not ok and d.lang == "en" and cue.kind == "verb" and first not in {"and", "but", "which", "who"}:
                    ok = len(content) >= 4 and cue.lemma in {"say", "tell", "claim", "warn", "insist", "add", "argue", "announce", "state", "believe", "think"}
                if ok:
                    qs = nxt[0] + (1 if d.lang == "en" and first == "that" else 0)
                    return _make(d, "Indirect", cue, [(qs, end)], [(a, cl[1] + 1)], cl, s)
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
    return None


def _prep_cue(d: _Doc, k: int, cl, a: int, end: int, s: int) -> Found | None:
    """'laut X', 'nach Angaben X', 'X zufolge', 'according to X': the rest of the sentence is the content."""
    words = d.words
    low = words[k].lower()
    fr = sp = None
    if low in {"laut", "gemäß"} and d.lang == "de":
        e = P.np_end(words, k + 1, cl[1])
        if e > k + 1:
            fr, sp = (k, e), (k + 1, e)
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
        s0 = cl[0]
        # "Einem Bericht der Zeitung zufolge": from the clause start, unless a verb intervenes
        if k - s0 <= 10:
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
    return Found("Indirect", medium, quote, [k], [fr], sp, None, s, confidence=0.6)


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
        if f.nested_in is not None or f.type not in ("Indirect", "Direct") or not f.speaker:
            continue
        last_sent = max(d.sent_of[q[1] - 1] for q in f.quote) if f.quote else f.sent
        s = last_sent + 1
        run: list[int] = []
        while s < len(d.sents) and s not in claimed and s not in headings:
            a, b = d.sents[s]
            ws = d.words[a:b]
            if any(d.region_of[i] >= 0 and d.regions[d.region_of[i]][1] - d.regions[d.region_of[i]][0] > 8 for i in range(a, b)):
                break
            if not has_konjunktiv(ws, reportative=True) or any(w.lower() in {"wenn", "falls"} for w in ws[:2]):
                break
            run.append(s)
            s += 1
        if run:
            a, b = d.sents[run[0]][0], d.sents[run[-1]][1]
            typ = "IndirectFreeIndirect"  # Konjunktiv marks the run as indirect, after direct quotes too (corpus labels)
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
        if not has_konjunktiv(ws, strong_only=True) or any(w.lower() in P.CONDITIONAL for w in ws[:3]):
            continue
        if any(d.region_of[i] >= 0 for i in range(a, b)) or ws[-1] == "?":
            continue
        prev = [f for f in found if f.speaker and f.nested_in is None and 0 < s - f.sent <= 2]
        speaker = prev[-1].speaker if prev else _sentence_subject(d, s - 1)
        if speaker is None:
            continue
        medium = prev[-1].medium if prev else "Speech"
        found.append(Found("IndirectFreeIndirect", medium, [(a, b)], [], [], speaker, None, s, confidence=0.4))
        claimed.add(s)


def _sentence_subject(d: _Doc, s: int) -> tuple[int, int] | None:
    """A person-like subject NP at the start of sentence ``s`` (a name, an office, a group)."""
    a, b = d.sents[s]
    e = P.np_end(d.words, a, b)
    if e == a or d.words[a].lower() in P.NON_SUBJECT_START or e - a > 10:
        return None
    return (a, e)


def _reported(d: _Doc, found: list[Found], headings: set[int]) -> None:
    claimed = {d.sent_of[q[0]] for f in found for q in f.quote} | {f.sent for f in found}
    for s, (a, b) in enumerate(d.sents):
        if s in claimed or s in headings or b - a < 5:
            continue
        cls = _clauses(d, a, b)
        cl = cls[0]
        for k in range(cl[0], min(cl[1], cl[0] + 8)):
            cue = _verb_cue(d, k, (cl[0], _content_end(d, cl[0], cl[1] if len(cls) > 1 else b)), a)
            if not cue or cue.lemma not in REPORTED:
                continue
            if cue.lemma == "sprechen" and not any(w.lower() == "von" for w in d.words[k:b]):
                break
            sp = _speaker_for(d, cue, (cl[0], cl[1]))
            if sp is None or sp[0] == sp[1]:
                break
            found.append(Found("Reported", cue.medium, [(a, b)], [], [], sp, None, s, confidence=0.4))
            break


def _nested(d: _Doc, found: list[Found], used_regions: set[int]) -> None:
    for idx, f in enumerate(list(found)):
        if f.type == "Direct" or f.nested_in is not None:
            continue
        for r, (qa, qb) in enumerate(d.regions):
            if r in used_regions:
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
    _free_indirect(d, found, heads)
    _free_standing(d, found, heads)
    _reported(d, found, heads)
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

