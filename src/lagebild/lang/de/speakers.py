"""German words for speaker resolution (``extract/statements/speakers.py``, ``nlp/coref.py``): data only.

Pronouns with the referent type, gender and number they ask for; articles; nouns that make
a mention a spokesperson, a collective or a generic one (no single actor); role heads of
descriptions ("der Kanzler", "der CDU-Vorsitzende") with the office kind they name; words
that mark a person's gender next to a name.
"""
from __future__ import annotations

# pronoun -> (type, gender, number); type person | org | any; gender m | f | n | None
PRONOUNS = {
    "er": ("person", "m", "sg"), "ihm": ("person", "m", "sg"), "ihn": ("person", "m", "sg"),
    "sie": ("any", "f", None), "ihr": ("person", "f", "sg"),
    "dieser": ("person", "m", "sg"), "diese": ("person", "f", "sg"),
    "letzterer": ("person", "m", "sg"), "letztere": ("person", "f", "sg"),
}
# pronouns that never name one actor
GENERIC_PRONOUNS = {"man", "jemand", "niemand", "einige", "viele", "manche", "mancher", "alle", "beide", "wir", "ich",
                    "du", "ihr", "es", "andere"}
ARTICLES = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"}
DEFINITE = {"der", "die", "das", "des", "dem", "den"}
INDEFINITE = {"ein", "eine", "einer", "eines", "einem", "einen"}

# a head containing one of these makes the mention a spokesperson of a body
SPOKESPERSON = ("sprecher", "sprecherin")
# heads (lower case, whole word) of mentions that name a group or someone unnamed: no actor
COLLECTIVE = {"experten", "expertinnen", "fachleute", "kritiker", "kritikerinnen", "beobachter", "medien", "kreise",
              "vertreter", "vertreterinnen", "teilnehmer", "diplomaten", "analysten", "ökonomen", "beamte", "anwälte",
              "insider", "quellen", "mitglieder", "abgeordnete", "befürworter", "gegner", "demonstranten",
              "staats- und regierungschefs", "regierungschefs", "parteien", "verbände", "forscher", "wissenschaftler",
              "politiker", "ermittler", "bewohner", "anwohner", "sicherheitskreise", "regierungskreise", "unterstützer",
              "umfragen", "zeugen", "augenzeugen", "bürger", "menschen", "leute", "jemand", "mancher", "manche"}
# nouns that head a document or a data source rather than a speaker
DOCUMENT_HEADS = {"daten", "analyse", "studie", "bericht", "berichten", "bericht", "umfrage", "papier", "gutachten",
                  "angaben", "darstellung", "zahlen"}
# a document or source noun whose genitive or 'von' names its author: 'Angaben der Bundespolizei',
# 'einer Studie des Ifo-Instituts', 'eine von der WMO vorgelegte Analyse' (the author speaks)
SOURCE_NOUNS = DOCUMENT_HEADS | {"analysen", "studien", "berichts", "berichtes", "schätzung", "schätzungen",
                                 "ermittlungen", "mitteilung", "erklärung", "stellungnahme", "prognose",
                                 "einschätzung", "informationen", "recherchen", "urteil", "beschluss", "auswertung",
                                 # what someone said or thinks: 'Die ersten Worte Armstrongs', 'Ansicht des …'
                                 "worte", "worten", "aussage", "aussagen", "äußerung", "äußerungen", "ansicht", "auffassung",
                                 "meinung", "sicht", "überzeugung",
                                 "pressemitteilung", "presseerklärung", "jahresbericht", "abschlussbericht"}
SOURCE_LINKS = ("der", "des", "von", "vom")  # 'Angaben der …', 'Studie des …', 'Zahlen von …'
LEADERSHIP = ("führung", "spitze", "parteispitze", "parteiführung", "vorstand")  # 'die SPD-Führung' speaks for the SPD

# role head (suffix of the head noun, lower case) -> office kind; for compatibility of a
# description with a person the text has introduced, and with an office the KB knows
ROLE_HEADS = (
    ("vizekanzler", "vice_chancellor"), ("kanzler", "chancellor"), ("bundespräsident", "president"),
    ("vizepräsident", "vice_president"), ("ministerpräsident", "prime_minister"), ("präsident", "president"),
    ("staatschef", "president"), ("staatsoberhaupt", "president"),  # heads of state, not any 'chef'
    ("premierminister", "prime_minister"), ("regierungschef", "prime_minister"), ("premier", "prime_minister"),
    ("außenminister", "foreign_minister"), ("verteidigungsminister", "defence_minister"),
    ("finanzminister", "finance_minister"), ("innenminister", "interior_minister"), ("minister", "minister"),
    ("staatssekretär", "minister"), ("generalsekretär", "secretary_general"), ("bürgermeister", "mayor"),
    ("kommissar", "commissioner"), ("beauftragte", "commissioner"), ("beauftragter", "commissioner"),
    ("vorsitzende", "leader"), ("vorsitzender", "leader"), ("chef", "leader"), ("fraktionschef", "leader"),
    ("parteichef", "leader"), ("klubobmann", "leader"), ("politiker", "politician"), ("abgeordnete", "politician"), ("abgeordneter", "politician"),
    ("senator", "politician"), ("nationalrat", "politician"), ("republikaner", "politician"),
    ("demokrat", "politician"), ("freiheitliche", "politician"), ("sozialdemokrat", "politician"),
    ("christdemokrat", "politician"), ("richter", "judge"), ("trainer", "coach"), ("direktor", "director"),
    ("leiter", "director"),  # 'der Bundeswahlleiter', 'der Amtsleiter': an office, no body
    ("sportler", "person"), ("autor", "person"), ("ökonom", "person"), ("experte", "person"),
)
# words right before a name that mark the person's gender
# 'der Franzose', 'die Britin', 'der Bayer' (a Bavarian, not the company): a person of that country (ISO code,
# as the referents' labels have it; 'by': Bavaria) and gender. Forms that also name the country ('Ungarn',
# 'Polen') and plurals ('die Briten': a people) are left out.
DEMONYMS = {
    "franzose": ("fr", "m"), "französin": ("fr", "f"), "amerikaner": ("us", "m"), "amerikanerin": ("us", "f"),
    "us-amerikaner": ("us", "m"), "us-amerikanerin": ("us", "f"), "brite": ("gb", "m"), "britin": ("gb", "f"),
    "russe": ("ru", "m"), "russin": ("ru", "f"), "ukrainer": ("ua", "m"), "ukrainerin": ("ua", "f"),
    "italiener": ("it", "m"), "italienerin": ("it", "f"), "spanier": ("es", "m"), "spanierin": ("es", "f"),
    "pole": ("pl", "m"), "polin": ("pl", "f"), "österreicher": ("at", "m"), "österreicherin": ("at", "f"),
    "niederländer": ("nl", "m"), "niederländerin": ("nl", "f"), "belgier": ("be", "m"), "belgierin": ("be", "f"),
    "ungar": ("hu", "m"), "ungarin": ("hu", "f"), "türke": ("tr", "m"), "türkin": ("tr", "f"),
    "grieche": ("gr", "m"), "griechin": ("gr", "f"), "schwede": ("se", "m"), "schwedin": ("se", "f"),
    "finne": ("fi", "m"), "finnin": ("fi", "f"), "däne": ("dk", "m"), "dänin": ("dk", "f"),
    "kanadier": ("ca", "m"), "kanadierin": ("ca", "f"), "japaner": ("jp", "m"), "japanerin": ("jp", "f"),
    "chinese": ("cn", "m"), "chinesin": ("cn", "f"), "israeli": ("il", None), "inder": ("in", "m"),
    "inderin": ("in", "f"), "bayer": ("by", "m"), "bayerin": ("by", "f"),
}
# a possessive before a source noun ("nach seinen Worten", "Seiner Ansicht nach", "nach ihren Angaben"):
# the pronoun it stands for (a person; after a body's sentence it stays unresolved)
# what a possessive's person holds or voices as the subject of a frame ('Seine Zuversicht gründet sich
# auf …: „…“', 'Ihre Sorge ist, dass …'): the person, like the source nouns after a possessive
POSSESSED_STANCES = {"zuversicht", "sorge", "sorgen", "hoffnung", "kritik", "forderung", "forderungen", "position",
                     "haltung", "standpunkt", "begründung", "warnung", "botschaft", "antwort", "argument",
                     "argumentation", "einschätzung", "befürchtung", "erwartung", "bilanz", "fazit"}
POSSESSIVE_PRONOUNS = {"seine": "er", "seinen": "er", "seiner": "er", "seinem": "er", "seines": "er",
                       "ihre": "sie", "ihren": "sie", "ihrer": "sie", "ihrem": "sie", "ihres": "sie"}
# words (and compound prefixes) that make an office its deputy's ('der stellvertretende Premierminister',
# 'Vizepremier', 'the deputy prime minister'): another office, never its holder
DEPUTY_WORDS = {"stellvertretende", "stellvertretender", "stellvertretenden", "stellvertretendem", "vize"}
DEPUTY_PREFIXES = ("vize",)
# words and prefixes that make an office a former one ('der frühere Bundeskanzler', 'Ex-Kanzler',
# 'Altkanzler'): never today's holder
FORMER_WORDS = ("früher", "ehemalig", "einstig", "damalig", "vormalig")
FORMER_PREFIXES = ("ex-", "alt")
# words that make an office a future one ('der künftige Kanzler', 'the incoming president'): not today's
# holder either
FUTURE_WORDS = ("künftig", "designiert", "angehend", "zukünftig")
FEMALE_TITLES = {"frau"}
MALE_TITLES = {"herr", "herrn"}
# a role noun ending in one of these names a woman ("Kanzlerin", "Ministerin", "Nationalrätin")
FEMALE_SUFFIXES = ("in",)
FEMALE_SUFFIX_EXCEPTIONS = {"berlin", "kremlin", "bin", "termin", "medizin", "benzin", "disziplin", "magazin",
                            "vitamin", "kamin", "ruin", "lin"}
# definite descriptions of an organisation ("das Gericht", "die Partei") -> what they refer back to:
# "party" = the last party named; "court" = the last court named (a compound such as
# "Verwaltungsgericht", with the place after it: COURT_NAME)
ORG_DESCRIPTIONS = {"partei": "party", "gericht": "court", "gerichtshof": "court"}
# A named institution as a speaker ("die Bundespolizei", "das Verwaltungsgericht Berlin", "die
# Staatsanwaltschaft Oslo"): a compound ending in one of these heads, made specific by a prefix
# below or by the place after it; "die Polizei" alone names no one in particular.
INSTITUTION_HEADS = ("gericht", "gerichtshof", "polizei", "staatsanwaltschaft", "ministerium", "amt", "behörde",
                     "agentur", "bank", "institut", "kommission", "anstalt", "verwaltung", "kriminalamt")
# Only federal bodies are one body by their name alone ("Bundespolizei"); a "Landgericht" or
# "Verwaltungsgericht" needs its place ("Verwaltungsgericht Berlin"): one actor for every
# Landgericht would merge different courts across articles.
INSTITUTION_PREFIXES = ("bundes",)
# 'Die Organisation Foodwatch', 'Der Branchenverband Bitkom': a head naming a kind of body (a
# compound ends in it) before a proper name is that body, a local actor when the KB lacks it
ORG_HEADS = ("organisation", "verband", "verein", "gewerkschaft", "stiftung", "institut", "unternehmen", "konzern",
             "firma", "bündnis", "initiative", "netzwerk", "bewegung", "vereinigung", "lobbygruppe", "denkfabrik")
# 'die Organisation', 'das Unternehmen' (a definite description of a body, heads as compound endings):
# the body the text named last with that noun before its name ('Die Umweltschutzorganisation WWF');
# the general heads also take the only organisation named in the last sentences
BODY_DESCRIPTIONS = ORG_HEADS + ("fluggesellschaft", "airline", "hersteller", "autobauer", "behörde", "agentur",
                                 "ministerium", "bank", "sender", "zeitung", "gruppe", "kette", "betreiber")
GENERAL_BODY_HEADS = ("organisation", "unternehmen", "konzern", "firma")
# a head before a body's proper name ('Die holländische Fluggesellschaft KLM', 'das Nachrichtenmagazin
# Focus', 'die Internet-Nachrichtensite „Golem“'): that body, a local actor where the KB lacks it
NAMED_BODY_HEADS = BODY_DESCRIPTIONS + ("magazin", "zeitschrift", "nachrichtenagentur", "rundfunk", "nachrichtensite",
                                        "website", "portal", "dienst", "partei", "miliz", "kommission", "gericht")
COURT_NAME = r"\b([A-ZÄÖÜ][a-zäöüß]+(?:gericht|gerichtshof))(?:\s+([A-ZÄÖÜ][a-zäöüß]+))?"
# words right before a name (within three) that make the mention an object, not the subject of
# its clause ("mit Macron", "dem deutschen Kanzler Friedrich Merz"): less likely an antecedent
OBLIQUE = {"mit", "von", "vom", "für", "gegen", "bei", "beim", "zu", "zum", "zur", "an", "auf", "über", "unter", "dem",
           "den", "des", "neben", "nach", "durch", "ohne", "gegenüber"}
# possessive determiners before a name ("seinen Kollegen X"): X is someone's, not a pronoun's antecedent
POSSESSIVES = {"sein", "seine", "seinen", "seinem", "seiner", "seines",
               "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"}
