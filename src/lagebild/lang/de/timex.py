"""German time-expression data: month, weekday, number and unit words, and the rule patterns."""
from __future__ import annotations

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "jan": 1, "feb": 2, "febr": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}
MON = r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
MONA = r"(?:Jan|Febr?|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\."
MONX = rf"(?:{MON}|{MONA})"
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
            "sonnabend": 5, "sonntag": 6}
WD = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
NUMS = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "hundert": 100, "beiden": 2, "anderthalb": 1.5, "eineinhalb": 1.5,
    "zweieinhalb": 2.5, "dreieinhalb": 3.5, "halbes": 0.5, "halben": 0.5, "halbe": 0.5,
    "ein halbes": 0.5, "einem halben": 0.5, "einen halben": 0.5, "eine halbe": 0.5,
}
VAGUE = r"(?i:mehrere[nr]?|einige[nr]?|wenige[nr]?|weniger|etliche[nr]?|ein\s+paar|viele[nr]?)"
NUMW = (r"(?i:\d+(?:,5)?|ein(?:e[nmrs]?)?\s+halbe[ns]?|einem\s+halben|anderthalb|eineinhalb|zweieinhalb|"
        r"dreieinhalb|ein|eine[nmrs]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
        r"dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|"
        r"fünfzig|sechzig|hundert|beiden)")
UNIT = (r"(?:Tag(?:e[ns]?|s)?|Woche[n]?|Monat(?:e[ns]?|s)?|Jahr(?:e[ns]?|s)?|Stunde[n]?|"
        r"Minute[n]?|Jahrzehnt(?:e[ns]?|s)?|Jahrhundert(?:e[ns]?|s)?)")
BC = r"(?P<bc>\s*v\.\s*Chr\.|\s+vor\s+Christus)"
MOD = {"anfang": "start", "beginn": "start", "mitte": "mid", "ende": "end", "gegen ende": "end",
       "frühjahr": "start", "zu beginn": "start"}
SEASONS = {"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
           "spätsommer": "SU", "frühsommer": "SU", "spätherbst": "FA", "frühherbst": "FA",
           "spätfrühling": "SP", "hochsommer": "SU"}
SEASON = (r"(?:Frühjahr|Frühling|Hochsommer|Spätsommer|Frühsommer|Sommer|Spätherbst|Frühherbst|Herbst|"
          r"Winter|Spätfrühling)(?:e?s)?")
POD = {"morgen": "MO", "morgens": "MO", "morgenstunden": "MO", "früh": "MO", "vormittag": "MO",
       "vormittags": "MO", "mittag": "MI", "mittags": "MI", "nachmittag": "AF", "nachmittags": "AF",
       "abend": "EV", "abends": "EV", "nacht": "NI", "nachts": "NI"}
UNITS = {"tag": "D", "woche": "W", "monat": "M", "jahr": "Y", "stunde": "H", "minute": "MIN",
         "jahrzehnt": "DE", "jahrhundert": "CE"}
FUZZY = {
    "PRESENT_REF": ("present", r"derzeit|[Zz]urzeit|zur\s+Zeit|gegenwärtig|[Mm]omentan|[Jj]etzt|"
                               r"[Hh]eutzutage|[Hh]eutige[nmrs]?\s+Tag(?:es)?|[Aa]b\s+diesem\s+Zeitpunkt|"
                               r"[Zz]u\s+diesem\s+Zeitpunkt|in\s+diese[nm]\s+Zeitraum|[Dd]erzeitige[nmrs]?"),
    "FUTURE_REF": ("future", r"zu\s+gegebener\s+Zeit|[Kk]ünftig|[Zz]ukünftig|in\s+(?:der\s+)?Zukunft|"
                             r"[Bb]ald|[Dd]emnächst|(?:[Kk]urz|[Ww]enig|[Kk]urze\s+Zeit|[Bb]ald)\s+(?:später|"
                             r"darauf|danach)|[Ii]n\s+der\s+Folge(?:zeit)?|Folgezeit|[Ii]n\s+den\s+"
                             r"(?:kommenden|nächsten)\s+(?:Tagen|Wochen|Monaten|Jahren)"),
    "PAST_REF": ("past", r"[Ff]rüher|[Ee]inst(?:mals)?|[Ee]hemals|[Kk]ürzlich|[Kk]urz\s+(?:zuvor|vorher)|"
                         r"[Zz]wischenzeitlich|[Ii]n\s+den\s+(?:vergangenen|letzten)\s+"
                         r"(?:Tagen|Wochen|Monaten|Jahren)"),
}

# Rule helpers: a clock time, modifiers of a period, relative words, "des gleichen Jahres".
TIME = (r"(?:(?P<H>[0-2]?\d)(?:[.:](?P<M>[0-5]\d))?\s*Uhr(?:\s+(?P<M2>[0-5]\d)(?!\d))?"
        r"(?:\s+(?P<tz>mitteleuropäischer\s+(?:Sommer)?[Zz]eit|MEZ|MESZ))?)")
MODW = r"(?:[Gg]egen\s+Ende|[Zz]u\s+Beginn|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn)"
REL = (r"(?:vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|kommende[nmrs]?|nächste[nmrs]?|"
       r"diese[nmrs]?|selben|gleichen|folgenden|darauffolgenden|laufenden|neuen|vorangegangenen)")
RELYEAR = r"(?P<rel>de[sm]\s+(?:gleichen|selben|folgenden|nächsten|vorigen|vergangenen|letzten|Vor)?\s*Jahres)"

# Context checks of the handlers (regex sources).
# 'Mai/Juni 1940': the month and year that follow
FOLLOW = rf"\s*(?:/|–|-|bis(?:\s+zum)?|und|zum)\s*(?:[0-3]?\d\.\s*)?(?P<mon>{MONX})?(?:\s+(?P<y>\d{{4}}))?"
# before a bare 'August' that is a month
MONTH_PREP = r"(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Vv]om|[Zz]um|[Bb]is\s+zum|Monat)\s+$"
# after a number: "1500 Soldaten" is a count, not a year
NOT_YEAR_AFTER = (r"\s*(?:%|Prozent|Euro|Dollar|km|Meter|Kilometer|Mann|Soldaten|Menschen|"
                  r"Personen|Tote|Opfer|Einwohner|Stück|Panzer|Flugzeuge|Schiffe|Gefangene|"
                  r"Tonnen|Stunden|Tage|Jahre)(?!\w)")
# a capitalised word after a number, and the words before a year that make it one anyway
CAP_AFTER = rf"[ \t]+(?!{MON}|{WD}|Uhr)[A-ZÄÖÜ][a-zäöüß]"
YEAR_PREP = (r"(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Vv]on|[Uu]m|[Nn]ach|[Vv]or|Jahre?s?|[Aa]nfang|[Ee]nde|[Mm]itte|"
             r"[Ff]rühjahr|[Ss]ommer|[Hh]erbst|[Ww]inter|[Zz]wischen|und)\s+$")

DEIXIS = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
HOLIDAYS = {"weihnachten": (12, 25), "heiligabend": (12, 24), "silvester": (12, 31), "neujahrstag": (1, 1),
            "neujahr": (1, 1), "tag der deutschen einheit": (10, 3)}

# The rule patterns by rule name (the rules module gives their order and handlers).
PATTERNS = {
    "iso": r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2})(?::\d{2})?)?(?!\d)",
    "numeric": r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4}|\d{2})(?![\d.]\d)",
    "dayrange": rf"(?P<d1>[0-3]?\d)\.\s*(?P<c>/|–|-|bis|und)\s*(?:dem\s+|zum\s+)?(?P<d2>[0-3]?\d)\.\s*(?P<mon>{MONX})"
        r"(?:\s+(?P<y>\d{4}))?",
    "pod_date": rf"(?:(?:[Gg]egen|[Ii]m\s+Laufe)\s+)?(?:(?:frühen|späten)\s+)?"
        rf"(?P<pod>Morgens?|Morgenstunden|Vormittags?|Mittags?|Nachmittags?|Abends?|Nacht)\s+(?:des|vom)\s+"
        rf"(?P<d>[0-3]?\d)\.(?:\s*(?P<mon>{MONX})(?:\s+(?P<y>\d{{4}}))?)?",
    "daymonth": rf"(?:(?:{WD}),?\s+(?:de[mnr]\s+)?)?(?:[Ii]m\s+Laufe\s+des\s+)?(?P<d>[0-3]?\d)\.\s*(?P<mon>{MONX})"
        rf"(?:\s+(?P<y>\d{{3,4}}|\d{{1,2}}(?=\s*v\.\s*Chr\.)){BC}?)?(?:,?\s+(?:um\s+|gegen\s+)?{TIME})?",
    "century": rf"(?:{MODW}\s+des\s+)?(?P<n>\d{{1,2}})\.\s*(?:Jahrhunderts?|Jh\.)(?:{BC})?",
    "decade": rf"(?:{MODW}\s+der\s+)?(?:(?:den|die|der)\s+)?(?P<dec>\d{{1,3}})0er(?:[- ]?Jahren?)?(?:{BC})?",
    "month": rf"(?:(?P<mod>{MODW})\s+)?(?P<mon>{MON})(?:\s+(?:de[sm]\s+(?:Jahres\s+)?)?(?P<y>\d{{3,4}}){BC}?"
        rf"|\s+{RELYEAR})?",
    "modyear": rf"(?P<mod>{MODW}|[Ll]aufe)\s+(?:de[sm]\s+)?(?:Jahres\s+)?(?P<y>\d{{3,4}})(?:{BC})?(?!\d)",
    "season": rf"(?:(?:[Aa]nfang|[Mm]itte|[Ee]nde|späten|frühen)\s+(?:des\s+)?)?(?:des\s+)?(?P<sea>{SEASON})"
        rf"(?:\s+(?:de[sm]\s+(?:Jahres\s+)?)?(?P<y>\d{{3,4}})(?:{BC})?(?!\d)|\s+{RELYEAR})?",
    "halfyear": r"(?P<k>[1-4]\.|ersten|zweiten|dritten|vierten|letzten)\s+(?:(?P<q>Quartal)s?|Halbjahr(?:es|s)?|"
        r"Jahreshälfte)(?:\s+(?P<y>\d{4}))?",
    "endmonth": r"(?P<mod>Anfang|Mitte|Ende)\s+des\s+Monats",
    "modrelyear": rf"(?:(?P<mod>{MODW}|[Ll]aufe)\s+{RELYEAR}(?!\s+\d)|(?P<mod2>Jahresbeginn|Jahresanfang|Jahresende|"
        r"Jahresmitte))",
    "bcyear": rf"(?:(?:[Uu]m|[Ee]twa|[Cc]a\.)\s+(?:das\s+)?)?(?:Jahre?s?\s+)?(?P<y>\d{{1,4}}){BC}",
    "jahr": r"(?:(?:[Uu]m|[Ee]twa|[Cc]a\.)\s+(?:das\s+)?)?Jahre?s?\s+(?P<y>1\d{3}|20\d\d|\d{3})(?:/(?P<y2>\d{2})(?!\d))?(?!\d)",
    "yearslash": r"(?P<y>1\d{3}|20\d\d)[/–-](?P<y2>\d{2}|1\d{3}|20\d\d)(?![\d.])",
    "time": rf"(?:(?:[Uu]m|[Gg]egen|[Aa]b)\s+)?{TIME}",
    "span_coming": rf"(?:[Ii]n\s+)?(?:den|die|der)\s+(?P<rel>kommenden|nächsten|folgenden|vergangenen|letzten|ersten)"
        rf"\s+(?P<n1>{NUMW})(?:\s+bis\s+(?P<n2>{NUMW}))?\s+(?P<unit>{UNIT})",
    "quantity": rf"(?:(?P<pre>[Vv]or|[Nn]ach|[Ii]n|[Ss]eit|[Bb]innen|[Ii]nnerhalb(?:\s+von)?|[Ff]ür)\s+)?"
        rf"(?:(?P<qual>(?:mehr|weniger)\s+als|über|fast|knapp|etwa|rund|ca\.|gut|nahezu|beinahe|mindestens|"
        rf"höchstens|bis\s+zu)\s+)?(?:(?P<n0>\d+)\s*(?P<c>–|-|bis|und)\s*(?=\d)|(?P<n1>{NUMW})\s+bis\s+(?=\w+\s+{UNIT}))?"
        rf"(?:(?P<n>{NUMW})|{VAGUE})\s+(?:(?:ganzen|vollen|"
        rf"aufeinanderfolgenden|weiteren)\s+)?(?P<unit>{UNIT})(?:\s+(?P<post>später|danach|darauf|zuvor|vorher|"
        rf"früher|lang|zurück))?",
    "adjdur": r"(?P<n>\d+|(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|ein|hundert|dreißig))-?"
        r"(?P<u>[Tt]äg|[Tt]ag|[Ww]öch|[Mm]onat|[Jj]ähr)(?:ig\w*|e)?",
    "vague_span": r"(?:[Ii]n\s+)?(?:den|die)\s+(?:folgenden|kommenden|nächsten)\s+(?P<unit>Tage|Wochen|Monate|Jahre)n?|"
        r"(?:[Ii]n\s+den\s+)?Folge(?P<unit2>jahre|monate)n?",
    "vague_dur": r"(?:[Ss]eit\s+(?:langer\s+Zeit|(?:vielen\s+)?(?P<u1>Jahren|Monaten|Wochen|Tagen|Jahrzehnten))|"
        r"(?P<u2>Jahre|Monate|Wochen|Tage|Jahrzehnte)\s+(?:zuvor|später|danach|vorher)|"
        r"(?P<u3>jahrzehnte|jahre|monate|wochen|tage)lang)",
    "holiday": r"(?P<hol>Weihnachten|Heiligabend|Silvester|Neujahrstag|Neujahr|Tag\s+der\s+Deutschen\s+Einheit)"
        r"(?:\s+(?P<y>\d{4}))?",
    "set": r"(?P<set>täglich|wöchentlich|monatlich|jährlich|stündlich)",
    "sameday": r"(?:[Aa]m\s+|[Aa]n\s+)?(?:(?:de[mn]|diese[mn])\s+)?(?:selben|gleichen|folgenden|nächsten|"
        r"darauffolgenden)\s+Tag(?:e|es)?|(?:[Aa]m\s+)?Tag(?:e|es)?\s+darauf|[Tt]ags\s+darauf|"
        r"(?:[Aa]m\s+)?Vortag|[Aa]n\s+diesem\s+Tag",
    "relunit": rf"(?P<rel>{REL})\s+(?P<unit>Woche|Monats?|Jahr(?:es)?)",
    "vorjahr": r"(?P<rel>Vorjahr|Folgejahr)(?:es|s)?",
    "weekday": rf"(?:[Aa]m\s+)?(?:(?P<rel>vergangenen|letzten|vorigen|kommenden|nächsten|diesen)\s+)?"
        rf"(?P<wd>{WD})(?P<pod>morgen|vormittag|mittag|nachmittag|abend|nacht)?",
    "deixis": r"(?P<w>[Hh]eute|[Gg]estern|[Vv]orgestern|[Üü]bermorgen|morgen)(?:\s+(?P<pod>[Mm]orgen|[Vv]ormittag|"
        r"[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht|früh))?(?!\w|-)",
    "pod": r"(?P<pod>nachts|Mitternacht|am\s+Abend|am\s+Morgen)(?!\s+de[sm]\s)",
    "bareyear": r"(?P<y>1[0-9]\d\d|20\d\d)(?![\d.,]\d|\d)",
}

# Lower-cased word prefixes that can start or carry a rule (digits always do); see timex.Grammar.
TRIGGER_STEMS = tuple(sorted(set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | {
    "heut", "gestern", "vorgestern", "morgen", "übermorgen", "tag", "woche", "monat", "jahr", "stunde",
    "minute", "uhr", "quartal", "halbjahr", "folge", "zeit", "zukunft", "nacht", "mitternacht", "abend",
    "weihnacht", "heiligabend", "silvester", "neujahr", "täglich", "wöchentlich", "monatlich", "jährlich",
    "stündlich", "vorjahr", "vortag", "bald", "künftig", "zukünftig", "einst", "ehemals", "früher", "kürzlich",
    "zuvor", "darauf", "danach", "später", "derzeit", "zurzeit", "gegenwärtig", "momentan", "jetzt",
    "zwischenzeitlich", "demnächst", "jh", "jahrelang", "jahrzehntelang", "monatelang", "wochenlang", "tagelang", "jahrzehnt", "jahrhundert", "tage", "wochen", "monate", "jahre",
}))

# Handler word maps: "Jahresende" -> "ende"; "dreijährig" -> Y; "2. Quartal"; "wöchentlich" -> W.
YEAR_MOD_ALIASES = {"laufe": "", "jahresbeginn": "anfang", "jahresanfang": "anfang", "jahresende": "ende",
                    "jahresmitte": "mitte"}
ADJ_UNITS = {"täg": "D", "tag": "D", "wöch": "W", "woch": "W", "monat": "M", "jähr": "Y", "jahr": "Y"}
ORDINALS = {"1": 1, "2": 2, "3": 3, "4": 4, "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}
LAST = "letzten"  # the last quarter (4) or half year (2)
SET_UNITS = {"tägl": "D", "wöche": "W", "monat": "M", "jährl": "Y", "stünd": "H"}

# A future or modal marker in the clause: a weekday then goes forward ("am Donnerstag werde ...").
FUTURE_MARKERS = (r"\b(?:werde|werden|wird|wirst|will|wollen|soll|sollen|plant|planen|geplant|"
                  r"beabsichtigt|kommende[nmrs]?|nächste[nmrs]?|bevorstehende[nmrs]?)\b")
# Two endpoints joined into one interval: "1939 bis 1945", "zwischen 1914 und 1918".
JOIN = r"\s*(?:bis(?:\s+(?:zum|zur|Ende|Anfang|Mitte))?|–|-|—|/)\s*"
BETWEEN = r"(?i)zwischen\s+$"
AND = r"\s*und\s*"

# The verb a weekday modifies decides its direction (nlp/timex_tense.py), word by word (lower case):
# future auxiliaries and modals, planning participles ("ist für Mittwoch geplant")
TENSE_FUTURE = (r"werde|werden|wird|wirst|werdet|will|willst|wollen|wollt|soll|sollst|sollen|sollt|plant|planen|"
                r"beabsichtigt|beabsichtigen|geplant|vorgesehen|angesetzt|anberaumt|terminiert|erwartet")
# past forms: auxiliaries, modals and common strong verbs (never a form that is also a participle,
# "beschlossen": "wird beschlossen" is future); weak past "sagte", "kündigten" by TENSE_WEAK_PAST
TENSE_PAST = (r"war|waren|warst|wart|hatte|hatten|hattest|hattet|wurde|wurden|wurdest|wollte|wollten|konnte|"
              r"konnten|musste|mussten|durfte|durften|sprach|sprachen|traf|trafen|kam|kamen|ging|gingen|gab|gaben|"
              r"nahm|nahmen|fand|fanden|stand|standen|hielt|hielten|rief|riefen|schrieb|schrieben|hieß|hießen|"
              r"beschloss|entschied|wies|wiesen|trat|traten|fiel|fielen|starb|starben|zog|zogen|brach|brachen|sah|"
              r"sahen|lag|lagen|begann|begannen|blieb|blieben|ließ|ließen|verließ|bat|baten|bot|boten|flog|flogen|"
              r"fuhr|fuhren|lief|liefen|schlug|schlugen|griff|griffen|stieg|stiegen|verlor|gewann|gewannen|erschien|"
              r"erhielt|erhielten|verbot|empfing|empfingen|unterschrieb|sank|floh|flohen|zwang|geschah|gelang")
TENSE_WEAK_PAST = r"[a-zäöüß]{2,}(?:te|ten)"
# not a weak past: adjectives, ordinals, superlatives ("die letzte", "am zweiten"), "heute", "bitte", and
# planning adjectives ("der für Sonntag geplante Start" may lie in the past: left to the default)
TENSE_NOT_PAST = (r"heute|bitte|(?:geplant|angesetzt|anberaumt|terminiert|erwartet)e[nmrs]?|gute[nmrs]?|rote[nmrs]?|weite[nmrs]?|harte[nmrs]?|breite[nmrs]?|leichte[nmrs]?|"
                  r"rechte[nmrs]?|schlechte[nmrs]?|echte[nmrs]?|halte|hatten?|dritten?|achten?|sechsten?|siebten?|"
                  r"\w*[^s]sten?|\w*[^s]ste")
# a word before it that makes it an adjective ("die gewählten", "mit gezielten")
TENSE_NOT_VERB_BEFORE = (r"(?i:\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein\w*|dies\w*|jede\w*|"
                         r"alle\w*|sein\w*|ihr\w*|unser\w*|mein\w*|dein\w*|mit|von|aus|bei|zu|auf|für|gegen|ohne|um|"
                         r"über|unter|vor|hinter|zwischen|durch|am|im|vom|zum|zur|beim|sehr|besonders|\d+))\s+$")
# perfect auxiliaries: past with a participle in the clause ("hat am Mittwoch angekündigt")
TENSE_PERFECT_AUX = r"habe|hat|haben|hast|habt|ist|sind|bin|bist|seid|sei|seien|hätte|hätten|wäre|wären"
TENSE_PARTICIPLE = r"[a-zäöü]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|er|ver|zer|ent|emp|miss)[a-zäöüß]{2,}t|[a-zäöüß]+iert"
TENSE_NOT_PARTICIPLE = r"gegen|genug|gestern|gern|gerne|gesamt|gerecht|geheim|gelegen|bereit|erst|bekannt|morgen|wegen"
# speech verbs of a reporting frame ("sagte am Mittwoch, er werde"): the weekday modifies them
TENSE_SPEECH = (r"sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonten|betont|kündigte|kündigten|teilte|"
                r"teilten|meinte|berichtete|berichteten|bestätigte|bestätigten|warnte|warnten|forderte|forderten|"
                r"versprach|kritisierte|räumte|bekräftigte|unterstrich|schrieb|sprach|gesagt|erklärt|angekündigt")
# where a reported or subordinate clause begins: an expression after it belongs to that clause
TENSE_OPENER = r"dass|ob"
