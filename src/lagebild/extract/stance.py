"""Polarity of a claim: does its actor support (+1) or oppose (-1) what it says?

Two layers, German first, English too:

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
from typing import Iterable

from ..caches import TEXTS
from ..nlp.lemmas import lemmatize

_TOKEN = re.compile(r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*|[,;:!?()\"„“”«»–—]")
_BOUNDARY = set(",;:!?()\"„“”«»–—")

# Lemmas (simplemma, lowercased) that mark opposition by the actor.
NEG_CUES_DE = {
    "ablehnen": 2.0, "ablehnung": 2.0, "kritisieren": 2.0, "kritik": 1.5, "warnen": 2.0, "verurteilen": 2.0,
    "zurückweisen": 2.0, "widersprechen": 1.5, "protestieren": 2.0, "protest": 1.5, "gegen": 1.0,
    "wenden": 0.5, "bezweifeln": 1.5, "zweifel": 1.5, "anprangern": 2.0, "beklagen": 1.0, "nein": 2.0,
    "verhindern": 1.0, "stoppen": 1.0, "inakzeptabel": 2.0, "unverantwortlich": 1.5, "falsch": 1.5,
    "absurd": 1.5, "unsinn": 1.5, "unsinnig": 1.5, "skandal": 1.5, "skandalös": 1.5, "rechtswidrig": 1.5,
    "populistisch": 1.0, "rassistisch": 1.0, "hetze": 1.0, "verweigern": 1.5, "blockieren": 1.5,
    "ausschließen": 1.5, "opponieren": 2.0, "gefährlich": 1.0, "fehler": 1.0, "nicht akzeptieren": 2.0,
    "dagegen": 1.5, "mahnen": 0.5, "vorwerfen": 1.0, "zurückpfeifen": 1.5, "abschaffen": 0.5,
    # general German vocabulary of refusal and criticism
    "stemmen": 1.5, "sträuben": 2.0, "querstellen": 2.0, "abwinken": 2.0, "distanzieren": 1.5,
    "monieren": 1.5, "bemängeln": 1.5, "beanstanden": 1.5, "anzweifeln": 1.5, "attackieren": 1.5,
    "verwerfen": 1.5, "abschmettern": 2.0, "torpedieren": 2.0, "widersetzen": 2.0, "widerstand": 1.5,
    "ablehnend": 2.0, "gegner": 1.0, "wehren": 1.0, "entgegentreten": 1.0, "entgegenstellen": 1.5,
    "untersagen": 1.0, "verbieten": 0.5, "aushebeln": 1.0, "unterwandern": 1.0, "erschweren": 0.5,
    "einschränken": 0.5, "verschärfen": 0.3, "absage": 1.5, "missbilligen": 2.0, "empören": 1.5,
    "empörung": 1.5, "scheitern": 0.5, "fatal": 1.5, "verheerend": 1.5, "unzumutbar": 1.5,
    "unmenschlich": 1.0, "zynisch": 1.0, "unverständlich": 1.5, "unhaltbar": 1.5, "untragbar": 1.5,
    "unverhältnismäßig": 1.0, "kontraproduktiv": 1.5, "überflüssig": 1.5, "unnötig": 1.0,
    "schädlich": 1.5, "irrweg": 2.0, "verfehlt": 1.5, "schlecht": 0.5, "vorbehalt": 1.0, "bedenken": 1.0,
    "skepsis": 1.0, "skeptisch": 1.0, "kippen": 1.0, "aufweichen": 0.5,
    "reject": 2.0, "oppose": 2.0, "criticise": 2.0, "criticize": 2.0, "warn": 2.0, "condemn": 2.0,
    "against": 1.0, "refuse": 2.0, "deny": 1.0, "unacceptable": 2.0, "wrong": 1.5, "rule": 0.0,
    "dismiss": 1.5, "block": 1.5, "resist": 1.5, "slam": 1.5, "denounce": 2.0, "object": 1.0,
}
POS_CUES_DE = {
    "fordern": 1.5, "forderung": 1.0, "wollen": 1.0, "unterstützen": 1.5, "begrüßen": 1.5, "müssen": 1.0,
    "sollen": 0.5, "brauchen": 1.0, "plädieren": 1.5, "verlangen": 1.5, "setzen": 0.5, "aussprechen": 1.0,
    "befürworten": 2.0, "planen": 1.0, "ankündigen": 1.0, "versprechen": 1.0, "zusagen": 1.0, "drängen": 1.0,
    "wichtig": 0.5, "notwendig": 1.0, "richtig": 1.0, "helfen": 0.5, "aufnehmen": 0.5, "ermöglichen": 0.5,
    "vorschlagen": 1.0, "beschließen": 1.0, "einsetzen": 1.0, "appellieren": 1.0, "aufrufen": 1.0,
    # general German vocabulary of demand and support
    "werben": 1.0, "eintreten": 1.0, "zustimmen": 1.5, "zustimmung": 1.0, "verteidigen": 1.0,
    "empfehlen": 1.0, "anregen": 1.0, "bekräftigen": 1.0, "pochen": 1.5, "beharren": 1.0, "bestehen": 0.3,
    "festhalten": 1.0, "sinnvoll": 1.0, "nötig": 1.0, "erforderlich": 1.0, "dringend": 0.5, "gut": 0.5,
    "willkommen": 1.0, "wünschen": 0.5, "mahnung": 0.3, "appell": 1.0, "vorschlag": 0.5,
    "demand": 1.5, "want": 1.0, "support": 1.5, "welcome": 1.5, "must": 1.0, "need": 1.0, "call": 0.5,
    "urge": 1.5, "propose": 1.0, "promise": 1.0, "back": 1.0, "endorse": 1.5, "favour": 1.5,
    "favor": 1.5, "should": 0.5,
}
# Cues simplemma leaves unlemmatised, by prefix of the lowercased token.
NEG_PREFIXES = ("torpedier", "widersetz", "abgeschmettert", "schmettert", "konterkarier", "verunglimpf")
NEGATORS = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
            "keinesfalls", "keineswegs", "not", "no", "never", "n't"}
# Cues that a negator in front of them turns around ("lehnt ... nicht ab").
FLIPPABLE = {"ablehnen", "ausschließen", "kritisieren", "warnen", "reject", "rule", "verweigern", "zweifel",
             "bezweifeln", "widersprechen", "verhindern", "stoppen", "gegen", "falsch", "gefährlich"}
# "gegen" marks the actor's opposition only with these ("ist gegen", "wendet sich gegen", "protestiert gegen");
# otherwise it belongs to the claimed action ("gegen Schlepper vorgehen").
OPPOSE_WITH = {"sein", "sprechen", "aussprechen", "wenden", "stemmen", "wehren", "stimmen", "protestieren",
               "demonstrieren", "klagen", "mobilisieren", "richten", "positionieren", "stellen", "widerstand",
               "front", "wettern", "polemisieren", "sträuben", "protest", "argumentieren", "agitieren", "hetzen",
               "kritik", "einwand", "einwände", "stimmung", "aufbegehren", "rebellieren", "be", "vote", "speak",
               "argue", "protest", "campaign", "fight"}
# Subordinate clauses: their negation is part of the claim's content, not the actor's refusal.
SUBORDINATORS = {"dass", "damit", "weil", "wenn", "falls", "ob", "obwohl", "sodass", "um", "wo", "als", "nachdem",
                 "bevor", "während", "statt", "anstatt", "ohne", "sofern", "solange", "that", "if", "because",
                 "unless", "which", "who", "so"}
RELATIVES = {"der", "die", "das", "den", "dem", "deren", "dessen", "denen", "welche", "welcher", "welches"}
CONTRAST = {"aber", "jedoch", "doch", "hingegen", "allerdings", "dagegen", "sondern", "but", "however"}
# Negated predicates that are a verdict ("nicht hinnehmbar", "kein Platz für").
_NEG_PHRASE = re.compile(
    r"(?i)\b(?:nicht|kaum)\s+(?:\w+\s+)?(?:akzeptabel|akzeptiert|hinnehmbar|hinzunehmen|vereinbar|nachvollziehbar|"
    r"okay|ok|in Ordnung|angehen|die Lösung|die Antwort|der richtige Weg|in Sicht|in Frage|infrage|hilfreich|"
    r"zielführend|sinnvoll|zumutbar|verantwortbar|tragbar|richtig|zu machen|zustimmen|mitmachen|mittragen|"
    r"einsehen|zulassen|dulden|tolerieren|geben)\b"
    r"|\bkeine?n?\s+(?:\w+\s+)?(?:Platz|Grund|Notwendigkeit|Bedarf|Anlass|Gesprächsgrundlage|Chance|Mehrheit|"
    r"Zustimmung|Rede|Frage|Option|Lösung|Alternative)\b"
    r"|\bSchluss mit\b|\bhält\w* (?:wenig|nichts) von\b|\bhalten (?:wenig|nichts) von\b|\bLeviten\b|\bquer\b"
    r"|\bEnde (?:der|des)\b|\bAbkehr\b|\bnichts zu tun\b"
    r"|\b(?:no|not) (?:way|place|room|reason|need|acceptable|the answer|the solution)\b")
# "nicht nur ..." and "nicht X, sondern Y" negate nothing the actor holds.
_NOT_ONLY = re.compile(r"(?i)\b(?:nicht nur|nicht bloß|nicht allein|not only|not just|nicht weniger|nicht zuletzt)\b")
_NOT_BUT = re.compile(r"(?i)\b(?:nicht|kein\w*)\b[^.;!?]{0,80}?\bsondern\b")
BIAS = 0.6  # the prior for support: most coded claims are demands (74% +1 in DEbateNet)
RULE_WEIGHTS = {"neg_cue": -1.0, "neg_cue_sub": -0.5, "neg_flipped": 1.0, "pos_cue": 1.0, "pos_cue_sub": 0.3,
                "pos_negated": -1.2, "neg_main": -0.8, "neg_sub": -0.3, "neg_phrase": -1.5, "question": -0.3}


def _lemma(token: str, lang: str) -> str:
    return lemmatize(token, "de" if lang == "de" else "en").lower()


def _lemmas(text: str, lang: str) -> list[str]:
    """Lemmas of the words (no punctuation), separable verbs joined ("lehnt ... ab" -> ablehnen)."""
    return [t[1] for t in _tokens(text, lang) if t[1] is not None]


_DETERMINERS = {"den", "einen", "keinen", "diesen", "jenen", "ihren", "seinen", "unseren", "allen", "denen"}
_PARTICLES = {"ab", "zurück", "aus", "an", "auf", "vor", "quer", "entgegen", "ein", "fest", "zu", "durch", "hin"}


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
        if lang == "de" and low in _PARTICLES and words:
            # separable verb: "lehnt ... ab" -> ablehnen, "stellt sich quer" -> querstellen
            for w in reversed(words[-8:]):
                cand = low + _lemma(w, lang)
                if cand in NEG_CUES_DE or cand in POS_CUES_DE:
                    out.append((low, lem, seg, sub))
                    lem = cand
                    break
        if lem not in NEG_CUES_DE and low.startswith(NEG_PREFIXES):
            lem = "torpedieren"
        # an infinitive clause (", keine Flüchtlinge ins Dorf zu holen") is content, like a subordinate one
        if lang == "de" and words and words[-1] == "zu" and seg > 0 and not sub and tok[:1].islower() \
                and low.endswith("n") and low not in _DETERMINERS:
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
        if lem in ("gegen", "against") and not any(t[1] in OPPOSE_WITH for t in toks if t[2] == seg):
            add("gegen_action")  # "gegen Schlepper vorgehen", "Kampf gegen ...": the claim's content
            continue
        if lem in NEG_CUES_DE:
            w = NEG_CUES_DE[lem]
            before = _negators_before(toks, i, seg)
            if before and lem in FLIPPABLE:
                add("neg_flipped", w)
                used.update(before)
            else:
                add("neg_cue_sub" if sub else "neg_cue", w)
        elif lem in POS_CUES_DE:
            w = POS_CUES_DE[lem]
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
            and not (j + 1 < n and toks[j + 1][0] in {"nur", "bloß", "allein", "only", "weniger"})]


def has_stance_cue(text: str, lang: str = "de") -> bool:
    """Whether the span has a cue of demand, support or refusal in its main clause (not only a
    negation or a verdict: "Eine Einigung ist nicht in Sicht" reports, it takes no stance)."""
    f = cue_features(text, lang)
    return any(f.get(k) for k in ("pos_cue", "neg_cue", "pos_negated", "neg_flipped"))


def rule_margin(features: dict[str, float]) -> float:
    """Hand-set sum of the cue features: >= 0 support, < 0 opposition."""
    return BIAS + sum(RULE_WEIGHTS.get(k, 0.0) * v for k, v in features.items())


def claim_polarity(text: str, lang: str = "de", categories: Iterable[str] | None = None) -> tuple[int, float]:
    """``(+1 or -1, confidence 0.5..1)`` for one claim span.

    German goes through the trained model (``claims_model``) when its file is there;
    ``categories`` are DEbateNet codebook codes ("100", "108") where the caller knows them.
    """
    if lang == "de":
        from .claims_model import load_model

        model = load_model()
        if model is not None:
            p, threshold = model.predict(text, lang, categories)
            conf = 0.5 + abs(p - threshold) / (2 * max(threshold, 1 - threshold))
            return (1 if p >= threshold else -1), round(min(1.0, conf), 3)
    margin = rule_margin(cue_features(text, lang))
    label = 1 if margin >= 0 else -1
    confidence = 0.5 + min(abs(margin), 3.0) / 6.0
    return label, round(confidence, 3)
