"""German clause and noun-phrase word lists for the statement rules: determiners, pronouns,
pre-field openers, adverbs, subordinators, auxiliaries, time nouns, punctuation.

Data only (the chunker is ``extract/statements/de_chunks.py``). Some sets hold a few English
words ("the", "he", "that"): they match English phrases inside German text and are kept as they are.
"""
from __future__ import annotations

import re


DETS = {
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
    "kein", "keine", "mehrere", "einige", "viele", "andere", "alle", "beide", "zwei", "drei",
    "sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren",
    "dessen", "deren", "unser", "unsere", "diese", "dieser", "dieses", "diesem", "diesen",
    "the", "a", "an", "his", "her", "their", "its", "several", "two", "three",
}
PRONOUNS = {"er", "sie", "ich", "wir", "ihr", "mancher", "manche", "viele", "einige", "beide", "jemand",
            "he", "she", "they", "i", "we", "it", "you", "man"}
SPEAKER_PRONOUNS = PRONOUNS - {"ihr", "it", "you", "man"}
# Words that start a pre-field which is NOT the subject (adverbs, prepositions, objects).
NON_SUBJECT_START = {
    "in", "im", "am", "an", "auf", "bei", "beim", "nach", "vor", "über", "mit", "zu", "zum", "zur", "von", "als",
    "vom", "für", "gegen", "seit", "während", "wegen", "trotz", "unter", "aus", "durch", "darüber",
    "derweil", "dabei", "auch", "zudem", "außerdem", "gestern", "heute", "morgen", "dann", "danach",
    "später", "zuvor", "bereits", "schon", "so", "deshalb", "daher", "damit", "dazu", "dagegen",
    "hingegen", "allerdings", "jedoch", "doch", "nun", "jetzt", "bislang", "bisher", "zuletzt", "erst",
    "noch", "immer", "weiter", "ebenfalls", "gleichzeitig", "zugleich", "inzwischen", "mittlerweile",
    "anschließend", "kürzlich", "wörtlich", "hier", "dort", "damals", "zunächst", "daraufhin", "darin",
    "darauf", "dies", "das", "es", "dem", "den", "ihm", "ihr", "ihnen", "uns", "mir", "mich", "dafür",
    "ebenso", "weiterhin", "vielmehr", "stattdessen", "insbesondere", "vor allem", "sogar", "wie",
    "ähnlich", "kurz", "ferner", "überdies", "ausdrücklich", "explizit", "offenbar", "nochmals",
    "um", "ab", "bis", "angesichts", "ohne", "neben", "infolge", "hinter", "zwischen", "innerhalb", "aufgrund",
    "laut", "gemäß", "hinsichtlich", "unterdessen", "indes", "dennoch", "trotzdem", "zwar", "wenig", "eindringlich",
    "oberhalb", "unterhalb", "außerhalb", "jenseits", "entlang", "dank", "mithilfe", "anlässlich", "bezüglich",
    "seitens", "statt", "anstatt", "gegenüber", "zwecks", "binnen", "inmitten", "abseits", "nördlich", "südlich",
    "östlich", "westlich", "rund", "etwa", "fast", "knapp", "nur", "vermutlich", "wahrscheinlich", "möglicherweise",
    "angeblich", "mutmaßlich", "insgesamt", "besonders", "vorher", "seither", "seitdem", "somit", "folglich",
    "demnach", "dementsprechend", "jedenfalls", "übrigens", "schließlich", "letztlich", "letztendlich",
    "grundsätzlich", "tatsächlich", "natürlich", "wohl", "hierzu", "hierbei", "hierfür", "zuerst", "erstmals",
    "künftig", "zukünftig", "ursprünglich", "eigentlich", "lediglich", "allein", "alleine", "einst", "einmal",
    "zusätzlich", "ebenso", "genauso", "stattdessen", "andererseits", "einerseits", "ansonsten", "sonst", "des",
    "als",
    # connectives and participial adverbs that open a sentence ("Deswegen hatten die Unterhändler …",
    # "Einleitend übte der Freiheitliche Kritik")
    "deswegen", "darum", "nämlich", "immerhin", "ohnehin", "freilich", "gleichwohl", "insofern",
    "einleitend", "abschließend", "ergänzend", "zusammenfassend", "rückblickend", "erläuternd", "einschränkend",
    # subordinators that open an adverbial clause in the pre-field ("Da ihre Mandantin Angst hatte, habe …")
    "da", "weil", "obwohl", "nachdem", "wenn", "falls", "sobald", "bevor",
}
# A pre-field of one word in this shape is an adverb or a predicative adjective, not the subject
# ("Besorgt äußerte sich Kofi Annan", "Sinngemäß hofft Musk", "Entsprechend äußerten sich …"): the
# subject follows the verb. Bare singular nouns of these shapes seldom open a sentence as its subject.
ADVERBIAL_SUFFIXES = ("lich", "ig", "isch", "bar", "sam", "weise", "gemäß", "mäßig", "end", "haft")
ADVERBIAL_PARTICIPLE_PREFIXES = ("be", "ent", "er", "ver", "emp", "zer", "über", "ge")
ADVERBIAL_WORDS = {"zufrieden", "gelassen", "scharf", "offen", "hart", "klar", "deutlich", "vorsichtig", "erneut"}
# Adverbs and time words that may stand between a verb and its inverted subject.
SKIPPABLE = {
    "dabei", "erneut", "auch", "nur", "hierzu", "dazu", "zudem", "bereits", "gestern", "heute", "jedoch", "nun", "dazu",
    "damals", "noch", "später", "außerdem", "ebenfalls", "zuvor", "allerdings", "hingegen", "weiter",
    "aber", "doch", "schon", "zuletzt", "wiederholt", "mehrfach", "dagegen", "ferner", "jetzt", "ausdrücklich",
    "daraufhin", "anschließend", "kürzlich", "bislang", "wörtlich", "gleichzeitig", "indes", "indessen",
    "derweil", "demnach", "offenbar", "sogar", "ferner", "abschließend", "zufolge", "mittlerweile",
    "inzwischen", "immer", "also", "denn", "zunächst", "vorab", "eindringlich", "deutlich", "klar", "sich",
    "dann", "wiederum", "seinerseits", "ihrerseits", "nochmals", "abermals", "ebenso",
}
PP_SKIP = {"am", "im", "vom", "beim", "bei", "auf", "in", "nach", "vor", "während", "seit", "gegenüber"}
SUBORD = {"dass", "daß", "ob", "warum", "weshalb", "weswegen", "wann", "wo", "wer", "was", "welche",
          "welcher", "welches", "wie", "wieso", "inwiefern", "inwieweit", "that", "whether"}
# Words that open a condition: a Konjunktiv there is hypothetical, not reported.
CONDITIONAL = {"wenn", "falls", "sofern", "ob", "hätte", "wäre", "würde", "sollte", "gäbe"}
SEPARATORS = {",", ";", ":", "–", "—", "(", ")"}
ADJ_END = re.compile(r"^([a-zäöüß]|\d+-)[\w\-]*(e|en|er|es|em|ste|sten)$")
STOP_CAPS = {"Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Ich", "Wir", "In", "Im", "Am", "Auf", "Nach",
             "Laut", "Wie", "Als", "Auch", "Dies", "The", "He", "She", "They", "It", "In", "According"}

ZU_INFIX = re.compile(
    r"^(ab|an|auf|aus|bei|bereit|dar|durch|ein|entgegen|fest|fort|frei|gegenüber|her|heraus|herbei|hervor|hin|hinzu|"
    r"klar|los|mit|nach|nieder|offen|statt|teil|um|vor|voran|vorbei|weg|weiter|wieder|zu|zurück|zusammen|bekannt)"
    r"zu[a-zäöüß]{2,}n$")

GENITIVE_LINKS = {"des", "der", "von", "vom", "eines", "einer", "of", "seines", "seiner", "ihres", "ihrer", "dieses",
                  "dieser", "vieler", "einiger", "mehrerer", "aller", "zahlreicher", "beider", "unseres", "unserer"}
GENITIVE_ADJ = re.compile(r"^[a-zäöüß][\w\-]*er$")
# media and agencies that write their names in lower case ("berichtete dpa", "Reporter von n-tv")
LOWER_CASE_NAMES = {"dpa", "ddp", "epd", "kna", "n-tv", "n24", "t-online", "taz", "sid", "apa", "heise"}


END_PUNCT = {".", "!", "?", "…"}
QUOTE_MARKS = {"„", "“", "”", "»", "«", '"', "‚", "‘", "’"}
CLAUSE_TAIL = END_PUNCT | QUOTE_MARKS  # what may follow a clause's last word

DATIVE = {"dem", "der", "einem", "einer", "den"}
# Articles of accusative/dative NPs: after an inverted verb these start objects, not subjects.
OBJECT_DETS = {"den", "dem", "einen", "einem", "seinen", "seinem", "ihren", "ihrem", "diesen", "diesem", "keinen"}

SUBORD_CONJ = {"nachdem", "weil", "da", "obwohl", "während", "wenn", "bevor", "sobald", "seit", "seitdem", "falls",
                "damit", "indem", "zumal", "sodass"}

PASSIVE_AUX = {"wird", "wurde", "werden", "wurden", "worden"}

OBJECT_PRONOUNS = {"ihm", "ihr", "ihnen", "uns", "mir", "ihn", "mich"}

NP_FUNCTION_WORDS = DETS | {"und", "oder", "sowie", "von", "vom", "zur", "zum", "im", "am", "für", "aus", "bei", "in", "an",
                               "auf", "mit", "über", "gegen", "beim", "(", ")", "-", "/", "&", "'", "''", ".", "„", "“", "”"}
RELATIVE = {"der", "die", "das", "den", "dem", "denen", "dessen", "deren", "welcher", "welche", "welches"}

TRAILING_AUX = {"hatte", "hat", "habe", "hätte", "war", "ist", "sei", "wäre", "wurde", "worden", "wird", "werde", "hatten",
                 "haben", "waren", "sind", "seien", "wurden"}

NAME_WORDS = {"der", "die", "das", "des", "dem", "am", "an", "und", "von", "für", "im", "in", "zum", "zur", "&", "-", ".", "'"}

QUOTE_INTRODUCERS = {":", "als", "wie", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen"}

SENTENTIAL_RELATIVE = {"was", "wobei", "womit", "woraufhin", "weshalb", "wodurch", "worauf"}
MAIN_AUX = {"wurde", "wurden", "wird", "werden", "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren"}

TIME_NOUNS = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar",
              "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
              "woche", "wochen", "monat", "monaten", "jahr", "jahren", "tag", "tagen", "abend", "morgen", "nacht",
              "wochenende", "vormittag", "nachmittag", "mittag", "zeit", "anfang", "ende", "mitte", "sommer", "winter",
              "frühjahr", "herbst", "vorjahr", "jahresbeginn", "uhr", "vergangenheit", "zukunft"}
SOURCE_PP = {"in", "im", "aus", "vom", "von", "beim", "bei", "für", "zur", "zum", "an", "auf", "über", "der", "des"}

NOT_MAIN_CLAUSE = SUBORD | {"während", "weil", "da", "nachdem", "als", "wenn", "obwohl", "um", "bevor", "damit",
                                "der", "die", "das", "dem", "den", "denen", "deren", "dessen", "wobei", "wodurch"}

# finite verbs that take a bare infinitive ("musste er betonen", "ließ verlauten"): with the infinitive they
# make the cue, and the subject is found from them
INFINITIVE_HEADS = {
    "muss", "musste", "mussten", "müsse", "müssen", "will", "wollte", "wollten", "wolle", "wollen", "kann", "konnte",
    "konnten", "könne", "können", "soll", "sollte", "sollten", "solle", "sollen", "möchte", "möchten", "darf",
    "durfte", "dürfe", "wird", "werde", "werden", "würde", "würden", "ließ", "ließen", "lässt", "lasse",
}
