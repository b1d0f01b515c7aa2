"""German commitment data: cue patterns by act and layout, and the word lists of the commitment rules."""
from __future__ import annotations

NP = r"[^,.;:!?]*?"  # material inside one clause
IGNORE_CASE = False  # cues are matched case-sensitively
# (act, layout, pattern): layout "modal" (object up to the verb closing the clause), "sep" (separable
# or bracketing verb: "sagte ... zu"), "simple" (object after the cue). Tried in this order.
CUES = [
    ("not_ruled_out", "sep", rf"\bschlie(?:ß|ss)(?:t|en|e)\b{NP}\bnicht(?: mehr)?\b{NP}\baus\b"),
    ("not_ruled_out", "simple", r"\bnicht(?: mehr)? ausgeschlossen\b"),
    ("not_ruled_out", "sep", rf"\blehn(?:t|en|te|ten|e)\b{NP}\bnicht grundsätzlich ab\b"),
    ("not_ruled_out", "sep", rf"\bließ(?:en)?\b{NP}\boffen\b"),
    ("not_ruled_out", "modal", r"\bunter Umständen könnte[n]?\b"),
    ("refusal", "sep", rf"\bschlie(?:ß|ss)(?:t|en|e)\b{NP}\baus\b"),
    ("refusal", "sep", rf"\blehn(?:t|en|te|ten|e)\b{NP}\bab\b"),
    ("refusal", "simple", r"\bweiger(?:t|n|te|ten|e)\s+sich\b"),
    ("refusal", "sep", rf"\bk(?:ommt|ommen|am|amen|äme)\b{NP}\bnicht in Frage\b"),
    ("refusal", "sep", rf"\bstreb(?:t|en|te|e)\b{NP}\b(?:nicht|keine\w*)\b{NP}\ban\b"),
    ("under_consideration", "simple", r"\b(?:prüf(?:t|en|e|te|ten)|erwäg(?:t|en|e)|erwog(?:en)?|überleg(?:t|en|e))\b"),
    ("demand", "simple", r"\b(?:forder(?:t|n|te|ten|e)|verlang(?:t|en|te|ten|e)|dräng(?:t|en|te|ten|e)|pocht\w* auf)\b"),
    ("demand", "modal", r"\b(?:muss|müsse|müssen|müssten)\b"),
    ("pledge", "sep", rf"\bsag(?:t|te|ten|en)\b{NP}\bzu(?=\s*[,.;:]|\s*$)"),
    ("pledge", "simple", r"\b(?:versprach\w*|versprochen|versprich\w*|verspreche\w*|zugesagt|verpflichte\w*)\b"),
    ("intention", "sep", rf"\bkündig(?:t|te|ten|en)\b{NP}\ban\b"),
    ("intention", "simple", r"\b(?:angekündigt|plan(?:t|en|te|ten)|beabsichtig\w+|(?:ist|sind|sei|seien|war|zeigte sich) bereit)\b"),
    ("pledge", "modal", r"\b(?:wird|werden|werde)\b"),
    ("intention", "modal", r"\b(?:will|wollen|wolle|wollte|soll|sollen|solle)\b"),
    ("delivery", "sep", rf"\bstell(?:t|en|te|ten)\b{NP}\b(?:bereit|zur Verfügung)\b"),
    ("delivery", "simple", r"\b(?:lieferte[n]?|geliefert|überwies(?:en)?|übergab|bereitgestellt|zur Verfügung gestellt|entsandt|liefer(?:t|n))\b"),
]

# The word lists below are matched in text of every language (regex alternations unless a set).
# Verbs after a modal that do not make a commitment (talking, deciding, waiting, being).
NON_COMMIT = {
    "entscheiden", "reden", "sprechen", "sehen", "diskutieren", "abwarten", "überstürzen", "bleiben", "sein",
    "tun", "geben", "haben", "aussehen", "lauten", "folgen", "heißen", "können", "lassen", "werden", "gelten", "heißen", "stehen",
}
DELIVER_STEMS = r"liefer|bereitstell|zahl|beteilig|leist|unterstütz|übergeb|schick|entsend|helf|finanzier|stell"
NEGATORS = r"kein\w*|nicht(?! nur)|nie|niemals|nichts"
HEDGES = r"möglicherweise|grundsätzlich|unter Umständen|eventuell|vielleicht|womöglich|notfalls|könnte\w*"
HOPES = r"hoff\w*|spekulier\w*|wünsch\w*"
REAFFIRM = r"bekräftig\w*|erneut|wiederholt\w*|weiterhin"
PAST = r"bereits|bisher|schon|vergangenen|im Frühjahr"
FILLERS = (r"zudem|auch|zwar|jedoch|aber|allerdings|weiterhin|bereits|derzeit|noch|mehr|"
           r"grundsätzlich|möglicherweise|lediglich|dabei|dann|also|sich|es|strikt|nun|"
           r"nicht|kein\w*|dass|der|die|das|den|dem|und|also|hätten|hätte|haben|hat|habe|hatte|"
           r"hatten|sei|seien|wäre|wären|ist|sind")
PRONOUNS = r"man|er|sie|wir|ich|es"
PREPOSITIONS = r"an|für|von|nach|aus|mit|bei|über|auf|in|im|zu|gegen|laut"  # before a non-subject
ARTICLES = r"die|der|den|dem|das"
FOLLOW_EXCL = r"zufolge"  # "X zufolge": X is a source, not the subject
GENERIC_ACTORS = (r"(?:EU-)?Kommission|Bundesregierung|Regierung|Koalition|Union|Grünen|Linke|SPD|CSU|CDU|FDP|AfD|"
                  r"Bundeswehr|Bund|Finanzministerium|Kanzler(?:in)?|Kritiker|Mitgliedstaaten|Europäer|Geberländer")
# before a recipient: a preposition (and article), or a word alone
RECIPIENT_PREPS = r"an|für|nach"
RECIPIENT_ARTICLES = r"die|den|das"
RECIPIENT_WORDS = r"der"
