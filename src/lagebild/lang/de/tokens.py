"""German sentence-splitting data: abbreviations and the nouns an ordinal number precedes ("3. Oktober")."""
from __future__ import annotations

# Tokens after which a period does not end a sentence (lower-cased, without the period).
ABBREVIATIONS = {
    "dr", "prof", "st", "nr", "bzw", "ca", "vgl", "z.b", "u.a", "d.h", "usw", "etc", "sog", "inkl", "ggf",
    "evtl", "mio", "mrd", "bspw", "abs", "art", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "dez", "hr", "fr", "str", "tel", "geb", "gest", "min", "max", "zzgl", "rd",
    "v.a", "u.s", "z", "o.ä", "i.d.r", "dipl", "ing", "gen", "lt", "kap", "bd", "hg", "hrsg", "verh",
    "med", "jur", "phil", "rer", "nat", "pol", "oec", "habil", "mag", "univ", "abg", "stv", "vors",
}
# Words after "<number>." that make the number an ordinal, not a sentence end (regex alternation).
ORDINAL_NOUNS = (r"januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
                 r"jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez|jahrhundert|jh|jahrestag|mal|platz|liga|"
                 r"runde|stock|klasse|bundesliga|spieltag|weltkrieg|lebensjahr")
