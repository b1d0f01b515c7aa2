"""English time-expression data: month, weekday, number and unit words, and the rule patterns."""
from __future__ import annotations

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
      r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
        "a couple of": 2, "a few": None, "several": None, "few": None}
NUMW = r"(?i:\d+|a\s+couple\s+of|a\s+few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|" \
       r"twelve|fifteen|twenty|thirty)"
UNIT = r"(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)"
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "MIN", "decade": "DE"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

FUZZY = [("PRESENT_REF", "present", r"[Cc]urrently|[Nn]ow|[Nn]owadays|[Aa]t\s+present|[Aa]t\s+the\s+moment|[Pp]resently"),
          ("FUTURE_REF", "future", r"in\s+the\s+(?:near\s+)?future|[Ss]oon|[Ee]ventually|in\s+due\s+course|[Ll]ater\s+on|"
                                   r"in\s+the\s+coming\s+(?:days|weeks|months|years)"),
          ("PAST_REF", "past", r"[Ff]ormerly|[Oo]nce\s+upon\s+a\s+time|[Rr]ecently|in\s+the\s+past|[Pp]reviously")]

# The rule patterns by rule name (the rules module gives their order and handlers).
PATTERNS = {
    "iso": r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2})(?::\d{2})?)?(?!\d)",
    "mdy": rf"(?:{WD},?\s+)?(?P<mon>{MON})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?",
    "dmy": rf"(?:{WD},?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s+(?P<y>\d{{4}}))?",
    "month": rf"(?:(?P<mod>[Ee]arly|[Mm]id-?|[Ll]ate)\s*)?(?P<mon>{MON})(?:,?\s+(?P<y>\d{{4}}))?",
    "century": r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century(?P<bc>\s+BC)?",
    "decade": r"(?:the\s+)?(?:(?P<dec>\d{3})0s|'?(?P<dec2>\d)0s)",
    "season": r"(?:the\s+)?(?P<sea>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+(?:of\s+)?(?P<y>\d{4}))",
    "time": r"(?:at\s+)?(?P<H>[01]?\d)(?::(?P<M>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)|(?P<H24>[0-2]\d):(?P<M24>[0-5]\d)(?:\s*GMT|\s*UTC)?",
    "coming": rf"in\s+the\s+(?P<rel>coming|next|past|last)\s+(?P<n1>{NUMW})(?:\s+(?:to|or)\s+(?P<n2>{NUMW}))?\s+(?P<unit>{UNIT})",
    "quantity": rf"(?:(?P<pre>[Ii]n|[Ff]or|[Ww]ithin|[Ss]ince)\s+)?(?:(?:more\s+than|less\s+than|about|almost|nearly|"
        rf"over)\s+)?(?P<n>{NUMW})\s+(?P<unit>{UNIT})(?:\s+(?P<post>ago|later|earlier|before|after))?",
    "relunit": r"(?P<rel>[Ll]ast|[Pp]ast|[Pp]revious|[Nn]ext|[Cc]oming|[Tt]his|[Cc]urrent)\s+(?P<unit>week|month|year)",
    "weekday": rf"(?:[Oo]n\s+)?(?:(?P<rel>last|next|this)\s+)?(?P<wd>{WD})",
    "deixis": r"(?P<w>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)",
    "year": r"(?:the\s+year\s+)?(?P<y>1[0-9]\d\d|20\d\d)(?P<bc>\s+BC)?(?![\d,.]\d)",
}

# Lower-cased word prefixes that can start or carry a rule (digits always do); see timex.Grammar.
TRIGGER_STEMS = tuple(sorted(set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | {
    "today", "tonight", "yesterday", "tomorrow", "day", "week", "month", "year", "hour", "minute", "decade",
    "century", "currently", "now", "nowadays", "present", "moment", "future", "soon", "eventually", "course",
    "later", "coming", "formerly", "once", "recently", "past", "previously", "am", "pm", "a", "p",
}))

# Handler word maps.
MONTH_MODS = {"early": "start", "mid": "mid", "late": "end"}  # "early May"
AMBIGUOUS_MONTHS = ("May", "March")  # also a verb and a noun: a month only after these words
MONTH_PREP = r"(?:in|since|until|by|of|from|early|late|mid|last|next|this)\s+$"
DEIXIS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
REL_OFFSETS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}

# A future or modal marker in the clause: a weekday then goes forward ("will meet on Thursday").
FUTURE_MARKERS = r"(?i)\b(?:will|shall|'ll|going to|plans?|planned|is to|are to|scheduled|upcoming|next)\b"
# Two endpoints joined into one interval: "1939 to 1945", "between 1914 and 1918".
JOIN = r"\s*(?:to|until|till|through|–|-|—|/)\s*"
BETWEEN = r"(?i)between\s+$"
AND = r"\s*and\s*"

# The verb a weekday modifies decides its direction (nlp/timex_tense.py), word by word (lower case):
# future auxiliaries and planning words ("will meet", "is expected on", "the meeting scheduled for")
TENSE_FUTURE = r"will|shall|\w*'ll|won't|planned|scheduled|slated|expected|upcoming"
# "going to make" (not "going to the polls"), "plans to" (not "the plan")
TENSE_FUTURE_PHRASE = r"(?i)going\s+to\s+(?!the\b|a\b)\w|plans?\s+to\b"
TENSE_PAST = (r"said|told|met|went|came|took|made|gave|held|left|spoke|wrote|began|saw|found|thought|knew|became|"
              r"got|sent|kept|brought|stood|ran|won|lost|fell|struck|rose|sold|paid|led|flew|chose|drove|broke|was|"
              r"were|had|did|sought|fought|bought|taught|caught|meant|felt|heard|sat|shot|spent|threw|withdrew|"
              r"agreed|freed")
TENSE_WEAK_PAST = r"[a-z]{2,}[^e]ed"
TENSE_NOT_PAST = r"hundred|based|united|armed|concerned|limited|advanced|alleged|interested|supposed|detailed"
# a word before it that makes it an adjective or a present passive ("the delayed", "is scheduled")
TENSE_NOT_VERB_BEFORE = (r"(?i:\b(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|of|for|with|by|in|"
                         r"on|at|from|as|very|more|most|so|well|newly|be|been|being|is|are|am|get|gets)|-)\s*$")
TENSE_PERFECT_AUX = r"has|have|\w*'ve"
TENSE_PARTICIPLE = (r"[a-z]{2,}ed|said|told|met|gone|come|taken|made|given|held|left|spoken|written|begun|seen|found|"
                    r"known|become|got|gotten|sent|kept|brought|won|lost|fallen|been|done|had|paid|led")
TENSE_NOT_PARTICIPLE = r"need|indeed|hundred"
TENSE_SPEECH = (r"said|says|say|told|tells|tell|announced|announces|announce|declared|declares|stated|added|adds|"
                r"wrote|writes|posted|warned|warns|insisted|insists|claimed|claims|argued|argues|confirmed|confirms|"
                r"explained|noted|acknowledged|admitted|denied|denies|reported|predicted|promised|promises|pledged|"
                r"vowed|vows|suggested|indicated|signaled|signalled|revealed|tweeted|asserted|stressed|emphasized|"
                r"reiterated|hinted|estimated|threatened|urged|replied|responded|countered|maintained")
TENSE_OPENER = r"that|whether"
