"""English commitment data: cue patterns by act and layout, and the word lists of the commitment rules."""
from __future__ import annotations

IGNORE_CASE = True  # cues are matched ignoring case
# (act, layout, pattern), tried in this order; see lang/de/commitments.py.
CUES = [
    ("not_ruled_out", "simple", r"\b(?:(?:does|did|do|has|have|had|would)\s+not|n't)\s+rule[sd]?\s+out\b|\bnot ruled out\b|\bleft open\b|"
                                r"\b(?:unable|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|(?:could|can|would)\s+not)\s+to\s+rule\s+out\b"),
    ("not_ruled_out", "modal", r"\b(?:may|might)\b"),
    ("under_consideration", "simple", r"\b(?:(?:is|are|was|were)\s+considering|would consider|considers|(?:is|are|was|were) weighing|(?:is|are|was|were) reviewing)\b"),
    # "isn't yet ready to surrender": negated readiness refuses (before the readiness intention below)
    ("refusal", "simple", r"\b(?:(?:is|are|was|were)\s+not|isn't|isn’t|aren't|aren’t|wasn't|wasn’t)\s+(?:yet\s+)?"
                          r"(?:ready|prepared|willing)\s+to\b"),
    ("refusal", "simple", r"\b(?:refus(?:e|es|ed|ing)|(?:will|would|shall) not|won't|rule[sd]? out|reject(?:s|ed)?|declin(?:es|ed) to)\b"),
    ("demand", "simple", r"\b(?:call(?:s|ed)? (?:for|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))|demand(?:s|ed)?|urg(?:e|es|ed)|insist(?:s|ed)? on)\b"),
    # "has been asking them to go up to five percent": a demand of someone named or a pronoun
    ("demand", "simple", r"\b(?:ask(?:s|ing)|(?<!was )(?<!were )(?<!been )asked)\s+(?:them|him|her|us|allies|members|"
                         r"[A-Z][\w-]+)\s+to\b"),
    ("pledge", "simple", r"\b(?:pledg(?:e|es|ed)|promis(?:e|es|ed)|(?:have|has|had)?\s?committed(?: to)?)\b"),
    ("pledge", "simple", r"\bsign(?:s|ed)? (?:a |an |the )?(?:contract|deal|agreement) to\b"),
    ("pledge", "simple", r"\bagreed\b(?=(?:\s+[\w-]+){0,6}?\s+to\s+(?!the\b|a\b|an\b)[a-z]+)"),
    ("delivery", "simple", r"\bsigned (?:an |a |the )?(?:executive order|decree|law|bill)\b"),
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
                  r"[Ss]everal countries|member states|ministers|allies|[Ss]upporting countries")
RECIPIENT_PREPS = r"to|for"
RECIPIENT_ARTICLES = r"the"
RECIPIENT_WORDS = r"provide"

# Item categories: (category, regex over the object phrase); see lang/de/commitments.py.
CATEGORIES = [
    ("training", r"train(?:ing|s|ed)?\b|instructors?"),
    ("ammunition", r"ammunition|munitions?|shells?|rounds\b|interceptors?|cartridges|bullets"),
    ("troops", r"troops?|soldiers?|personnel|boots on the ground|peacekeep\w*|forces?\b|brigades?|battalions?|"
               r"deploy\w*|contingent|mission\b"),
    ("weapons_system", r"weapons?\b|arms\b|tanks?\b|howitzers?|Patriots?|IRIS-T|Taurus|Tomahawks?|Leopards?|"
                       r"Abrams|fighter jets?|jets\b|F-16s?|F-35s?|aircraft|drones?|missiles?|air defen[cs]e\w*|"
                       r"artillery|rocket launchers?|HIMARS|frigates?|warships?|submarines?|launchers?|"
                       r"(?:air defen[cs]e |missile |weapons? )?systems?\b"),
    ("equipment", r"vehicles?|trucks?|equipment|generators?|body armou?r|helmets|demining|mine-?clearing|radars?|"
                  r"spare parts|gear\b|supplies\b|materiel|arms industry|defen[cs]e industry|arms production"),
    ("financial", r"aid package|financial (?:aid|support|assistance)|loans?\b|grants?\b|funding|funds?\b|money|"
                  r"budget|payments?|cash|credit|billions?|millions?|bn\b|euros?|dollars?|pounds\b|financ\w*|"
                  r"spend\w*|contributions?|investments?|assets\b"),
    ("humanitarian", r"humanitarian|food|medicines?|medical supplies|refugees?|shelters?|reconstruction|"
                     r"winter aid|energy aid|drinking water"),
    ("political", r"sanctions?|laws?\b|legislation|bill\b|vote\b|votes\b|talks\b|negotiations?|tariffs?|"
                  r"agreement|deal\b|treaty|reforms?|membership|accession|ceasefire|truce|summit|resolution|"
                  r"guarantees?|peace plan|plan\b|strategy|ban\b|rules?\b|recogni[sz]\w*|conscription|"
                  r"military service|debt brake"),
]
COMMITTED = (r"contracts? (?:was |were |has been |have been )?(?:signed|awarded)|signed (?:a |the )?contracts?|"
             r"approved by (?:parliament|congress|the \w+)|(?:parliament|congress|the senate) (?:approved|passed)|"
             r"budgeted|appropriated|signed into law|ordered|finali[sz]ed")
DUE_BEFORE = r"by|by the end of|until|before|no later than|from|within|starting"

# Modal clauses (lang-specific, not merged); see lang/de/commitments.py. English "will/would" makes a
# commitment only right after its subject (a named actor or a personal pronoun), with an agentive verb.
PARTICIPLE = r"\w+ed|been|done|made|given|taken|seen|known"
GE_INFINITIVES = r"(?!)"
FUTURE_ONLY = r"(?!)"
REPORTED_WISH = r"(?!)"
WEAK_MODAL = r"(?!)"
IMPERSONAL = r"it|this|that|which|who|there"
QUESTION = r"whether|if|how|why|when"
SUBJECT_ADJACENT = True  # the modal must follow its subject directly
