"""Polarity of a claim: does its actor support (+1) or oppose (-1) what it says?

A rule/lexicon scorer, German first, English too. It looks for cues of
refusal, criticism and warning ("lehnt ab", "kritisiert", "warnt vor",
"gegen", "Nein") and for negation of the claim's main predicate ("nicht",
"kein"), against cues of demand and support ("fordert", "will",
"unterstützt", "begrüßt", "muss"). Negated negative cues flip back ("lehnt
nicht ab", "schließt nicht aus").

Limits (measured with ``lagebild bench claims``): DEbateNet codes polarity
relative to the codebook category of a claim ("restrict migration" ...), which
the text alone often does not show: "Ich begrüße die Zuwanderung" is -1 there
for the category "limit immigration". A rule scorer cannot see that.
"""
from __future__ import annotations

import functools
import re

_TOKEN = re.compile(r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*")

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
    "reject": 2.0, "oppose": 2.0, "criticise": 2.0, "criticize": 2.0, "warn": 2.0, "condemn": 2.0,
    "against": 1.0, "refuse": 2.0, "deny": 1.0, "unacceptable": 2.0, "wrong": 1.5, "rule": 0.0,
}
POS_CUES_DE = {
    "fordern": 1.5, "forderung": 1.0, "wollen": 1.0, "unterstützen": 1.5, "begrüßen": 1.5, "müssen": 1.0,
    "sollen": 0.5, "brauchen": 1.0, "plädieren": 1.5, "verlangen": 1.5, "setzen": 0.5, "aussprechen": 1.0,
    "befürworten": 2.0, "planen": 1.0, "ankündigen": 1.0, "versprechen": 1.0, "zusagen": 1.0, "drängen": 1.0,
    "wichtig": 0.5, "notwendig": 1.0, "richtig": 1.0, "helfen": 0.5, "aufnehmen": 0.5, "ermöglichen": 0.5,
    "vorschlagen": 1.0, "beschließen": 1.0, "einsetzen": 1.0, "appellieren": 1.0, "aufrufen": 1.0,
    "demand": 1.5, "want": 1.0, "support": 1.5, "welcome": 1.5, "must": 1.0, "need": 1.0, "call": 0.5,
    "urge": 1.5, "plan": 1.0, "propose": 1.0, "promise": 1.0,
}
NEGATORS = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
            "not", "no", "never", "n't"}
# Cues that a negator in front of them turns around ("lehnt ... nicht ab").
FLIPPABLE = {"ablehnen", "ausschließen", "kritisieren", "warnen", "reject", "rule"}
BIAS = 0.6  # the prior for support: most coded claims are demands (74% +1 in DEbateNet)


@functools.lru_cache(maxsize=100_000)
def _lemma(token: str, lang: str) -> str:
    import simplemma

    return simplemma.lemmatize(token, lang="de" if lang == "de" else "en").lower()


def _lemmas(text: str, lang: str) -> list[str]:
    toks = [t.lower() for t in _TOKEN.findall(text)]
    out = []
    for i, tok in enumerate(toks):
        lem = _lemma(tok, lang)
        out.append(lem)
        # separable verb: "lehnt ... ab" -> ablehnen, "weist ... zurück" -> zurückweisen
        if lang == "de" and tok in {"ab", "zurück", "aus", "an", "auf", "vor"} and i > 0:
            for j in range(max(0, i - 8), i):
                cand = tok + _lemma(toks[j], lang)
                if cand in NEG_CUES_DE or cand in POS_CUES_DE:
                    out.append(cand)
                    break
    return out


def claim_polarity(text: str, lang: str = "de") -> tuple[int, float]:
    """``(+1 or -1, confidence 0.5..1)`` for one claim span."""
    lemmas = _lemmas(text, lang)
    neg = pos = 0.0
    negations = 0
    for i, lem in enumerate(lemmas):
        window = lemmas[max(0, i - 4):i]
        negated = any(w in NEGATORS for w in window)
        if lem in NEG_CUES_DE:
            w = NEG_CUES_DE[lem]
            if negated and lem in FLIPPABLE:
                pos += w
            else:
                neg += w
        elif lem in POS_CUES_DE:
            if negated:
                neg += POS_CUES_DE[lem]
            else:
                pos += POS_CUES_DE[lem]
        elif lem in NEGATORS:
            negations += 1
    # a bare negation of the claim ("Flüchtlinge sind keine Gefahr") counts against it
    neg += 0.8 * negations
    margin = pos + BIAS - neg
    label = 1 if margin >= 0 else -1
    confidence = 0.5 + min(abs(margin), 3.0) / 6.0
    return label, round(confidence, 3)
