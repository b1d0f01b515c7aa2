"""English NER data: context words of names (prepositions, titles, organisation heads) and given names."""
from __future__ import annotations

PLACE_PREPS = {"in", "via", "at", "to", "from", "into", "near", "through", "of"}
TITLES = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "Dame", "Minister", "Senator", "CEO"}
ORG_SUFFIX_TOKENS = {"Inc.", "Inc", "Ltd", "Ltd.", "Corp.", "Co.", "LLC", "plc"}
ORG_HEADS = {"Bank", "Company", "company", "firm", "The"}
MEDIA_TRIGGERS = {"platform", "network"}
FUNCTION_WORDS = {"The", "A", "An", "He", "She", "It", "We", "They", "I", "In"}
GIVEN_NAMES = {"Donald", "Joe", "Emmanuel", "Keir", "Vladimir", "Volodymyr", "Boris", "Kamala", "Barack", "Hillary",
               "Xi", "Recep", "Giorgia", "Antony", "Marco", "Sergey"}
