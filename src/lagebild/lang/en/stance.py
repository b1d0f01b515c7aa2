"""English stance data: weighted cue lemmas of opposition and support, negators, clause words, verdict phrases."""
from __future__ import annotations

NEG_CUES = {
    "reject": 2.0, "oppose": 2.0, "criticise": 2.0, "criticize": 2.0, "warn": 2.0, "condemn": 2.0,
    "against": 1.0, "refuse": 2.0, "deny": 1.0, "unacceptable": 2.0, "wrong": 1.5, "rule": 0.0,
    "dismiss": 1.5, "block": 1.5, "resist": 1.5, "slam": 1.5, "denounce": 2.0, "object": 1.0,
}
POS_CUES = {
    "demand": 1.5, "want": 1.0, "support": 1.5, "welcome": 1.5, "must": 1.0, "need": 1.0, "call": 0.5,
    "urge": 1.5, "propose": 1.0, "promise": 1.0, "back": 1.0, "endorse": 1.5, "favour": 1.5,
    "favor": 1.5, "should": 0.5,
}
NEGATORS = {"not", "no", "never", "n't"}
NOT_NEGATING_AFTER = {"only"}
FLIPPABLE = {"reject", "rule"}
AGAINST = {"against"}
OPPOSE_WITH = {"be", "vote", "speak", "argue", "protest", "campaign", "fight"}
SUBORDINATORS = {"that", "if", "because", "unless", "which", "who", "so"}
CONTRAST = {"but", "however"}
NEG_PHRASE = r"\b(?:no|not) (?:way|place|room|reason|need|acceptable|the answer|the solution)\b"
NOT_ONLY = r"not only|not just"
