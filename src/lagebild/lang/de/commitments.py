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
    ("intention", "sep", rf"\bstreb(?:t|en|te|ten|e)\b{NP}\ban\b(?=\s*[,.;:]|\s*$)"),
    ("under_consideration", "simple", r"\b(?:prüf(?:t|en|e|te|ten)|erwäg(?:t|en|e)|erwog(?:en)?|überleg(?:t|en|e))\b"),
    ("demand", "simple", r"\b(?:forder(?:t|n|te|ten|e)|verlang(?:t|en|te|ten|e)|dräng(?:t|en|te|ten|e)|pocht\w* auf)\b"),
    ("demand", "modal", r"\b(?:muss|müsse|müssen|müssten)\b"),
    ("pledge", "sep", rf"\b(?:sag|sicher)(?:t|te|ten|en)\b{NP}\bzu(?=\s*[,.;:]|\s*$)"),
    # declared readiness is an offer: "hat sich ... bereit erklärt", "ihre Bereitschaft zu ...", "X sei bereit"
    ("pledge", "simple", r"\b(?:bereit (?:erklärt|gezeigt)|erklärt\w* sich\b[^,.;:]*?\bbereit|Bereitschaft|"
                         r"(?:sei|seien|wäre|wären) bereit|bereit (?:sei|seien|wäre|wären)\b|in Aussicht (?:gestellt|stellt\w*))"),
    ("demand", "simple", r"\b(?:(?:seine[rnm]?|ihre[rnm]?|deren|dessen|die|der)\s+Forderung(?:en)? nach|(?:warb|warben|wirbt|werben|geworben)(?= für| um))\b"),
    ("pledge", "simple", r"\bBekenntnis(?= zu)"),
    # a proposal is coded as a demand: "hat neue Regeln vorgeschlagen" ("schlug … vor" was tried: its object
    # is often a following dass-clause the layout does not take, and headlines use it)
    ("demand", "simple", r"\bvorgeschlagen\b"),
    # a threat is an announced step: "droht der Schweiz einen Zoll an", "drohte ihr mit dem Rauswurf"
    ("intention", "simple", r"\bdroh(?:t|te|ten)\b(?=[^,.;:]*?\b(?:mit|an)\b)"),
    ("intention", "simple", r"\barbeit(?:et|en|ete|eten)\b(?=[^,.;:]*?\ban\s+(?:einem|einer|einen|den|der|dem)\b)"),
    ("pledge", "simple", r"\b(?:versprach\w*|versprochen|versprich\w*|verspreche\w*|zugesagt|verpflichte\w*)\b"),
    ("intention", "sep", rf"\bkündig(?:t|te|ten|en)\b{NP}\ban\b"),
    ("intention", "simple", r"\b(?:angekündigt|plan(?:t|en|te|ten)|beabsichtig\w+|(?:ist|sind|war|zeigte sich) bereit)\b"),
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
DELIVER_STEMS = r"liefer|bereitstell|zahl|beteilig|leist|unterstütz|übergeb|schick|entsend|helf|finanzier|stell|beitrag"
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
                  r"Bundeswehr|Bund|Finanzministerium|Kanzler(?:in)?|Kritiker|Mitgliedstaaten|Europäer|Geberländer|"
                  r"Unterstützer(?:länder|staaten)|Partner(?:länder|staaten)|Verbündeten|Alliierten")
# before a recipient: a preposition (and article), or a word alone
RECIPIENT_PREPS = r"an|für|nach"
RECIPIENT_ARTICLES = r"die|den|das"
RECIPIENT_WORDS = r"der"

# Item categories (docs/commitments.md): (category, regex over the object phrase). The category whose
# word comes first in the object wins (ties: this order); nothing found gives None (unsure).
CATEGORIES = [
    ("training", r"\w*[Aa]usbild\w*|\w*auszubild\w*|Trainingsmission\w*|Schulung\w*"),
    ("ammunition", r"\w*[Mm]unition\w*|\w*[Gg]ranaten\b|\w*[Gg]ranate\b|Geschoss\w*|Patronen|Abfangrakete\w*|"
                   r"Flugabwehrrakete\w*|Lenkflugkörper\w*"),
    ("troops", r"\w*[Tt]ruppe\w*|\w*[Ss]oldat\w*|Bundeswehr|Kontingent\w*|Entsendung\w*|entsenden|stationier\w*|"
               r"Brigade\w*|Bataillon\w*|Kampfverb\w*|Marine(?:einheit)?\w*|Militärmission\w*|Mission\w*"),
    ("weapons_system", r"\w*[Ww]affe(?!nstillstand|nruhe)\w*|\w*[Pp]anzer\w*|\w*[Hh]aubitze\w*|Patriot\w*|IRIS-T\w*|Taurus\w*|Leopard\w*|"
                       r"Gepard\w*|Marder\w*|\w*[Kk]ampfjet\w*|Kampfflugzeug\w*|F-16\w*|Eurofighter|\w*[Dd]rohne\w*|"
                       r"\w*[Rr]akete\w*|Marschflugkörper\w*|\w*[Ll]uftverteidigung\w*|\w*[Ff]lugabwehr\w*|"
                       r"Artillerie\w*|Raketenwerfer\w*|HIMARS|\w*[Ff]regatte\w*|Kriegsschiff\w*|U-Boot\w*|"
                       r"Rüstungsgüter\w*|\w*[Gg]eschütz\w*|\w*[Ss]ystem(?:e|en)?\b"),
    ("equipment", r"\w*[Ff]ahrzeug\w*|Lastwagen|Lkw|\w*[Aa]usrüstung\w*|Generator\w*|Schutzwesten|Helme|"
                  r"Minenräum\w*|Radar\w*|Ersatzteil\w*|Sanitätsmaterial|Nachtsichtgeräte|Störsender|Material\w*|"
                  r"Rüstungsindustrie|Rüstungskooperation|Rüstungsproduktion|Instandsetzung"),
    ("financial", r"\w*[Hh]ilfspaket\w*|\w*[Ff]inanzhilfe\w*|\w*[Kk]redit\w*|Darlehen\w*|Zuschuss\w*|Zuschüsse\w*|"
                  r"Geld\w*|Mittel\b|Zahlung\w*|Budget\w*|Haushalt\w*|Fonds|Anleihe\w*|Schulden\w*|"
                  r"Beiträge\w*|Euro\b|Dollar\b|finanzier\w*|finanziell\w*|Finanzierung\w*|Milliarde\w*|Million\w*|Investition\w*|"
                  r"Vermögen\w*|Verteidigungsausgaben|ausgeben"),
    ("humanitarian", r"humanitär\w*|Lebensmittel\w*|Nahrungsmittel\w*|Medikament\w*|Flüchtling\w*|Hilfsgüter\w*|"
                     r"Winterhilfe|Wiederaufbau\w*|Unterkünfte\w*|Energiehilfe\w*|Stromgenerator\w*|Trinkwasser"),
    ("political", r"Sanktion\w*|Gesetz\w*|Abstimmung\w*|Gespräch\w*|Verhandlung\w*|\w*[Zz]öll\w*|\w*[Zz]oll\b|"
                  r"Abkommen\w*|Reform\w*|Beitritt\w*|Waffenruhe|Feuerpause|Waffenstillstand\w*|Gipfel\w*|Resolution\w*|"
                  r"Vertrag\w*|\w*[Gg]arantie\w*|Friedensplan\w*|Plan\b|Strategie\w*|Wehrpflicht|Wehrdienst\w*|"
                  r"Schuldenbremse|Einigung\w*|Treffen|Erklärung\w*|Anerkennung|Mitgliedschaft\w*|Regel\w*|Verbot\w*"),
]
# Cues that make a pledge formally committed (a contract, a budget, a parliament's approval).
COMMITTED = (r"vertraglich\w*|Vertrag\w* (?:unterzeichnet|unterschrieben|geschlossen)|unterzeichnete\w*|"
             r"unterschrieb\w*|vom (?:Bundestag|Parlament|Haushaltsausschuss) (?:gebilligt|beschlossen|genehmigt|bewilligt)|"
             r"(?:Bundestag|Parlament|Haushaltsausschuss) (?:billigte|beschloss|genehmigte|bewilligte|stimmte)\w*|"
             r"im Haushalt (?:eingeplant|vorgesehen|verankert)|bewilligt|beschlossen|fest zugesagt|bestellt")
# Words right before a time expression that make it a deadline ("bis Ende 2025", "spätestens im März").
DUE_BEFORE = r"bis|bis Ende|bis zum|bis spätestens|spätestens|ab|noch in|noch im|noch vor|innerhalb"

# Modal clauses (lang-specific, not merged). A past participle closing a "werden" clause is a passive
# ("wird heute entschieden"); infinitives that start with "ge" are no participles.
PARTICIPLE = (r"(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|zu|zurück|weg|frei|her|hin|durch|um|dar|sicher|"
              r"heraus|voran|vorbei|bereit)?ge\w+(?:en|t)|entschieden|beschlossen|verboten|vergeben|bestanden|"
              r"verloren|verschoben|verworfen|entworfen|erhoben|vollzogen|unterschrieben|überschritten|ernannt|"
              r"verabschiedet|erklärt|erwartet|getragen")
GE_INFINITIVES = r"ge(?:ben|hen|lten|winnen|nehmigen|stalten|währen|währleisten|fährden|hören|nießen|brauchen|denken|raten|schehen|langen|stehen)"
# "wird/werden" + a non-giving verb is mostly a prediction or a schedule, not a commitment; reported
# speech ("werde") keeps it. "solle/sollten" report someone else's wish.
FUTURE_ONLY = r"wird|werden"
REPORTED_WISH = r"solle|sollten|sollte"
WEAK_MODAL = r"soll|sollen"  # needs a named (non-pronoun) subject
IMPERSONAL = r"man|es|das|dies|die|der|welche[rs]?"  # subjects that make no commitment of their own
QUESTION = r"ob|wie|warum|wann|weshalb"  # an indirect question: "ob sie den Plan mittragen sollen"
