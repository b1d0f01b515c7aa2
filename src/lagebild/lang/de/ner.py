"""German NER data: context words of names, and the lists of the rules for works, events and organisations."""
from __future__ import annotations

# prepositions after which a capital is a place, not its government
PLACE_PREPS = {"in", "im", "nach", "aus", "von", "vom", "bei", "beim", "vor", "bis", "durch", "um", "zwischen",
               "nahe", "via", "gen", "ab", "an", "am", "Richtung", "nördlich", "südlich", "östlich", "westlich",
               "Bürgermeister", "Einwohner"}
# words before a name that make it a person ("Frau Baerbock", "Minister X")
TITLES = {"Herr", "Herrn", "Frau", "Dr.", "Prof.", "Minister", "Ministerin", "Senator", "Senatorin", "Abgeordnete",
          "Abgeordneten", "Papst", "König", "Königin", "Kaiser", "Bischof", "Trainer", "Sprecher", "Sprecherin", "Chef",
          "Chefin", "Ex-Präsident", "Ex-Kanzler", "Kollege", "Kollegin", "Präsidentin", "Schriftsteller", "Regisseur",
          "Sänger", "Sängerin"}
ORG_SUFFIX_TOKENS = {"GmbH", "AG", "KG", "SE", "e.V."}  # legal forms after a company name
# one-word organisations by their ending ("Bundesgesundheitsministerium", "Bruns-Gruppe"); regex
ORG_SUFFIX = (r"ministerium|verband|institut|partei|gewerkschaft|stiftung|"
              r"konzern|-Institut|-Stiftung|-Partei|-Verband|-Gruppe|-Konzern|-Bank|-Universität|-Klinik")
# words before a legal form that are not part of the company name
ORG_HEADS = {"Firma", "Unternehmen", "Konzern", "Hersteller", "Tochter", "Konkurrent", "Zulieferer", "Mutterkonzern",
             "Bank", "Der", "Die", "Das"}
# nouns before a medium's short name ("beim Kurznachrichtendienst X")
MEDIA_TRIGGERS = {"Kurznachrichtendienst", "Kurznachrichtendiensts", "Kurznachrichtendienstes", "Plattform",
                  "Onlinedienst", "Onlinenetzwerk", "Netzwerk", "Dienst"}
# capitalised words at a sentence start that are no surname
FUNCTION_WORDS = {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Er", "Sie", "Es",
                  "Wir", "Ich", "Ihr", "In", "Im", "Am", "Auch", "Aber", "Und", "Doch", "Mit", "Von", "Zu", "Für",
                  "Bei", "Auf", "Nach", "Als", "Wie"}
# given names that the shipped list lacks or may lack
GIVEN_NAMES = {"Wladimir", "Wolodymyr", "Olaf", "Friedrich", "Angela", "Lars", "Johann", "Ursula", "Sergej",
               "Frank-Walter", "Annalena"}

# --- the rules for works, events and organisations (nlp/ner_misc) ---------------------------------

# nouns that introduce a title in quotes: "der Film „Das Boot“", "das Gesetz „Gute-Kita“"
TITLE_CUES = {
    "Film", "Films", "Kinofilm", "Spielfilm", "Dokumentarfilm", "Dokumentation", "Doku", "Buch", "Buches", "Buchs",
    "Roman", "Romans", "Album", "Albums", "Song", "Songs", "Lied", "Liedes", "Single", "Hit", "Sendung", "Serie",
    "Fernsehserie", "TV-Serie", "Show", "Talkshow", "Stück", "Theaterstück", "Musical", "Oper", "Gedicht",
    "Gesetz", "Gesetzes", "Gesetzentwurf", "Programm", "Programms", "Kampagne", "Aktion", "Initiative", "Projekt",
    "Projekts", "Motto", "Ausstellung", "Festival", "Spiel", "Computerspiel", "Videospiel", "Werk", "Bestseller",
    "Titel", "Operation", "Mission", "Reihe", "Magazin", "Kolumne", "Essay", "Bericht", "Studie", "Abkommen",
    "Vertrag", "Verordnung", "Strategie", "Plan", "Paket", "Tatort", "Folge", "Episode", "Comic",
}
OPEN_QUOTES = {"„": "“", "»": "«", "«": "»", '"': '"', "“": "”", "‚": "‘", "'": "'"}
# recurring events; tokens as spaCy splits them
EVENTS = [("Olympischen", "Spiele"), ("Olympischen", "Spielen"), ("Olympische", "Spiele"),
          ("Olympischen", "Winterspiele"), ("Olympischen", "Sommerspiele"), ("Olympischen", "Winterspielen"),
          ("Olympischen", "Sommerspielen"), ("Paralympischen", "Spiele"), ("Paralympics",), ("Oktoberfest",),
          ("Eurovision", "Song", "Contest"), ("Champions", "League"), ("Europa", "League"), ("Tour", "de", "France"),
          ("Wiener", "Kongress"), ("Kalten", "Krieg"), ("Kalte", "Krieg"), ("Kalten", "Krieges"),
          ("Zweiten", "Weltkrieg"), ("Ersten", "Weltkrieg"), ("Zweite", "Weltkrieg"), ("Erste", "Weltkrieg"),
          ("Zweiten", "Weltkriegs"), ("Ersten", "Weltkriegs"), ("Zweiten", "Weltkrieges"), ("Ersten", "Weltkrieges"),
          ("Fußball-Weltmeisterschaft",), ("Fußball-WM",), ("Fußball-Europameisterschaft",), ("Fußball-EM",),
          ("Bundesliga",), ("Grand", "Prix"), ("Super", "Bowl"), ("Wimbledon",), ("Reformation",),
          ("Münchner", "Sicherheitskonferenz"), ("Weltwirtschaftsforum",)]
# tournaments with a year: "WM 2014", "EM 2024", "Olympia 2012"
YEAR_EVENTS = {"WM", "EM", "Olympia", "Expo", "EXPO", "Euro", "Weltmeisterschaft", "Europameisterschaft"}
# an organisation cue noun followed by its name: "die Gewerkschaft Verdi", "der Verein Hertha"
ORG_CUES = {"Partei", "Gewerkschaft", "Verband", "Verein", "Firma", "Konzern", "Unternehmen", "Organisation",
            "Hilfsorganisation", "Stiftung", "Institut", "Sender", "Fernsehsender", "Zeitung", "Zeitschrift",
            "Magazin", "Nachrichtenagentur", "Bank", "Airline", "Fluggesellschaft", "Band", "Fraktion", "Bündnis",
            "Bewegung", "Klub", "Club", "Mannschaft", "Hersteller", "Autobauer", "Modekette", "Supermarktkette"}
UNIVERSITY = {"Universität", "Hochschule", "Fachhochschule", "Technische", "Freie", "Humboldt-Universität"}
INSTITUTION_HEADS = {"Universität", "Hochschule", "Fachhochschule", "Klinikum", "Universitätsklinikum", "Landgericht",
                     "Amtsgericht", "Oberlandesgericht", "Verwaltungsgericht", "Staatsanwaltschaft", "Polizei",
                     "Polizeidirektion", "Polizeipräsidium", "Bezirksregierung", "Stadtverwaltung", "Sparkasse",
                     "Volksbank", "Handelskammer", "Handwerkskammer", "Landesamt"}
# federal/EU bodies by their compound ("Bundesverfassungsgericht", "EU-Kommission") and
# organisation compounds ("Linkspartei", "Bruns-Gruppe"); bare "-gericht"/"-agentur" are
# mostly generic ("Handelsgericht", "Digitalagentur"), so they need the federal/EU prefix
ORG_WORD = (r"^((Bundes|EU-|UN-|Nato-|NATO-)[\wäöüß-]*(gericht|gerichtshof|agentur|behörde|kommission|"
            r"amt|anstalt|bank|ministerium|rat)"
            r"|[A-ZÄÖÜ][\wäöüß]*(partei|verband|gewerkschaft|stiftung)"
            r"|[A-ZÄÖÜ][\wäöüß-]*(-Partei|-Stiftung|-Verband|-Gruppe|-Bank|-Institut|-Universität))$")  # regex
# cheap pre-filter for ORG_WORD (lower-cased endings)
ORG_ENDINGS = ("gericht", "gerichtshof", "agentur", "behörde", "kommission", "amt", "anstalt", "bank", "ministerium",
               "rat", "partei", "verband", "gewerkschaft", "stiftung", "gruppe", "institut", "universität")
# generic compounds that the suffixes above would catch but are not names
GENERIC_ORG = {"Zentralbank", "Notenbank", "Großbank", "Landesbank", "Investmentbank", "Privatbank", "Datenbank",
               "Sparkasse", "Regierungspartei", "Oppositionspartei", "Volkspartei", "Partnerpartei", "Kleinpartei",
               "Splitterpartei", "Schwesterpartei", "Koalitionspartei", "Arbeitgeberverband", "Berufsverband",
               "Dachverband", "Landesverband", "Bundesverband", "Fachverband", "Kreisverband", "Branchenverband",
               "Wirtschaftsverband", "Ministerium", "Landgericht", "Amtsgericht", "Gericht", "Kommission",
               "Agentur", "Behörde", "Bundesbehörde", "Landesbehörde", "Aufsichtsbehörde", "Ausländerbehörde",
               "Nachrichtenagentur", "Arbeitsagentur", "Werbeagentur", "Gewerkschaft", "Stiftung", "Konzern",
               "Mutterkonzern", "Autokonzern", "Energiekonzern", "Ölkonzern", "Medienkonzern", "Rüstungskonzern",
               "Pharmakonzern", "Chemiekonzern", "Technologiekonzern", "Elektronikkonzern", "Handelskonzern",
               "Versicherungskonzern", "Mischkonzern", "Staatskonzern", "Internetkonzern", "Softwarekonzern",
               "Lebensmittelkonzern", "Stahlkonzern", "Baukonzern", "Tabakkonzern", "Mobilfunkkonzern",
               "Telekommunikationskonzern", "Reisekonzern", "Touristikkonzern", "Industriekonzern", "Bankkonzern",
               "Finanzministerium", "Innenministerium", "Außenministerium", "Verteidigungsministerium",
               "Justizministerium", "Gesundheitsministerium", "Wirtschaftsministerium", "Kultusministerium",
               "Umweltministerium", "Landwirtschaftsministerium", "Verkehrsministerium", "Sozialministerium",
               "Arbeitsministerium", "Familienministerium", "Bildungsministerium", "Wissenschaftsministerium",
               "Schiedsgericht", "Strafgericht", "Sondergericht", "Berufungsgericht", "Schwurgericht",
               "Militärgericht",
               "Expertenkommission", "Ethikkommission", "Untersuchungskommission", "Regierungskommission",
               "Kohlekommission", "Wahlkommission", "Sachverständigenkommission", "Fachkommission",
               "Spendenbank", "Blutbank", "Samenbank", "Genbank"}
