"""German quantity data: number, scale, currency and percent words, modifiers and counted nouns."""
from __future__ import annotations

WORDS = {
    "ein": 1, "eine": 1, "einen": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15,
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000,
    "halbe": 0.5, "halben": 0.5, "eine halbe": 0.5, "einer halben": 0.5,
}
# Number words that count only with a scale, a currency or a counted noun ("eine Beteiligung").
BARE_WORDS = {"ein", "eine", "einen", "einer", "einem", "halbe", "halben"}
SCALES = {"milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "million": 1e6, "millionen": 1e6,
          "mio": 1e6, "mio.": 1e6, "tausend": 1e3}
SCALE_WORDS = r"Milliarden|Milliarde|Mrd\.?|Millionen|Million|Mio\.?|Tausend"  # regex, longest first
# Vague plurals: a conservative lower bound ("Hunderte" means at least two hundred).
VAGUE = {"dutzende": 24, "hunderte": 200, "tausende": 2000, "mehrere dutzend": 24, "mehrere hundert": 200,
         "mehrere tausend": 2000, "einige hundert": 200}
VAGUE_MODIFIERS = r"mindestens|rund|etwa"
CURRENCY = {"euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD", "us-dollar": "USD", "pfund": "GBP", "kronen": "SEK",
            "franken": "CHF", "chf": "CHF"}
CURRENCY_WORDS = r"Euros?|EUR|US-Dollar|Dollar|Pfund|Kronen|Franken|CHF"  # regex
PERCENT = {"prozent", "prozentpunkte"}
PERCENT_WORDS = r"Prozent"  # regex
MODIFIERS = (r"mindestens|wenigstens|bis zu|höchstens|maximal|rund|etwa|ca\.|circa|knapp|gut|fast|nahezu|"
             r"über|mehr als|weniger als")
AT_LEAST = {"mindestens", "wenigstens", "über", "mehr als"}
AT_MOST = {"bis zu", "höchstens", "maximal", "weniger als", "knapp"}
APPROX = {"rund", "etwa", "ca.", "circa", "knapp", "gut", "fast", "nahezu"}
EXACT_BOUND = {"mindestens"}  # a vague plural with this modifier is no approximation
BETWEEN = r"zwischen"
RANGE = r"bis|und"  # "zwei bis drei"
FRACTION_NUMS = r"ein|eine|zwei|drei|vier"
FRACTION_DENOMS = r"Drittel|Viertel|Hälfte"
DENOM = {"drittel": 3, "viertel": 4, "hälfte": 2}
STOP = {"und", "bis", "der", "die", "das", "von", "in", "im", "für", "an", "auf", "mit"}
CAPITALISED_NOUNS = True  # a capitalised word after a number is its counted noun
# Counted things: (rank, noun fragment, unit class), checked as substrings of the lower-cased noun
# in rank order across all languages ("panzerhaubitze" before "panzer").
NOUN_UNITS = [
    (10, "fahrzeug", "vehicles"), (30, "lastwagen", "vehicles"), (40, "lkw", "vehicles"),
    (60, "schützenpanzer", "tanks"), (70, "panzerhaubitze", "howitzers"), (80, "panzer", "tanks"),
    (100, "staaten", "states"), (110, "länder", "states"), (150, "soldat", "soldiers"),
    (160, "truppen", "soldiers"), (190, "ausbilder", "soldiers"), (210, "rekrut", "soldiers"),
    (230, "batter", "systems"), (240, "flugzeug", "aircraft"), (250, "kampfjet", "aircraft"),
    (280, "drohne", "drones"), (300, "rakete", "missiles"), (320, "marschflugkörper", "missiles"),
    (330, "haubitze", "howitzers"), (350, "geschütz", "guns"), (370, "fregatte", "ships"),
    (380, "schiff", "ships"), (410, "granate", "shells"),
]
# Month names: a bare number beside one is a day of a date ("1. August", "am 3. März"), not a quantity.
MONTHS = r"Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
