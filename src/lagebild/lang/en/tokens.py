"""English sentence-splitting data: abbreviations and the nouns an ordinal number precedes."""
from __future__ import annotations

ABBREVIATIONS = {
    "mr", "mrs", "ms", "jr", "sr", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "vs", "no",
    "inc", "ltd", "corp", "co", "u.s", "u.k", "e.g", "i.e", "mt", "ft", "jan", "feb", "mar", "apr", "aug",
    "sept", "oct", "nov", "dec", "st", "rev", "adm", "gen", "pres",
}
ORDINAL_NOUNS = r"amendment"
