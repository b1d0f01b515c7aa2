"""English position data: reported and said stance words, negation, delay, accusation, hypotheticals."""
from __future__ import annotations

REPORT = {
    "conditional": r"open in principle|in principle open",
    "hesitant": r"sceptical|skeptical|hesitant|reluctant|hesitat\w+|holds? back|held back|cautious|wary|abstain(?:s|ed)?",
    "undecided": r"(?:has|have) not (?:yet )?decided|undecided",
    "opposes": (r"oppos(?:e|es|ed)|warn(?:s|ed)? against|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|"
                r"blocking|blocks|blocked|voted against|reject(?:s|ed)|condemn(?:s|ed)|denounc(?:es|ed)"),
    "supports": (r"push(?:es|ed)? for|back(?:s|ed)|support(?:s|ed)|welcom(?:es|ed)|defend(?:s|ed)|champion(?:s|ed)|"
                 r"voted (?:for|in favou?r of)|endors(?:es|ed)|prais(?:es|ed)|hail(?:s|ed)|"
                 r"reach(?:ed|es)? (?:a|an|the) (?:[\w-]+ ){0,3}(?:agreement|deal|accord|compromise)"),
}
SAID = {
    "hesitant": r"too early|premature|not the time|first (?:needs? to|must) be clarified",
    "opposes": r"there (?:will|would) be no|(?:not going to|never) (?:put|send)|bad deal|unacceptable",
    "supports": (r"needs? more|right thing|good deal|great for|historic|(?:an )?important step|"
                 r"step in the right direction|(?:is|are) needed|asking them to"),
}
NEGATORS = r"no|not(?! only)|never|n't"
DELAY = r"clarified|wait"
OPPOSE_VERB = r"oppose|reject|block|veto|vote against|stop"
THREAT = r"as (?:a |an )?(?:threat|provocation|legitimate targets?|declaration of war|danger)"
ACCUSE = r"accus(?:es|ed)|blam(?:es|ed)"
HYPOTHETICAL_START = r"what if|if\b[^,]*\b(?:withdrew|were|had)\b"
HYPOTHETICAL_MODALS = r"would have to"
OBSERVERS = r"analysts?|analyst\w*"
GROUP = (r"(?:Republican|Democratic|Conservative|Labour|several|many) "
         r"(?:senators|lawmakers|MPs|politicians|members)")
PRONOUNS = r"he|she|they|we|i|it"
# A passive stance verb's agent follows it: "supported by Germany and Spain", "championed by ...".
PASSIVE_AGENT = r"\s+by\b"
INDEFINITE = r"a|an|one|their|his|her|its|our"
ANONYMOUS = r"spokes\w+|officials?\b|diplomats?\b|sources?\b|insiders?\b|aides?\b"
FINITE = r"will|would|has|have|had|is|are|was|were|can|could|must|should|shall|may|might"
MODAL_DEMAND = r"must|should|have to|has to|need to|needs to|ought to"
PRONOUN_GENDER = {"he": "m", "she": "f"}
# "Statt auf den Deal zu setzen, ...": what a phrase after these words stands for is what the speaker
# turns away from; a demand in the same sentence is no support for it (extract/position_rules.py)
INSTEAD = r"instead of|rather than"
