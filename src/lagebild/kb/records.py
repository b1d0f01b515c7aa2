"""Plain records of the knowledge base: an actor with its names and dated roles."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Actor

ACTOR_TYPES = ("person", "country", "government", "party", "organization", "institution", "group", "medium", "place")


@dataclass
class Role:
    key: str  # COUNTRY.kind, e.g. "DE.chancellor", "NATO.secretary_general"
    label: str  # English label, e.g. "Chancellor of Germany"
    label_de: str | None = None
    of: str | None = None  # the actor (QID) the office belongs to
    start: date | None = None
    end: date | None = None  # exclusive: on the handover day the successor holds it

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class ActorRecord:
    id: str
    name: str
    type: str
    name_de: str | None = None
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    of: str | None = None  # for governments and bodies: whom they belong to
    party: str | None = None
    iso: str | None = None  # countries: ISO 3166 alpha-2
    curated: bool = False  # hand-curated or imported: ranks above generated records
    # years in public life (a Bundestag membership): a bare surname finds the person only
    # around them ('Köhler' in 2005 is no MP elected in 2017); None: not known
    active_from: date | None = None
    active_to: date | None = None
    died: date | None = None
    listed: bool = True  # its names feed the entity layer's gazetteer (historical records: lookup only)

    def active_near(self, day: date | None, years: int) -> bool:
        """Within ``years`` of the known years in public life or of an office held (True when the
        years are not known): Julia Klöckner left the Bundestag in 2011 and presides it since 2025."""
        if day is None or (self.active_from is None and self.active_to is None):
            return True
        spans = [(self.active_from, self.active_to)] + [(r.start, r.end) for r in self.roles]
        return any((a is None or day.year >= a.year - years) and (b is None or day.year <= b.year + years)
                   for a, b in spans)

    def role_on(self, day: date | None) -> Role | None:
        if day is None:
            return None
        valid = [r for r in self.roles if r.valid_on(day)]
        # a head of state/government role names the person best
        order = ("president", "chancellor", "prime_minister", "secretary_general", "commission_president")
        valid.sort(key=lambda r: next((i for i, k in enumerate(order) if r.key.endswith("." + k)), len(order)))
        return valid[0] if valid else None

    def to_actor(self, day: date | None = None) -> Actor:
        role = self.role_on(day)
        return Actor(id=self.id, name=self.name, type=self.type, wikidata=self.wikidata,
                     role=role.label if role else None)
