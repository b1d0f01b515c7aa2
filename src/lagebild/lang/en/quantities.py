"""English quantity data: number, scale, currency and percent words, modifiers and counted nouns."""
from __future__ import annotations

WORDS = {
    "half a": 0.5,
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "half": 0.5,
}
BARE_WORDS = {"a", "an", "one", "half"}
SCALES = {"billion": 1e9, "billions": 1e9, "bn": 1e9, "millions": 1e6, "m": 1e6, "thousand": 1e3}
SCALE_WORDS = r"billions?|millions?|thousand|bn|m\b"
VAGUE = {"dozens": 24, "hundreds": 200, "thousands": 2000, "several dozen": 24, "several hundred": 200,
         "several thousand": 2000, "a few hundred": 200}
VAGUE_MODIFIERS = r"at least|some"
CURRENCY = {"dollars": "USD", "usd": "USD", "pounds": "GBP", "kronor": "SEK"}
CURRENCY_WORDS = r"dollars|USD|pounds|kronor"
PERCENT = {"percent", "per cent", "percentage points"}
PERCENT_WORDS = r"percent|per cent"
MODIFIERS = (r"at least|up to|at most|about|around|some|roughly|nearly|almost|"
             r"more than|over|fewer than|less than|an estimated")
AT_LEAST = {"at least", "more than", "over"}
AT_MOST = {"up to", "at most", "fewer than", "less than"}
APPROX = {"about", "around", "some", "roughly", "nearly", "almost", "an estimated"}
EXACT_BOUND = {"at least"}
BETWEEN = r"between"
RANGE = r"to|and"
FRACTION_NUMS = r"one|two|three|a"
FRACTION_DENOMS = r"thirds?|quarters?|half"
DENOM = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "half": 2}
STOP = {"and", "to", "the", "of", "for", "at", "with"}
CAPITALISED_NOUNS = False
NOUN_UNITS = [
    (20, "vehicle", "vehicles"), (50, "truck", "vehicles"), (90, "tank", "tanks"),
    (120, "countries", "states"), (130, "states", "states"), (140, "nations", "states"),
    (170, "troops", "soldiers"), (180, "soldier", "soldiers"), (200, "recruit", "soldiers"),
    (220, "system", "systems"), (260, "jet", "aircraft"), (270, "aircraft", "aircraft"),
    (290, "drone", "drones"), (310, "missile", "missiles"), (340, "howitzer", "howitzers"),
    (360, "gun", "guns"), (390, "ship", "ships"), (400, "frigate", "ships"), (420, "shell", "shells"),
]
# Month names: a bare number beside one is a day of a date ("August 1st", "on 25 August"), not a quantity.
MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
