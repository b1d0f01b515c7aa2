"""Lexical rules for positions: stance words reported by the author, stance words inside
a speaker's statement, negation, questions and hypotheticals.

Kept apart from ``positions.py`` so the stage logic stays short. The words are in
``lang/<code>/positions.py``; reported stance words are matched case-sensitively (German
nouns vs verbs), the others ignoring case.
"""
from __future__ import annotations

import re

from .. import wordrx
from ..nlp.language import all_lang_data, merged

_L = "positions"  # the language data: lang/<code>/positions.py; every language's words apply to any text


def _by_stance(name: str) -> list[tuple[str, str]]:
    """(stance, alternation of every language's words) in the stances' order."""
    return [(stance, "|".join(d.__dict__[name][stance] for d in all_lang_data(_L) if stance in d.__dict__[name]))
            for stance in merged(_L, name)]


# Author's reporting: "<subject> <stance verb>" ("die Bundesregierung hingegen bremst").
# Order matters: negated and hedged forms first, so "zeigt sich grundsätzlich offen"
# is conditional and not supports.
REPORT = [(stance, wordrx.compile(rf"\b(?:{p})\b")) for stance, p in _by_stance("REPORT")]  # scanned per sentence: wordrx

# "hält X für sinnvoll" (supports) / "für unrealistisch" (hesitant) / "für überflüssig" (opposes)
HALT_FUER = wordrx.compile(merged(_L, "HALT_FUER"))
_HALT_STANCE = merged(_L, "HALT_STANCE")
_HALT_NEGATED_ONLY = merged(_L, "HALT_NEGATED_ONLY")  # stances only with a negator in between
_HALT_NEGATOR = re.compile(merged(_L, "HALT_NEGATOR"))


def halt_stance(m: re.Match) -> str | None:
    word = m.group(1)
    stance = _HALT_STANCE.get(word)
    if word in _HALT_NEGATED_ONLY and not _HALT_NEGATOR.search(m.group(0)):
        return "supports"
    return stance


# Stance words inside a speaker's statement content (the speaker holds them); "opposes" is
# open at its end ("there will be no ...").
_OPEN_END = {"opposes"}
SAID = [(stance, wordrx.compile(rf"(?i)\b(?:{p})" + ("" if stance in _OPEN_END else r"\b")))
        for stance, p in _by_stance("SAID")]

# Negation inside the object of a supporting act flips it ("fordert ..., keine Gegenzölle zu verhängen",
# "there will be no American soldiers"); "nicht nur ..., sondern auch" does not.
NEG = re.compile(rf"(?i)\b(?:{merged(_L, 'NEGATORS')})\b")
# Demands that are really delays: "Zunächst müsse geklärt werden" is holding back, not support.
DELAY = re.compile(rf"(?i)\b(?:{merged(_L, 'DELAY')})\b")
# "would regard any Western presence as a threat": an intention or a pledge of hostility opposes.
THREAT = re.compile(rf"(?i)\b(?:{merged(_L, 'THREAT')})\b")
# An intention whose object opens with a verb of opposition ("would oppose any plan").
OPPOSE_VERB = re.compile(rf"(?i)(?:{merged(_L, 'OPPOSE_VERB')})\b")
# "wirft X vor, ...", "accused X of ...": the stance belongs to X, not to the speaker.
ACCUSE = re.compile(rf"(?i)\b(?:{merged(_L, 'ACCUSE')})\b")
# Hypotheticals and questions state no position.
HYPOTHETICAL = re.compile(
    rf"(?i)^\W*(?:{merged(_L, 'HYPOTHETICAL_START')})|\b(?:{merged(_L, 'HYPOTHETICAL_MODALS')})\b[^.]*"
    rf"\b(?:{merged(_L, 'OBSERVERS')})\b")


def is_question(sentence: str) -> bool:
    return sentence.rstrip(" \"'“”«»)").endswith("?")


def is_hypothetical(sentence: str) -> bool:
    return bool(HYPOTHETICAL.search(sentence))


# Unnamed sources hold no position of their own ("ein hochrangiger EU-Beamter", "a spokesperson"),
# and a mention opening with a possessive names no one ("Their opposition", "seine Kritik").
ANONYMOUS = re.compile(rf"(?i)^(?:{merged(_L, 'INDEFINITE')})\b|\b(?:{merged(_L, 'ANONYMOUS')})")
# A place name that opens a dateline ("Brussels 09.01.2026", "Berlin (dpa) -", "WASHINGTON:") is no actor.
DATELINE = re.compile(r"\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\((?:dpa|AFP|AP|Reuters|KNA|epd|dts)\b|[-–—:]\s)")

# A modal of obligation: said by a speaker of someone else, it is the speaker's demand on them.
MODAL_DEMAND = re.compile(rf"(?i)\b(?:{merged(_L, 'MODAL_DEMAND')})\b")

# A finite verb or auxiliary between two candidates: the second is an object.
FINITE = re.compile(rf"\b(?:{merged(_L, 'FINITE')})\b")

# Unlinked groups that still count as actors ("Mehrere CDU-Außenpolitiker", "Republican senators").
GROUP = re.compile(rf"(?:\b(?:{merged(_L, 'GROUP')}))")

# "supported by Germany and Spain": the stance's holders follow the verb (English only).
PASSIVE_AGENT = re.compile(merged(_L, "PASSIVE_AGENT"))

# Third-person singular pronouns with their gender ("sie" is also plural: left out).
PRONOUN_GENDER = merged(_L, "PRONOUN_GENDER")

PRONOUN = re.compile(rf"(?i)^(?:{merged(_L, 'PRONOUNS')})$")

INSTEAD = re.compile(rf"(?i)\b(?:{merged(_L, 'INSTEAD')})\b")


def instead_of(sentence: str, phrase: str) -> bool:
    """Whether ``phrase`` stands in a "statt ... (zu)" / "instead of ..." phrase of ``sentence`` (up to its
    comma): "Statt auf den Zolldeal zu setzen, ..." names the deal only to turn away from it."""
    low = sentence.lower()
    at = low.find(phrase)
    if at < 0:
        return False
    for m in INSTEAD.finditer(sentence):
        if m.start() <= at and "," not in sentence[m.end():at]:
            return True
    return False

