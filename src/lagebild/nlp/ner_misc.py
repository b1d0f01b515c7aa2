"""Precise rules for names the tagger misses: works and events (MISC), organisation
patterns, and compounds or adjectives built on a known name (German only).

The tagger learns MISC only from the 149 OTH spans of GermEval's tune half (a quarter of
them "Euro"; works, products, languages) and its ORG recall is low, so these rules add spans with high
precision. GermEval-style annotation counts a compound containing a name ("US-Präsident",
LOCpart) under the name's class at the outer level; such spans get a label but no actor
(the compound names a person or an office, not the country). Derived adjectives
("deutsche") come from the knowledge base and the tagger; there is no rule for region
adjectives ("europäische"): the tagger learns them from GermEval, and they name no actor.

``rule_spans`` returns (start, end, label, override): an override span (a quoted title
after a cue noun) replaces spans inside it; the others only fill gaps.
"""
from __future__ import annotations

import re

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
EVENT_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _seq in EVENTS:
    EVENT_BY_FIRST.setdefault(_seq[0], []).append(_seq)
# tournaments with a year: "WM 2014", "EM 2024", "Olympia 2012"
YEAR_EVENTS = {"WM", "EM", "Olympia", "Expo", "EXPO", "Euro", "Weltmeisterschaft", "Europameisterschaft"}
YEAR = re.compile(r"^(19|20)\d\d\.?$")  # spaCy keeps a sentence-final "2014." whole
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
ORG_WORD = re.compile(r"^((Bundes|EU-|UN-|Nato-|NATO-)[\wäöüß-]*(gericht|gerichtshof|agentur|behörde|kommission|"
                      r"amt|anstalt|bank|ministerium|rat)"
                      r"|[A-ZÄÖÜ][\wäöüß]*(partei|verband|gewerkschaft|stiftung)"
                      r"|[A-ZÄÖÜ][\wäöüß-]*(-Partei|-Stiftung|-Verband|-Gruppe|-Bank|-Institut|-Universität))$")
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


def _closing(toks: list[str], k: int, close: str, limit: int = 14) -> int | None:
    """Index of the closing quote after an opening quote at ``k``, within ``limit`` tokens."""
    for m in range(k + 1, min(len(toks), k + 2 + limit)):
        t = toks[m]
        if t == close or (close in "“”\"" and t in "“”\""):
            return m
        if t in (".", "!", "?") and m + 1 < len(toks) and toks[m + 1] not in OPEN_QUOTES.values():
            return None  # the sentence ended: not a title
        if "\n" in t:
            return None
    return None


def _titles(toks: list[str]) -> list[tuple[int, int, str, bool]]:
    out = []
    for i, tok in enumerate(toks[:-2]):
        if tok not in TITLE_CUES:
            continue
        k = i + 1
        close = OPEN_QUOTES.get(toks[k])
        if close is None:
            continue
        m = _closing(toks, k, close)
        if m is None or m == k + 1:
            continue
        first = toks[k + 1]
        if first[:1].isupper() or first[:1].isdigit():
            out.append((k + 1, m, "MISC", True))
    return out


def _events(toks: list[str]) -> list[tuple[int, int, str, bool]]:
    out = []
    n = len(toks)
    for i, tok in enumerate(toks):
        for seq in EVENT_BY_FIRST.get(tok, ()):
            if tuple(toks[i:i + len(seq)]) == seq:
                out.append((i, i + len(seq), "MISC", True))
                break
        else:
            if tok in YEAR_EVENTS and i + 1 < n and YEAR.match(toks[i + 1]):
                out.append((i, i + 2, "MISC", True))
    return out


def _is_name(tok: str) -> bool:
    return tok[:1].isupper() and (tok.isalpha() or "-" in tok) and len(tok) > 1


def _org_patterns(toks: list[str], starts: list[bool], common) -> list[tuple[int, int, str, bool]]:
    out = []
    n = len(toks)
    for i, tok in enumerate(toks):
        if not tok[:1].isupper():
            continue
        nxt = toks[i + 1] if i + 1 < n else ""
        # "Universität Hamburg", "Technische Universität München", "Landgericht Berlin"
        if tok in INSTITUTION_HEADS and nxt:
            j = i + 1
            if nxt in ("zu", "in", "des", "der") and i + 2 < n and _is_name(toks[i + 2]):
                j = i + 2
            if _is_name(toks[j]) and not common(toks[j]):
                a = i - 1 if i > 0 and toks[i - 1] in UNIVERSITY and not starts[i - 1] else i
                out.append((a, j + 1, "ORG", False))
                continue
        # "die Gewerkschaft Verdi", "die Partei Die Linke" (a name after an organisation noun)
        if tok in ORG_CUES and nxt and _is_name(nxt) and not common(nxt) and nxt not in ORG_CUES:
            j = i + 2
            while j < n and j < i + 4 and _is_name(toks[j]) and not common(toks[j]):
                j += 1  # "die Fluggesellschaft Air Berlin"
            out.append((i + 1, j, "ORG", False))
            continue
        if tok.lower().endswith(ORG_ENDINGS) and ORG_WORD.match(tok) and tok not in GENERIC_ORG:
            out.append((i, i + 1, "ORG", False))
    return out


def _derived(toks: list[str], form_label: dict[str, str]) -> list[tuple[int, int, str, bool]]:
    """Compounds on a known name: "US-Präsident", "SPD-Chef", "Merkel-Regierung"."""
    out = []
    for i, tok in enumerate(toks):
        if "-" not in tok or tok.endswith("-") or tok.startswith("-") or tok in form_label:
            continue
        head = tok.split("-", 1)[0]
        label = form_label.get(head, "")
        if label.startswith(("LOC", "ORG")) or (label == "PER" and " " not in head):
            out.append((i, i + 1, label[:3], False))
    return out


def rule_spans(toks: list[str], starts: list[bool], form_label: dict[str, str],
               common) -> list[tuple[int, int, str, bool]]:
    """Rule spans over ``toks`` (a document's token texts; ``starts`` marks sentence starts;
    ``common(tok)`` says a capitalised word is an ordinary noun)."""
    return _titles(toks) + _events(toks) + _org_patterns(toks, starts, common) + _derived(toks, form_label)
