"""English position data: reported and said stance words, negation, delay, accusation, hypotheticals."""
from __future__ import annotations

REPORT = {
    "conditional": r"open in principle|in principle open",
    "hesitant": r"sceptical|skeptical|hesitant|reluctant|hesitat\w+|holds? back|held back|cautious|wary",
    "undecided": r"(?:has|have) not (?:yet )?decided|undecided",
    "opposes": (r"oppos(?:e|es|ed)|warn(?:s|ed)? against|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|"
                r"blocking|blocks|blocked|voted against"),
    "supports": r"push(?:es|ed)? for|back(?:s|ed)|support(?:s|ed)|welcom(?:es|ed)|defend(?:s|ed)",
}
SAID = {
    "hesitant": r"too early|premature|not the time|first (?:needs? to|must) be clarified",
    "opposes": r"there (?:will|would) be no|(?:not going to|never) (?:put|send)",
    "supports": r"needs? more|right thing",
}
NEGATORS = r"no|not(?! only)|never|n't"
DELAY = r"clarified|wait"
ACCUSE = r"accus(?:es|ed)|blam(?:es|ed)"
HYPOTHETICAL_START = r"what if|if\b[^,]*\b(?:withdrew|were|had)\b"
HYPOTHETICAL_MODALS = r"would have to"
OBSERVERS = r"analysts?|analyst\w*"
GROUP = (r"(?:Republican|Democratic|Conservative|Labour|several|many) "
         r"(?:senators|lawmakers|MPs|politicians|members)")
PRONOUNS = r"he|she|they|we|i|it"
