"""Every country's government as an actor, named as the press names it.

"The Spanish government", "die polnische Regierung", "der niederländischen Regierung": a
government is an actor of its own (it speaks, pledges and refuses; the state does not), part
of its country in the hierarchy. ``curated.yaml`` defines the governments with their own names
and metonyms (Q313827 Federal Government of Germany, ``local:government-us`` ...); for every other
country of ``countries.json`` this adds ``local:government-<iso>``. Both get the adjective forms:
German "<adjective> Regierung" in the two forms the feminine noun takes (spanische, spanischen),
English "<Adjective> government". Countries without adjectives get none.
"""
from __future__ import annotations

from .records import ActorRecord


def government_aliases(country: ActorRecord) -> list[str]:
    out = []
    for adj in country.adjectives:
        if adj[:1].islower() and adj.endswith(("e", "en")):  # German: 'spanische', 'spanischen'
            out.append(f"{adj} Regierung")
        elif adj[:1].isupper():  # English: 'Spanish'
            out += [f"{adj} government", f"{adj} Government"]
    return out


def add_governments(kb) -> int:
    """Adds or extends the government of every country in ``kb``; returns how many were added."""
    by_country = {r.of: r for r in kb.records.values() if r.type == "government" and r.of}
    before = set(kb.surface_forms())
    added = 0
    for country in [r for r in kb.records.values() if r.type == "country" and r.iso]:
        aliases = government_aliases(country)
        gov = by_country.get(country.id)
        if gov is None:
            german = next((a for a in aliases if a.endswith("e Regierung")), None)
            gov = ActorRecord(id=f"local:government-{country.iso.lower()}", name=f"Government of {country.name}",
                              type="government", name_de=german, of=country.id, aliases=aliases, curated=True)
            added += 1
        else:
            gov = ActorRecord(id=gov.id, name=gov.name, type=gov.type, name_de=gov.name_de, wikidata=gov.wikidata,
                              of=gov.of, aliases=[a for a in aliases if a not in gov.aliases], curated=gov.curated)
        kb.add(gov)
    # the new forms serve lookups, not the entity gazetteer (entities tag the adjective alone)
    kb.mark_lookup_only(set(kb.surface_forms()) - before)
    return added
