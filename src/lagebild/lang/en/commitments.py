"""English commitment data: cue patterns by act and layout, and the word lists of the commitment rules."""
from __future__ import annotations

IGNORE_CASE = True  # cues are matched ignoring case
# (act, layout, pattern), tried in this order; see lang/de/commitments.py.
CUES = [
    ("not_ruled_out", "simple", r"\b(?:(?:does|did|do|has|have|had|would)\s+not|n't)\s+rule[sd]?\s+out\b|\bnot ruled out\b|\bleft open\b"),
    ("not_ruled_out", "modal", r"\b(?:may|might)\b"),
    ("under_consideration", "simple", r"\b(?:(?:is|are|was|were)\s+considering|would consider|considers|(?:is|are|was|were) weighing|(?:is|are|was|were) reviewing)\b"),
    ("refusal", "simple", r"\b(?:refus(?:e|es|ed|ing)|(?:will|would|shall) not|won't|rule[sd]? out|reject(?:s|ed)?|declin(?:es|ed) to)\b"),
    ("demand", "simple", r"\b(?:call(?:s|ed)? (?:for|on)|demand(?:s|ed)?|urg(?:e|es|ed)|insist(?:s|ed)? on)\b"),
    ("pledge", "simple", r"\b(?:pledg(?:e|es|ed)|promis(?:e|es|ed)|(?:have|has|had)?\s?committed(?: to)?)\b"),
    ("intention", "simple", r"\b(?:plan(?:s|ned)? to|intend(?:s|ed)? to|(?:is|are|was|were|stood|stands) (?:ready|prepared) to|aims? to)\b"),
    ("delivery", "simple", r"\b(?:(?:has|have|had) (?:already )?(?:delivered|provided|sent|supplied|transferred)|delivered|supplied)\b"),
    ("pledge", "modal", r"\b(?:will|would)\b"),
]

# The word lists below are matched in text of every language (regex alternations unless a set).
NON_COMMIT = {"decide", "talk", "discuss", "see", "stay", "remain", "be", "wait", "have", "say", "rush"}
DELIVER_STEMS = r"provide|deliver|contribute|send|give|pay|fund|supply|support|offer|deploy|train|donate"
NEGATORS = r"not(?! only)|no|never|nothing|n't"
HEDGES = r"perhaps|possibly|in principle|potentially|may|might|could"
HOPES = r"hope[sd]?|hoping|speculat\w*"
REAFFIRM = r"reaffirm\w*|again|repeated\w*"
PAST = r"already|so far|last year"
FILLERS = r"also|then|already|again|now|have|has|had|been|is|are|for now|not|to"
PRONOUNS = r"he|she|they|we|i|it"
PREPOSITIONS = r"to|for|from|with|of|into|on|by|according to|against"
ARTICLES = r"the|a|an"
GENERIC_ACTORS = (r"Commission|government|Government|Pentagon|White House|chancellor|president|Critics|critics|"
                  r"[Ss]everal countries|member states|ministers")
RECIPIENT_PREPS = r"to|for"
RECIPIENT_ARTICLES = r"the"
RECIPIENT_WORDS = r"provide"
