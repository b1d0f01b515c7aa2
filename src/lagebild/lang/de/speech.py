"""German speech data for statement extraction: cue words, reported-speech markers, sources, addressees.

Data only (the rules are in ``extract/statements/de*.py``). Reporting verbs and nouns are also in
``data/lexicons/de_cues.tsv``; ``extract/statements/cues.py`` loads both. Some sets hold a few
English words: they match English phrases inside German text and are kept as they are.
"""
from __future__ import annotations

import re

# Quotation marks: opening mark -> closing marks.
QUOTE_PAIRS = {"„": {"“", "”"}, "»": {"«"}, "“": {"”"}, "«": {"»"}, '"': {'"'}, "”": {"”", "“"}}
# Quotations continue over a paragraph that opens with the same mark (English style): not in German.
PARAGRAPH_QUOTES = False

# Datelines that open an article or paragraph: "Berlin (dpa) - ", "BERLIN (dpa-AFX) - ", "Berlin, 14. Dez (Reuters) - ",
# "Brüssel - ". The place, date and agency are never a speaker; the text after the dash is the sentence.
DATELINE = re.compile(
    r"[A-ZÄÖÜ][\w.'’/-]*(?: [A-ZÄÖÜ][\w.'’/-]*){0,2}(?:, (?:den )?\d{1,2}\. ?[A-ZÄÖÜ]?[a-zäöü]*\.?(?: \d{4})?)?"
    r"(?: ?\([^()\n]{1,30}\))? ?[-–—] (?=[A-ZÄÖÜ„»\"])")
# Bylines: "Von unserer Redaktion", "Von Anna Muster" as a line of its own (no statement, no speaker).
BYLINE = re.compile(r"(?:Von|Ein (?:Bericht|Kommentar) von) (?:unsere[mr] [A-ZÄÖÜ]\w+(?: [A-ZÄÖÜ]\w+)?|"
                    r"[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+){0,3}(?: und [A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+){0,2})?)"
                    r"(?:, [A-ZÄÖÜ]\w+)?\s*$")

# --- cue lexicon: more reporting verbs and nouns beside data/lexicons/de_cues.tsv ---
# Particles of separable verbs, and two-word particles ("davon aus", "bekannt").
PARTICLES = {
    "an", "auf", "aus", "bei", "ein", "fest", "hin", "mit", "vor", "zu", "zurück", "bekannt", "klar",
    "hinzu", "dar", "nach", "ab", "fort", "entgegen", "heraus", "hervor", "zusammen", "weiter", "voraus",
}
AUX = {"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "ist", "war", "waren", "sind",
       "wurde", "wurden", "wird", "werden", "sei", "seien", "worden"}

# More German reporting verbs (lemma -> medium), beside the shipped lexicon: written from general knowledge of
# German news language, not derived from any annotated corpus.
EXTRA_DE_VERBS = {
    "verlauten": "SW", "verlautbaren": "SW", "anregen": "Speech", "besagen": "Writing", "konstatieren": "Speech",
    "resümieren": "Speech", "bilanzieren": "Speech", "folgern": "ST", "schlussfolgern": "ST", "einwenden": "Speech",
    "entgegenhalten": "Speech", "kontern": "Speech", "rügen": "Speech", "monieren": "Speech", "beanstanden": "Speech",
    "spekulieren": "ST", "mutmaßen": "ST", "prognostizieren": "SW", "garantieren": "Speech", "enthüllen": "SW",
    "vermelden": "SW", "festhalten": "SW", "anordnen": "SW", "abraten": "Speech", "pochen": "Speech",
    "distanzieren": "SW", "anzweifeln": "ST",
    "insistieren": "Speech", "vorhalten": "Speech", "androhen": "Speech", "einwerfen": "Speech", "anfügen": "Speech",
    "geloben": "Speech", "schwören": "Speech", "beschwören": "Speech", "einfordern": "Speech", "aussprechen": "Speech",
    "ausschließen": "Speech", "abstreiten": "Speech", "beipflichten": "Speech", "befürworten": "SW",
    "einschätzen": "ST", "vorrechnen": "Speech", "nachlegen": "Speech", "unterrichten": "SW", "informieren": "SW",
    # reporting verbs of REPORTED that no lexicon listed (they could never be a cue)
    "beziffern": "SW", "einstufen": "SW", "werten": "Speech",
    # acts of political news that need a preposition (ACT_PREPOSITIONS): "setzte sich für … ein", "bestand auf …"
    "einsetzen": "Speech", "bestehen": "Speech",
    # speech acts with an object (issue #21): reported speech only with the objects ACT_* below allow
    "verteidigen": "Speech", "werben": "Speech", "ermahnen": "Speech", "klarmachen": "Speech",
    # manner-of-speaking verbs of political reporting ('"…", wetterte Kickl'); 'donnern' and 'jubeln' are
    # left out: too often no speech at all
    "wettern": "Speech", "poltern": "Speech", "schimpfen": "Speech", "ätzen": "Speech", "lästern": "Speech",
    "spotten": "Speech", "höhnen": "Speech", "stöhnen": "Speech", "seufzen": "Speech", "frotzeln": "Speech",
    "giften": "Speech", "witzeln": "Speech", "sticheln": "Speech", "murren": "Speech", "nörgeln": "Speech",
    "schwärmen": "Speech", "charakterisieren": "Speech",
}

EXTRA_DE_NOUNS = {
    "Vorwürfe": "Speech", "Vorwürfen": "Speech", "Forderungen": "Speech", "Befürchtungen": "ST", "Warnungen": "Speech",
    "Angst": "ST", "Ängste": "ST", "Vorschlag": "Speech", "Zusicherung": "Speech", "Spekulationen": "ST",
    "Vermutungen": "ST", "Ankündigungen": "Speech", "Appelle": "Speech", "Drohungen": "Speech", "Beteuerung": "Speech",
    "These": "ST", "Theorie": "ST",
}

# --- reporting cues in context ---
# Nouns that make "nach ..." a source PP ("nach Angaben der Polizei").
SOURCE_NOUNS = {
    "angaben", "ansicht", "auffassung", "meinung", "informationen", "einschätzung", "worten", "aussage",
    "aussagen", "darstellung", "schätzung", "schätzungen", "berichten", "erkenntnissen", "überzeugung",
    "mitteilung", "recherchen", "einschätzungen", "angabe", "vorstellung", "überzeugung", "sicht", "bericht",
    "agenturangaben", "polizeiangaben", "medienberichten", "zeitungsberichten", "umfragen", "umfrage",
    "vernehmen", "planungen", "berechnungen", "ermittlungen", "untersuchungen", "untersuchung", "ermittlungsstand",
    "worte", "ankündigung", "nachricht", "analyse",
    "auskunft", "auskünften", "veröffentlichung", "studie", "prognose", "prognosen", "hochrechnung", "hochrechnungen",
    "endergebnis", "darstellungen", "erfahrungen", "erkenntnisstand", "kenntnisstand", "dokument", "dokumenten",
    "plan", "plänen", "vorhersage", "statistik", "zählung", "bewertung", "verfassung", "grundgesetz", "willen",
    "wunsch", "vorschlag", "unterlagen", "recherche", "zeugenaussagen", "beobachtungen", "auswertung", "daten",
}
# Compound source nouns end in these ("Behördenangaben", "Zeugenaussagen", "Expertenmeinung").
SOURCE_SUFFIXES = ("angaben", "aussagen", "berichten", "informationen", "erkenntnissen", "schätzungen", "meinung",
                   "einschätzung", "auffassung", "ansicht", "darstellung", "berechnungen", "entwurf", "studie",
                   "umfrage", "bericht", "mitteilung", "erklärung", "ergebnis", "prognose", "statistik")
# Reporting verbs whose clause alone is a Reported statement ("X kritisierte die Pläne").
REPORTED = {
    "kritisieren", "bezeichnen", "fordern", "warnen", "begrüßen", "verurteilen", "ablehnen", "ankündigen",
    "dementieren", "zurückweisen", "loben", "beklagen", "appellieren", "vorwerfen", "aufrufen",
    "bekanntgeben", "drohen", "anprangern", "plädieren", "bedauern", "protestieren", "widersprechen",
    "bestreiten", "sprechen", "äußern", "verlangen", "auffordern", "vorschlagen", "empfehlen",
    "criticize", "warn", "urge", "deny", "announce", "accuse", "blame", "praise", "condemn",
    # more verbs that head reported speech in German news (written for this project)
    "nennen", "berichten", "beziffern", "verweisen", "hinweisen", "ausgehen", "bestätigen", "einräumen",
    "zugeben", "melden", "bekanntgeben", "einstufen", "werten", "versprechen",
    "beschuldigen", "mitteilen", "erklären", "befürchten", "erwarten", "kommentieren", "würdigen", "bemängeln",
}
REPORTED |= {"verteidigen", "werben", "ermahnen", "klarmachen", "androhen", "beschwören", "hervorheben", "bekräftigen",
             "aussprechen", "anmahnen", "einfordern", "pochen", "mahnen", "zusichern", "begründen",
             "vermuten", "vorhersagen", "voraussagen", "prognostizieren",
             "distanzieren", "bezweifeln", "anzweifeln",
             # "betonte die Bedeutung der Nato" (with a clause it is indirect speech); "bat um Geduld"
             "betonen", "bitten",
             # verbs of criticism, approval and concession common in German political news (written for this project)
             "monieren", "rügen", "tadeln", "beanstanden", "missbilligen", "befürworten", "anregen", "abstreiten",
             "signalisieren", "bekunden", "drängen", "leugnen", "eingestehen", "unterstreichen", "zusagen", "anordnen",
             # estimates report only with the objects ACT_AMOUNT_CUES below allow ("anbieten", "vergleichen",
             # "dokumentieren" and "klagen über" were tried: more often commerce, research or illness than speech)
             "schätzen",
             # stances of political news (written for this project): "setzte sich für … ein", "bestand auf …",
             # "schloss … (nicht) aus"; the phrases below ("machte sich für … stark", "wandte sich gegen …",
             # "brachte … ins Spiel", "erteilte … eine Absage", "übte Kritik an …", "stellte … infrage")
             "einsetzen", "bestehen", "ausschließen"}
# Phrases that report a stance (written for this project): "zeigte sich zuversichtlich, dass …",
# "hält es für möglich, dass …", "hat der Ukraine Hilfe in Aussicht gestellt".
SICH_ZEIGEN_ADJECTIVES = {  # a stance toward what comes; emotions ("zeigte sich überrascht") are no statement
    "zuversichtlich", "optimistisch", "pessimistisch", "besorgt", "überzeugt", "enttäuscht", "offen", "bereit",
    "skeptisch", "kritisch", "entschlossen", "gesprächsbereit", "kompromissbereit", "zufrieden", "unzufrieden",
    "zurückhaltend", "verhandlungsbereit", "zuversichtlicher",
}
FUER_HALTEN_ADJECTIVES = {
    "möglich", "wahrscheinlich", "unwahrscheinlich", "denkbar", "richtig", "falsch", "notwendig", "nötig",
    "unverzichtbar", "ausgeschlossen", "realistisch", "unrealistisch", "sinnvoll", "gefährlich", "verfassungswidrig",
    "angemessen", "geboten", "unvermeidlich", "überfällig", "fatal", "verantwortungslos",
}
REPORTED |= {"sich zeigen", "für möglich halten", "in Aussicht stellen", "verantwortlich machen", "sehen in",
             "sich stark machen", "sich wenden gegen", "ins Spiel bringen", "eine Absage erteilen", "Kritik üben",
             "infrage stellen"}
# Reporting verbs that report speech only with a preposition in the object ("wirbt für den Plan", not "wirbt
# mit Preisen") or an object noun of policy and argument ("verteidigt die Verschärfung", not "die Stadt").
ACT_PREPOSITIONS = {"werben": {"für", "um"}, "pochen": {"auf"}, "bitten": {"um"}}
# Acts whose object must open with one of these ("besteht auf …", not "besteht der Verdacht";
# "setzte sich für / gegen … ein", not "setzte Panzer ein").
ACT_FIRST_PREPOSITIONS = {"bestehen": {"auf"}, "einsetzen": {"für", "gegen"}, "distanzieren": {"von", "vom"}}
# Estimates report only with an amount ("schätzt den Schaden auf 50 Millionen", not "schätzt ihn sehr").
ACT_AMOUNT_CUES = {"schätzen", "beziffern"}
ACT_OBJECT_SUFFIXES = {"verteidigen": ("ung", "politik", "kurs", "pläne", "plan", "gesetz", "vorgehen", "haltung",
                                       "position", "reform", "beschluss", "maßnahmen", "strategie", "vorschlag",
                                       "äußerungen", "aussagen", "entscheidung", "regeln", "kritik")}
NOT_ACT_OBJECTS = ("stellung", "stellungen", "festung", "stadt", "heimat", "siedlung")
# Objects that make a reporting verb no speech ("Die Flut forderte 35 Todesopfer": lives, not a demand).
ACT_NOT_OBJECTS = {"fordern": ("todesopfer", "opfer", "tote", "toten", "menschenleben", "leben", "verletzte")}
# Speech-act nouns and the prepositions of their object ("die Forderung nach ...", "Kritik an ...").
ACT_NOUNS = {
    "Forderung": {"nach"}, "Forderungen": {"nach"}, "Kritik": {"an", "am"}, "Warnung": {"vor"}, "Warnungen": {"vor"},
    "Bekenntnis": {"zu", "zur", "zum"}, "Aufruf": {"zu", "zur", "zum"}, "Aufforderung": {"zu", "zur", "zum"},
    "Appell": {"zu", "zur", "zum", "für"}, "Plädoyer": {"für", "gegen"}, "Absage": {"an"}, "Ruf": {"nach"},
    "Drohung": {"mit"}, "Vorschlag": {"zu", "zur", "zum", "für"},
}
POSSESSIVES = {"seine", "seiner", "seinen", "seinem", "ihre", "ihrer", "ihren", "ihrem"}
ADDRESSEE_CUES = {"sagen", "erklären", "mitteilen", "versichern", "bestätigen", "antworten", "schreiben",
                  "versprechen", "zusichern", "vorwerfen", "berichten", "sagte", "tell", "say", "write",
                  "erzählen", "ankündigen", "verraten", "entgegnen", "zusagen"}

HEISST_FORMS = {"heißt", "hieß", "hieße", "geheißen"}

# Cues whose accusative object is the addressee ("forderte die Regierung auf", "bat die EU").
ACCUSATIVE_ADDRESSEE_CUES = {"auffordern", "bitten", "fragen", "warnen", "ermahnen", "drängen", "anweisen", "beschuldigen",
                             "mahnen", "aufrufen", "anflehen", "informieren", "unterrichten"}
# Cues whose passive subject (or dative) is the addressee ("Ihm wird vorgeworfen", "Die Männer werden beschuldigt").
PASSIVE_ADDRESSEE_CUES = ACCUSATIVE_ADDRESSEE_CUES | {"vorwerfen", "nachsagen", "vorhalten", "anlasten", "raten",
                                                      "empfehlen", "zusichern", "zusagen", "versprechen", "mitteilen"}
# Cues whose dative object is the addressee ("warf der Regierung vor", "empfahl dem Gericht", "riet Reisenden").
DATIVE_ADDRESSEE_CUES = {"vorwerfen", "vorhalten", "nachsagen", "anlasten", "unterstellen", "empfehlen", "raten",
                         "vorschlagen", "zusichern", "zusagen", "versprechen", "mitteilen", "androhen", "drohen"}
# Audiences after "vor": "sagte vor der Presse", "vor Journalisten".
AUDIENCE_NOUNS = ("presse", "journalisten", "reportern", "medienvertretern", "medien", "abgeordneten", "parlament",
                  "bundestag", "landtag", "delegierten", "anhängern", "studenten", "zuhörern", "publikum", "gästen",
                  "mitgliedern", "teilnehmern", "kameras", "unterstützern", "vertretern", "soldaten", "schülern")

ALS_CUES = {"bezeichnen", "würdigen", "einstufen", "werten", "loben", "verurteilen", "kritisieren", "zurückweisen",
             "beschreiben", "attackieren", "betrachten", "charakterisieren"}
CORRELATES = {"darauf", "daran", "darüber", "davon", "dafür", "darum"}

MEDIA_NOUNS = ("zeitung", "magazin", "blatt", "sender", "agentur", "portal", "sendung", "nachrichtenseite",
               "onlineausgabe", "ausgabe", "online-ausgabe", "kanal", "dienst", "netzwerk")

# Nouns of people and bodies that speak: a noun phrase with one of these can be a speaker.
AGENT_NOUNS = (
    "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "chef",
    "chefin", "polizei", "regierung", "behörde", "behörden", "ministerium", "gericht", "experte", "experten",
    "expertin", "agentur", "zeitung", "bericht", "studie", "partei", "verband", "kommission", "staatsanwalt",
    "staatsanwaltschaft", "anwalt", "anwältin", "richter", "bürgermeister", "vorsitzende", "vorsitzender", "direktor",
    "leiter", "leiterin", "sekretär", "abgeordnete", "abgeordneter", "politiker", "politikerin", "forscher",
    "wissenschaftler", "arzt", "ärzte", "unternehmen", "konzern", "firma", "amt", "rat", "gewerkschaft",
    "organisation", "institut", "kritiker", "beobachter", "zeugen", "augenzeugen", "bewohner", "anwohner",
    "opposition", "fraktion", "senat", "parlament", "sender", "magazin", "portal", "feuerwehr", "armee", "militär",
    "streitkräfte", "rebellen", "aktivisten", "demonstranten", "veranstalter", "betreiber", "hersteller", "verein",
    "trainer", "verteidiger", "ermittler", "analysten", "mitarbeiter", "vertreter", "gutachter", "kläger",
)

# --- Konjunktiv: reported speech ---
# Konjunktiv I, 3rd person (the forms reported speech uses).
KONJ1 = {
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge",
    "gebe", "komme", "gehe", "stehe", "liege", "wisse", "bleibe", "handle", "handele", "fehle",
    "gelte", "lasse", "sehe", "halte", "brauche", "finde", "trage", "plane", "arbeite", "lebe",
    "besitze", "verfüge", "bestehe", "drohe", "erwarte", "wolle",
}
# Konjunktiv II forms that also signal reported speech in news.
KONJ2 = {
    "wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten", "müsste", "müssten",
    "sollte", "sollten", "dürfte", "dürften", "gäbe", "käme", "kämen", "ginge", "stünde", "stünden",
    "bräuchte", "wüsste", "läge", "lägen", "befänden", "befände",
}
# Reportative "sollen": "Er soll ... haben" marks hearsay (free indirect speech in the data sets).
REPORTATIVE = {"soll", "sollen"}
# Words ending in -e that are never finite verbs.
NOT_FINITE_E_WORDS = {
    "die", "eine", "keine", "meine", "deine", "seine", "ihre", "unsere", "eure", "diese", "jene",
    "jede", "welche", "manche", "solche", "alle", "beide", "viele", "wenige", "ohne", "gerne", "gern",
    "heute", "ebenfalls", "alleine", "ende", "gegebene", "erste", "letzte", "nächste", "ganze",
    "andere", "mehrere", "einige", "halbe", "etliche", "bitte", "danke", "gerade", "lange",
}

# --- channels and sources ---
# Platform names, in "auf X", "bei Telegram" (also in English frames: "on X").
PLATFORMS = r"(X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Truth Social|Bluesky|Threads|LinkedIn|Mastodon)"
# Channel patterns: group 1 names the channel ("beim Kurznachrichtendienst X", "im Interview mit der „Zeit“").
# The second also matches English "on Twitter".
CHANNEL_PATTERNS = [
    re.compile(r"\b(?:beim|bei dem|im|auf dem) (?:Kurznachrichtendienst|Onlinedienst|Online-Dienst|Netzwerk|sozialen Netzwerk|Dienst|Portal|Messengerdienst|Plattform) „?([A-Z][\w\- ]{0,20}?)“?(?=$|[\s,.;:])"),
    re.compile(r"\b(?:auf|bei|via|über|on) " + PLATFORMS + r"\b"),
    re.compile(r"\b(?:im|in einem) (?:Interview|Gespräch) mit (?:der|dem|den) „?([A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜ][\w\-]*)*)“?"),
    re.compile(r"\b(?:der|dem|gegenüber der|gegenüber dem) (?:Zeitung|Zeitschrift|Nachrichtenagentur|Agentur|Sender|Fernsehsender|Magazin|Wochenzeitung|Tageszeitung) „?([A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜ][\w\-]*)*)“?"),
    re.compile(r"\b(?:in|bei|auf) (?:einer|der) (Pressekonferenz|Erklärung|Mitteilung|Pressemitteilung|Rede|Regierungserklärung|Videobotschaft|Fernsehansprache|Ansprache|Talkshow|Sendung)\b"),
    re.compile(r"\b(?:im) (Bundestag|Bundesrat|Landtag|Parlament|Fernsehen|Radio|Deutschlandfunk|ZDF|ARD|Interview)\b"),
]
# Words (regex alternatives) of a frame that make a statement written ("in einer Erklärung", "auf X").
WRITTEN_CHANNEL_WORDS = ("Erklärung", "Mitteilung", "Pressemitteilung", r"schriftlich\w*", "Brief", "Schreiben",
                         "Kurznachrichtendienst", "Twitter", "Facebook", "Instagram", "Telegram", "Beitrag", "Post")
# Medium of a source phrase ("nach Angaben der Polizei", "laut einem Bericht"): nouns of opinions (ST),
# of written sources (Writing) and of quoted words (Speech).
# Medium of a source phrase ("nach Angaben der Polizei", "laut einem Bericht"): the news
# corpus labels opinions ST, written sources Writing, quoted words Speech, and bare
# "according to X" SW (spoken or written, unknown).
SOURCE_THOUGHT = ("ansicht", "meinung", "einschätzung", "auffassung", "überzeugung", "schätzung", "sicht")
SOURCE_WRITING = ("bericht", "artikel", "studie", "nachrichtenagentur", "meldung", "entwurf", "zeitung",
                   "magazin", "schreiben", "dokument", "papier", "erklärung", "mitteilung")
SOURCE_SPEECH = ("worte", "aussage", "ankündigung", "nachricht")

# Speaker resolution (extract/statements/speakers.py): pronouns that take the last-named person,
# words of offices that do ("der Kanzler", "die Ministerin"), and government spokespeople.
RESOLVED_PRONOUNS = {"er", "sie", "ihm", "ihr"}
DEFINITE_ARTICLES = {"der", "die"}
ROLE_WORDS = ("kanzler", "präsident", "minister", "chef", "vorsitzend", "sprecher", "politiker", "premier",
              "regierungschef", "bürgermeister", "abgeordnet", "senator")
GOVERNMENT_SPEAKERS = ("regierungssprecher", "sprecher der bundesregierung", "regierungssprecherin")

# Medium by who speaks (extract/statements/de_medium.py): the news corpus labels what a body (a ministry, a
# company, the police) "declared" or "announced" SW (spoken or written, unknown), what a person did Speech.
# Cue verbs that stay Speech whoever speaks ("sagen", "betonen"):
SPOKEN_CUES = {"sagen", "betonen", "äußern", "meinen", "sprechen", "hinzufügen", "ergänzen", "fragen", "antworten",
               "rufen", "sagte", "unterstreichen", "versichern", "zitieren", "schreiben", "twittern", "posten"}
# Head nouns (endings) of bodies, not persons.
BODY_NOUN_ENDINGS = ("ministerium", "ministerien", "regierung", "verwaltung", "unternehmen", "organisation", "partei",
                     "polizei", "behörde", "behörden", "gericht", "verband", "kommission", "amt", "institut", "konzern",
                     "gesellschaft", "bank", "union", "armee", "militär", "agentur", "vereinigung", "gewerkschaft",
                     "staatsanwaltschaft", "anwaltschaft", "fraktion", "komitee", "firma", "zentrum", "verein",
                     "kirche", "universität", "senat", "parlament", "veranstalter", "stadt", "gemeinde", "rat",
                     "opposition", "feuerwehr", "streitkräfte", "bundesamt", "konferenz", "sender", "zeitung",
                     "magazin", "gruppe", "allianz", "bündnis", "koalition", "werk", "klinik", "krankenhaus")
# Source nouns of a "laut/nach/zufolge" phrase that keep it SW even when a person follows ("nach Angaben des Chefs").
SOURCE_INFO_NOUNS = ("angaben", "informationen", "erkenntnisse", "erkenntnissen", "meldung", "meldungen",
                     "berichten", "bericht", "darstellung", "einschätzung", "ansicht", "meinung", "auffassung",
                     "schätzung", "schätzungen", "aussagen", "worten", "studie", "umfrage")
# Verbs of saying that take a main clause as content without Konjunktiv ("sagte Rice, die USA hielten sich
# an …"): the V2 clause after the comma is what was said (written for this project).
SAY_V2_CUES = {"sagen", "erklären", "betonen", "meinen", "versichern", "mitteilen", "schreiben", "behaupten",
               "erwidern", "antworten", "ergänzen", "hinzufügen", "unterstreichen", "bekräftigen", "sagte",
               "glauben", "verkünden", "bestätigen", "berichten", "einräumen"}
