"""Cue features of a claim's polarity: does its actor support (+1) or oppose (-1) what it says?

The decision itself is ``extract.polarity.claim_polarity``. Two layers, German first, English too:

1. Cue features (``cue_features``): cues of refusal, criticism and warning
   ("lehnt ab", "kritisiert", "warnt vor", "stemmt sich gegen", "nicht
   hinnehmbar"), cues of demand and support ("fordert", "will", "begrüßt",
   "muss"), and negation by its scope: a negator next to a support cue in the
   same clause turns it ("wir brauchen keine ...", "das wollen wir nicht"),
   one in front of a flippable refusal cue turns it back ("lehnt nicht ab"), a
   bare negator in a main clause ("Die Lösung ist nicht, ...") counts more than
   one in a subordinate or infinitive clause ("damit ... nicht abgeschoben
   werden", the content of the claim); "nicht nur" and "nicht X, sondern Y" are
   no negation.
2. A logistic regression (``claims_model``, ``data/models/claims_de.npz``,
   rebuilt by ``lagebild train claims`` from the DEbateNet-mig15 tuning months)
   over those features, lemma unigrams and, where known, the claim's codebook
   categories. Without the model file (or for English) the cue features are
   summed by hand-set weights (``rule_margin``).

Limits (measured with ``lagebild bench claims``): DEbateNet codes polarity
relative to the codebook category of a claim ("restrict migration" ...), which
the text alone often does not show: "Ich begrüße die Zuwanderung" is -1 there
for the category "limit immigration". Categories help only when the caller
knows them (the bench does; ``lagebild analyze`` does not).
"""
from __future__ import annotations

import functools
import re

from ..caches import TEXTS
from ..nlp.language import lang_data, merged
from ..nlp.lemmas import lemmatize

_TOKEN = re.compile(r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*|[,;:!?()\"„“”«»–—]")
_BOUNDARY = set(",;:!?()\"„“”«»–—")

_L = "stance"  # the language data: lang/<code>/stance.py; every language's cues apply to any text
# Lemmas (simplemma, lowercased) that mark opposition by the actor, and demand or support (weights).
NEG_CUES = merged(_L, "NEG_CUES")
POS_CUES = merged(_L, "POS_CUES")
# Cues simplemma leaves unlemmatised, by prefix of the lowercased token.
NEG_PREFIXES = merged(_L, "NEG_PREFIXES")
NEGATORS = merged(_L, "NEGATORS")
_NOT_NEGATING_AFTER = merged(_L, "NOT_NEGATING_AFTER")  # "nicht nur", "not only"
# Cues that a negator in front of them turns around ("lehnt ... nicht ab").
FLIPPABLE = merged(_L, "FLIPPABLE")
# "gegen" marks the actor's opposition only with these ("ist gegen", "wendet sich gegen", "protestiert gegen");
# otherwise it belongs to the claimed action ("gegen Schlepper vorgehen").
_AGAINST = merged(_L, "AGAINST")
OPPOSE_WITH = merged(_L, "OPPOSE_WITH")
# Subordinate clauses: their negation is part of the claim's content, not the actor's refusal.
SUBORDINATORS = merged(_L, "SUBORDINATORS")
RELATIVES = merged(_L, "RELATIVES")
CONTRAST = merged(_L, "CONTRAST")
# Negated predicates that are a verdict ("nicht hinnehmbar", "kein Platz für").
_NEG_PHRASE = re.compile(merged(_L, "NEG_PHRASE"), re.IGNORECASE)
# "nicht nur ..." and "nicht X, sondern Y" negate nothing the actor holds.
_NOT_ONLY = re.compile(rf"\b(?:{merged(_L, 'NOT_ONLY')})\b", re.IGNORECASE)
_NOT_BUT = re.compile(merged(_L, "NOT_BUT"), re.IGNORECASE)
BIAS = 0.6  # the prior for support: most coded claims are demands (74% +1 in DEbateNet)
RULE_WEIGHTS = {"neg_cue": -1.0, "neg_cue_sub": -0.5, "neg_flipped": 1.0, "pos_cue": 1.0, "pos_cue_sub": 0.3,
                "pos_negated": -1.2, "neg_main": -0.8, "neg_sub": -0.3, "neg_phrase": -1.5, "question": -0.3}


def _lemma(token: str, lang: str) -> str:
    return lemmatize(token, lang if lang_data(lang, _L) is not None else "en").lower()


def _lemmas(text: str, lang: str) -> list[str]:
    """Lemmas of the words (no punctuation), separable verbs joined ("lehnt ... ab" -> ablehnen)."""
    return [t[1] for t in _tokens(text, lang) if t[1] is not None]


@functools.lru_cache(maxsize=8)
def _clause_words(lang: str) -> tuple[frozenset[str], str | None, frozenset[str]]:
    """``lang``'s separable-verb particles, its infinitive marker and the words after that marker
    that are no verb (none for a language without them)."""
    data = lang_data(lang, _L)
    return (frozenset(getattr(data, "SEPARABLE_PARTICLES", ())), getattr(data, "INFINITIVE_MARKER", None),
            frozenset(getattr(data, "INFINITIVE_NOT_VERBS", ())))


@functools.lru_cache(maxsize=TEXTS)
def _tokens(text: str, lang: str) -> tuple[tuple[str, str | None, int, bool], ...]:
    """(lowercased token, lemma or None for punctuation, segment number, in a subordinate clause),
    separable verbs appended as an extra token at the particle."""
    raw = _TOKEN.findall(text)
    out: list[tuple[str, str | None, int, bool]] = []
    seg, sub, first = 0, False, True
    prev_comma = False
    rel, outer = False, False  # the segment is a relative clause; the state of the clause around it
    words: list[str] = []  # lowercased words of the current segment
    particles, inf_marker, not_verbs = _clause_words(lang)
    for tok in raw:
        if tok in _BOUNDARY:
            out.append((tok, None, seg, sub))
            seg += 1
            first, prev_comma = True, tok == ","
            words = []
            continue
        low = tok.lower()
        if first:
            if prev_comma and low in RELATIVES:
                outer = outer if rel else sub
                sub, rel = True, True
            elif low in SUBORDINATORS:
                sub, rel = True, False
            else:
                # after a relative clause the clause around it goes on ("dass X, die ..., nicht ...")
                sub, rel = (outer if rel else False), False
            first = False
        lem = _lemma(low, lang)
        if low in particles and words:
            # separable verb: "lehnt ... ab" -> ablehnen, "stellt sich quer" -> querstellen
            for w in reversed(words[-8:]):
                cand = low + _lemma(w, lang)
                if cand in NEG_CUES or cand in POS_CUES:
                    out.append((low, lem, seg, sub))
                    lem = cand
                    break
        if lem not in NEG_CUES and low.startswith(NEG_PREFIXES):
            lem = "torpedieren"
        # an infinitive clause (", keine Flüchtlinge ins Dorf zu holen") is content, like a subordinate one
        if inf_marker is not None and words and words[-1] == inf_marker and seg > 0 and not sub \
                and tok[:1].islower() and low.endswith("n") and low not in not_verbs:
            sub = True
            out = [(t, lm, s, True if s == seg else sb) for t, lm, s, sb in out]
        out.append((low, lem, seg, sub))
        words.append(low)
    return tuple(out)


def cue_features(text: str, lang: str = "de") -> dict[str, float]:
    """Named cue features of a claim span (see the module doc); the model's non-lexical inputs."""
    toks = _tokens(text, lang)
    f: dict[str, float] = {}

    def add(name: str, v: float = 1.0) -> None:
        f[name] = f.get(name, 0.0) + v

    not_only = {m.start() for m in _NOT_ONLY.finditer(text)}
    skip_neg = len(not_only) + len(_NOT_BUT.findall(text))
    used: set[int] = set()
    for i, (low, lem, seg, sub) in enumerate(toks):
        if lem is None:
            continue
        if lem in _AGAINST and not any(t[1] in OPPOSE_WITH for t in toks if t[2] == seg):
            add("gegen_action")  # "gegen Schlepper vorgehen", "Kampf gegen ...": the claim's content
            continue
        if lem in NEG_CUES:
            w = NEG_CUES[lem]
            before = _negators_before(toks, i, seg)
            if before and lem in FLIPPABLE:
                add("neg_flipped", w)
                used.update(before)
            else:
                add("neg_cue_sub" if sub else "neg_cue", w)
        elif lem in POS_CUES:
            w = POS_CUES[lem]
            before, after = _negators_before(toks, i, seg), _negators_after(toks, i, seg)
            if before or after:
                add("pos_negated", w)
                used.update(before or after[:1])
            else:
                add("pos_cue_sub" if sub else "pos_cue", w)
    negators = [i for i, t in enumerate(toks) if t[0] in NEGATORS and i not in used]
    for i in negators:
        if skip_neg > 0:
            skip_neg -= 1
            add("neg_contrast")
            continue
        add("neg_sub" if toks[i][3] else "neg_main")
    phrases = len(_NEG_PHRASE.findall(text))
    if phrases:
        add("neg_phrase", phrases)
    if any(t[0] in CONTRAST for t in toks):
        add("contrast")
    if "?" in text:
        add("question")
    return f


def _negators_before(toks, i: int, seg: int) -> list[int]:
    """Negators up to 4 tokens before cue ``i``, in its segment."""
    return [j for j in range(max(0, i - 4), i) if toks[j][2] == seg and toks[j][0] in NEGATORS]


def _negators_after(toks, i: int, seg: int) -> list[int]:
    """Negators up to 5 tokens after cue ``i``, in its segment, not "nicht nur"."""
    n = len(toks)
    return [j for j in range(i + 1, min(n, i + 6)) if toks[j][2] == seg and toks[j][0] in NEGATORS
            and not (j + 1 < n and toks[j + 1][0] in _NOT_NEGATING_AFTER)]


def has_stance_cue(text: str, lang: str = "de") -> bool:
    """Whether the span has a cue of demand, support or refusal in its main clause (not only a
    negation or a verdict: "Eine Einigung ist nicht in Sicht" reports, it takes no stance)."""
    f = cue_features(text, lang)
    return any(f.get(k) for k in ("pos_cue", "neg_cue", "pos_negated", "neg_flipped"))


def rule_margin(features: dict[str, float]) -> float:
    """Hand-set sum of the cue features: >= 0 support, < 0 opposition."""
    return BIAS + sum(RULE_WEIGHTS.get(k, 0.0) * v for k, v in features.items())
