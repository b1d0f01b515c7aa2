"""Lexical rules for positions: stance words reported by the author, stance words inside
a speaker's statement, negation, questions and hypotheticals.

Kept apart from ``positions.py`` so the stage logic stays short. Patterns are
case-sensitive for German (nouns vs verbs) and case-insensitive for English.
"""
from __future__ import annotations

import re

from .. import wordrx

# Author's reporting: "<subject> <stance verb>" ("die Bundesregierung hingegen bremst").
# Order matters: negated and hedged forms first, so "zeigt sich grundsätzlich offen"
# is conditional and not supports.
_REPORT = [
    ("conditional", r"\b(?:zeig(?:t|en|te|ten) sich (?:\w+ )?grundsätzlich offen|grundsätzlich offen|"
                    r"open in principle|in principle open|"
                    r"lehn(?:t|en|te|ten)\b[^,.;:!?]{0,60}?\b(?:nicht|keineswegs|keinesfalls)(?: grundsätzlich)? ab)\b"),
    ("hesitant", r"\b(?:bremst|bremsen|bremste|bremsten|zögert|zögern|zögerte|zögerten|zögerlich|zurückhaltend|"
                 r"skeptisch|Skepsis|Vorbehalte|hält sich \w*\s?zurück|halten sich \w*\s?zurück|verschlepp\w+|"
                 r"sceptical|skeptical|hesitant|reluctant|hesitat\w+|holds? back|held back|cautious|wary)\b"),
    ("undecided", r"\b(?:noch nicht entschieden|vermied\w* (?:\w+ )?eine Festlegung|(?:has|have) not (?:yet )?decided|"
                  r"undecided|ergebnisoffen)\b"),
    ("opposes", r"\b(?:oppos(?:e|es|ed)|(?:ist|sind|war|waren|blieb|blieben) (?:\w+ )?(?:dagegen|gegen)|"
                r"warn(?:t|en|te|ten)\w* vor|warn(?:s|ed)? against|kritisier(?:t|en|te|ten)|"
                r"criticis(?:e|es|ed)|criticiz(?:e|es|ed)|blockier(?:t|en|te|ten)|blocking|blocks|blocked|"
                r"voted against|stimm(?:t|en|te|ten) gegen)\b"),
    ("supports", r"\b(?:mach(?:t|en|te|ten)(?: [\wÄÖÜäöüß-]+){0,4} Druck|auf [^,.;:!?]{3,80} poch(?:t|en)|dräng(?:t|en|te|ten)|befürwort\w+|begrüß(?:t|en|te|ten)|"
                 r"unterstütz(?:t|en|te|ten)|pocht\w* auf|zeig(?:t|en|te|ten) sich (?:\w+ )?offen(?:er)?|"
                 r"(?:ist|sind) (?:\w+ )?für (?:eine[nm]?|den|die|das)|"
                 r"push(?:es|ed)? for|back(?:s|ed)|support(?:s|ed)|welcom(?:es|ed)|defend(?:s|ed))\b"),
]
REPORT = [(stance, wordrx.compile(p)) for stance, p in _REPORT]  # scanned per sentence: wordrx

# "hält X für sinnvoll" (supports) / "für unrealistisch" (hesitant) / "für überflüssig" (opposes)
HALT_FUER = wordrx.compile(r"\b(?:hält|halten|hielt|hielten)\b[^,.;:!?]{0,80}?\bfür (?:\w+ )?(\w+)")
_HALT_STANCE = {
    "sinnvoll": "supports", "richtig": "supports", "notwendig": "supports", "nötig": "supports", "geboten": "supports",
    "unrealistisch": "hesitant", "verfrüht": "hesitant",
    "überflüssig": "opposes", "falsch": "opposes", "gefährlich": "opposes", "unnötig": "opposes",
    "erreichbar": "opposes",  # only reached with "nicht" in between (see halt_stance)
}


def halt_stance(m: re.Match) -> str | None:
    word = m.group(1)
    stance = _HALT_STANCE.get(word)
    if word == "erreichbar" and not re.search(r"\bnicht\b", m.group(0)):
        return "supports"
    return stance


# Stance words inside a speaker's statement content (the speaker holds them).
_SAID = [
    ("hesitant", r"(?i)\b(?:(?:viel )?zu früh|verfrüht|nichts überstürzen|unrealistisch|too early|premature|"
                 r"not the time|zunächst müsse? (?:\w+ )?geklärt|first (?:needs? to|must) be clarified)\b"),
    ("opposes", r"(?i)\b(?:(?:wird|werde) es (?:\w+ ){0,5}nicht geben|there (?:will|would) be no|"
                r"(?:not going to|never) (?:put|send)|(?:werde|wird|werden)\b[^,.;:!?]{0,60}\bniemals\b|"
                r"unter keinen Umständen)"),
    ("supports", r"(?i)\b(?:brauch(?:t|en|e) (?:\w+ )?(?:mehr|weitere)|needs? more|richtige Weg|right thing)\b"),
]
SAID = [(stance, wordrx.compile(p)) for stance, p in _SAID]

# Negation inside the object of a supporting act flips it ("fordert ..., keine Gegenzölle zu verhängen",
# "there will be no American soldiers"); "nicht nur ..., sondern auch" does not.
NEG = re.compile(r"(?i)\b(?:kein\w*|nicht(?! nur)|nie|niemals|no|not(?! only)|never|n't)\b")
# Demands that are really delays: "Zunächst müsse geklärt werden" is holding back, not support.
DELAY = re.compile(r"(?i)\b(?:geklärt|klären|abwarten|abgewartet|warten|prüfen|geprüft|clarified|wait)\b")
# "wirft X vor, ...", "accused X of ...": the stance belongs to X, not to the speaker.
ACCUSE = re.compile(r"(?i)\b(?:wirft|warf|warfen|werfen|vorgeworfen|accus(?:es|ed)|blam(?:es|ed))\b")
# Hypotheticals and questions state no position.
HYPOTHETICAL = re.compile(
    r"(?i)^\W*(?:was wäre|what if|würde|wäre|hätte|sollte|if\b[^,]*\b(?:withdrew|were|had)\b|"
    r"wenn\b[^,]*\b(?:würde|wäre|hätte)\b)|\b(?:would have to|müsste|könnte)\b[^.]*\b(?:analysts?|analyst\w*|Beobachter|Kommentator)\b")


def is_question(sentence: str) -> bool:
    return sentence.rstrip(" \"'“”«»)").endswith("?")


def is_hypothetical(sentence: str) -> bool:
    return bool(HYPOTHETICAL.search(sentence))


# Unlinked groups that still count as actors ("Mehrere CDU-Außenpolitiker", "Republican senators").
GROUP = re.compile(
    r"(?:\b(?:[A-ZÄÖÜ][\w]*-(?:Außen|Innen|Finanz|Verteidigungs)?[Pp]olitiker|[A-ZÄÖÜ][\w]*-Abgeordnete\w*|"
    r"(?:Republican|Democratic|Conservative|Labour|several|many) (?:senators|lawmakers|MPs|politicians|members)))")

PRONOUN = re.compile(r"(?i)^(?:man|er|sie|wir|ich|es|he|she|they|we|i|it)$")
