"""English words for speaker resolution (``extract/statements/speakers.py``, ``nlp/coref.py``): data only.

Same names as ``lang/de/speakers.py``; see there.
"""
from __future__ import annotations

import re

PRONOUNS = {
    "he": ("person", "m", "sg"), "him": ("person", "m", "sg"), "she": ("person", "f", "sg"),
    "her": ("person", "f", "sg"), "it": ("org", "n", "sg"),
}
GENERIC_PRONOUNS = {"they", "we", "i", "you", "someone", "somebody", "anyone", "nobody", "some", "many", "others",
                    "both", "all", "one", "everyone", "people"}
ARTICLES = {"the", "a", "an"}
DEFINITE = {"the"}
INDEFINITE = {"a", "an"}

SPOKESPERSON = ("spokesman", "spokeswoman", "spokesperson", "press secretary", "spokespeople")
COLLECTIVE = {"officials", "allies", "leaders", "sources", "lawyers", "critics", "experts", "analysts", "attendees",
              "diplomats", "people", "residents", "members", "aides", "ministers", "observers", "economists",
              "scientists", "researchers", "astronomers", "investigators", "opponents", "supporters", "protesters",
              "voters", "insiders", "negotiators", "lawmakers", "legislators", "campaigners", "activists", "media",
              "reports", "witnesses", "someone", "others", "both", "authorities", "executives", "traders", "sides",
              "governments", "parties", "countries", "states", "nations", "mps"}
DOCUMENT_HEADS = {"data", "analysis", "study", "report", "survey", "draft", "paper", "figures", "decision", "poll"}
# 'a report by the IAEA', 'data from Eurostat', 'figures from the Office for National Statistics'
SOURCE_NOUNS = DOCUMENT_HEADS | {"estimates", "estimate", "statement", "ruling", "analyses", "reports", "studies",
                                 "forecast", "findings", "words", "view", "remarks", "comments"}
SOURCE_LINKS = ("by", "from", "of")
LEADERSHIP = ("leadership",)

ROLE_HEADS = (
    ("vice president", "vice_president"), ("prime minister", "prime_minister"), ("premier", "prime_minister"),
    ("president", "president"), ("chancellor", "chancellor"), ("foreign minister", "foreign_minister"),
    ("secretary of state", "foreign_minister"), ("foreign secretary", "foreign_minister"),
    ("defence minister", "defence_minister"), ("defense minister", "defence_minister"),
    ("defence secretary", "defence_minister"), ("defense secretary", "defence_minister"),
    ("finance minister", "finance_minister"), ("interior minister", "interior_minister"),
    ("secretary general", "secretary_general"), ("secretary-general", "secretary_general"),
    ("minister", "minister"), ("secretary", "minister"), ("chief", "leader"), ("leader", "leader"),
    ("head", "leader"), ("chair", "leader"), ("chairman", "leader"), ("chairwoman", "leader"), ("mayor", "mayor"),
    ("mayor-elect", "mayor"), ("governor", "governor"), ("senator", "politician"), ("deputy", "politician"),
    ("lawmaker", "politician"), ("politician", "politician"), ("mp", "politician"), ("republican", "politician"),
    ("democrat", "politician"), ("judge", "judge"), ("coach", "coach"), ("director", "director"),
    ("economist", "person"), ("expert", "person"), ("astronomer", "person"), ("official", "person"),
)
# 'the Frenchman', 'the Ukrainian': a person of that country (see lang/de/speakers.py)
DEMONYMS = {
    "frenchman": ("fr", "m"), "frenchwoman": ("fr", "f"), "briton": ("gb", None), "russian": ("ru", None),
    "ukrainian": ("ua", None), "american": ("us", None), "italian": ("it", None), "spaniard": ("es", None),
    "german": ("de", None), "canadian": ("ca", None), "hungarian": ("hu", None), "dutchman": ("nl", "m"),
    "austrian": ("at", None), "israeli": ("il", None), "pole": ("pl", None),
}
# words (and compound prefixes) that make an office its deputy's ('der stellvertretende Premierminister',
# 'Vizepremier', 'the deputy prime minister'): another office, never its holder
DEPUTY_WORDS = {"deputy", "vice", "assistant", "under"}
DEPUTY_PREFIXES = ("vice-", "deputy-")
# words and prefixes that make an office a former one ('the former Dutch prime minister'; see lang/de)
FORMER_WORDS = ("former", "onetime", "erstwhile", "then")
FORMER_PREFIXES = ("ex-", "then-")
# words that make an office a future one ('der künftige Kanzler', 'the incoming president'): not today's
# holder either
FUTURE_WORDS = ("incoming", "future", "designate")
FEMALE_TITLES = {"ms", "mrs", "miss", "dame", "lady", "ms.", "mrs."}
MALE_TITLES = {"mr", "mr.", "sir", "lord"}
# English role nouns that name a woman
FEMALE_ROLE_WORDS = {"chairwoman", "spokeswoman", "congresswoman", "businesswoman", "queen", "princess", "duchess"}

# given names common in European and US politics and news whose bearer is nearly always a woman;
# a name not listed is judged by its ending (-a, -e in German/Romance names) only weakly
FEMALE_GIVEN_NAMES = frozenset("""
Alice Angela Annalena Anna Anne Annegret Annette Antje Barbara Beatrix Bettina Birgit Brigitte Britta Carola Caroline
Christiane Christine Claudia Dagmar Daniela Doris Dorothee Elisabeth Ellen Elke Emilia Eva Franziska Friederike
Gabriele Gesine Giorgia Heike Helga Ilse Ina Ines Iris Jana Janine Jessica Johanna Julia Jutta Karin Katarina Katharina
Katja Katrin Kaja Kristina Lena Manuela Margot Maria Marie Marine Marion Martina Melanie Michaela Monika Nancy Natalie
Nicola Nicole Petra Renate Ricarda Rita Sabine Sahra Sandra Sarah Saskia Silke Simone Sophie Stefanie Susanne Svenja
Tanja Ulla Ulrike Ursula Ute Verena Yvonne Kamala Hillary Nancy Theresa Liz Elizabeth Rachel Priti Suella Kemi Angela
Yvette Bridget Emily Sarah Mary Kristi Karoline Tulsi Pam Pamela Marjorie Alexandria Elise Kathy Kathleen Jill Melania
Ivanka Giorgia Marine Ségolène Segolene Christine Roberta Mette Sanna Magdalena Jacinda Ursula Kaja Margrethe Beata
Agnieszka Viktória Zuzana Gordana Ana Sylvie Valérie Valerie Rachida Anne-Marie Kristalina Nadia Margrethe Karin
Seema Shabana Yvette Lisa Laura Emma Olivia Sophia Hannah Charlotte Lucy Victoria Catherine Caroline Jennifer Susan
Linda Patricia Deborah Sharon Helen Ruth Janet Joanna Julie Karen Judith Heidi Sigrid Irene Yulia Julija Oksana Iryna
Olena Svetlana Tatjana Tatiana Maja Marta Elżbieta Małgorzata Ewa Viola Hanna Amira Aylin Canan Aydan Serap Dilek
Reem Leila Fatima Aminata Ngozi Christina Kristin Kirsten Cem
""".split()) - {"Cem"}
MALE_GIVEN_NAMES_ENDING_A = frozenset("""
Luca Andrea Nikita Ilja Ilya Sascha Jonah Joshua Noah Elijah Mustafa Costa Garcia Kostja Zoltán Attila Jonna Akira
Juha Pekka Jukka Mika Sergeja Nicola Ezra Isaiah Jeremiah Dana Mateusz Kuba Barnaba Tomasz
""".split()) - {"Nicola", "Dana"}
ORG_DESCRIPTIONS = {"party": "party", "court": "court"}
# English institutions are names the entity layer and the knowledge base know ("the Justice Department")
INSTITUTION_HEADS: tuple[str, ...] = ()
INSTITUTION_PREFIXES: tuple[str, ...] = ()
COURT_NAME = r"\b((?:[A-Z][a-z]+ )+Court)(?: of ([A-Z][a-z]+))?"
OBLIQUE = {"with", "to", "by", "of", "for", "against", "from", "on", "at", "about", "whether", "free"}
# possessive determiners before a name ("seinen Kollegen X"): X is someone's, not a pronoun's antecedent
POSSESSIVES = {"his", "her", "their"}
# 'The campaign group Foodwatch', 'the company Airbus' (see lang/de/speakers.py)
ORG_HEADS = ("organisation", "organization", "group", "company", "firm", "charity", "union", "association",
             "institute", "foundation", "watchdog", "think tank", "think-tank", "alliance", "network")
# 'the company', 'the organisation' (see lang/de/speakers.py)
BODY_DESCRIPTIONS = ORG_HEADS + ("airline", "carrier", "automaker", "carmaker", "agency", "ministry", "bank",
                                 "broadcaster", "newspaper", "regulator", "manufacturer", "operator", "retailer")
# a head before a body's proper name ('the airline KLM', 'the news agency Interfax'; see lang/de/speakers.py)
NAMED_BODY_HEADS = BODY_DESCRIPTIONS + ("magazine", "news agency", "website", "outlet", "party", "militia")
GENERAL_BODY_HEADS = ("organisation", "organization", "company", "firm")
# a phrase fronted before the subject and its comma, opening its sentence or after a dateline
# ('In a fiery victory speech, Mayor-elect X …', '(PTI) At the summit, X …')
FRONTED_PHRASE = re.compile(r"(?:^|[\s)\]])(?:In|At|On|After|Before|During|Following|Despite|Earlier|Later)\b[^,]*$")

# Capitalised words that are no missed name (coref's unknown-name referents): function words at a
# sentence start, days, months, titles and common capitalised nouns of news text.
NOT_UNKNOWN_NAMES = frozenset("""
the a an and but or if when while as after before since until because though although so then
this that these those there here his her its their our my your he she it they we you i
in on at by for from with without to of about over under into during between among
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mr mrs ms dr sir dame lord lady president
minister chancellor prime secretary general senator governor mayor judge king queen prince
congress parliament senate house government state republic union party court police army
european american british russian ukrainian chinese german french western eastern northern southern
north south east west new old last next first second third one two three some many most all
what who why how where which yes no not also still yet just even meanwhile however
""".split())
