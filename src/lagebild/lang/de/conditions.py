"""German condition data: subordinate markers, conditional phrases and nouns, condition types."""
from __future__ import annotations

# Subordinate markers; longest first so "erst dann, wenn" wins over "wenn".
MARKERS = (r"(?:also |nur |erst |und )?(?:dann,? )?(?:wenn|sobald|falls|sofern)|vorausgesetzt,?(?: dass)?|"
           r"(?:nur )?unter der bedingung,?(?: dass)?|solange")
# Prepositional conditions: "nach einem Waffenstillstand".
PP = r"nach (?:einem|einer|dem) (?:\w+ )?(?:Waffenstillstand|Waffenruhe|Friedensabkommen)"
# "ohne (die) Zustimmung des Bundestags": the preposition, articles, nouns, and "of" words.
WITHOUT = r"ohne"
WITHOUT_ARTICLES = r"eine[n]? |die |den "
WITHOUT_NOUNS = ("Mandat", "Zustimmung")
WITHOUT_OF = r"des|der"
# Nominal conditions, kept only in a sentence that speaks of conditions.
NOUN = (r"(?:die |der |eine[nm]? |ein )?(?:ohnehin )?(?:obligatorische[nm]? )?"
        r"(?:Zustimmung|Mandat|Votum) (?:des|eines) (?:Bundestag|Parlament)\w*")
CEASEFIRE_ARTICLES = r"ein |einen "
CEASEFIRE_ADJECTIVES = r"stabile[nr]? |dauerhafte[nr]? "
CEASEFIRE_NOUNS = r"Waffenstillstand|Waffenruhe"
# Words that make a sentence speak of conditions.
COND_SENT = r"Bedingung\w*|Voraussetzung\w*|hängt \w+ ab|brauche|braucht|benötig\w+|erforder\w+|müsse|muss"
# "Voraussetzung sei, dass ...": the head noun and its copula.
HEADNOUNS = r"Voraussetzung|Bedingung"
COPULAS = r"sei|ist|bleibt|wäre"
# "wenn X gibt und die USA ...": the conjunction and the words that start a new clause after it.
AND = r"und"
CLAUSE_STARTS = r"die|der|das|den|es|sie|er"
# Condition type -> lower-cased words (regex alternation) that mark it.
CONDITION_TYPES = {
    "ceasefire": r"waffenstillstand|waffenruhe|waffen schweigen|krieg endet|kriegsende|friedensabkommen",
    "parliamentary approval": r"bundestag|parlament|kongress|mandat|zweidrittel|abstimmung",
    "financing": r"finanzierung|finanziert|haushalt|budget|kosten|gegenfinanz|spar|konsumtiven",
    "third-party guarantee": r"zusage|garantie|ebenfalls|auch \w+ zahl|andere geber|weitere geber|amerikaner|"
                             r"\busa\b|vereinigten staaten|auch frankreich",
}
