"""Names inside a speaker mention: the name after an office set off by a comma ("der Direktor der
Behörde, Smith Dharmmasaroj"), a possessor that does not speak ("Obama's adviser"), another person
of a linked surname ("Ivana Trump"), and a full name the entity layer cut ("Mayor-elect Zohran
Mamdani")."""
from __future__ import annotations

import re

from ...model import Span
from ...nlp.coref import NOT_NAMES, NOT_NAMES_LOWER, TITLES, Referent, fold, is_given_name, role_kinds
from .speaker_base import Resolution
from .speaker_bodies import _noun_key

# words before a name's given name that make it part of a phrase, not a title ('vom Netzwerk X')
_FUNCTION_WORDS = {"vom", "von", "der", "des", "dem", "den", "die", "das", "bei", "beim", "für", "aus", "mit", "im", "am",
                   "of", "from", "the", "at", "for", "with", "by"}
# what speaks for its possessor ("Trump's campaign said")
_SPEAKS_FOR_OWNER = {"campaign", "team", "office", "administration", "government", "camp", "statements", "plan",
                     "plans", "proposal", "proposals", "brief", "speech", "letter", "tweet", "tweets", "post", "message",
                     "ad", "website", "account", "book", "memo", "filing", "lawsuit", "comments", "testimony"}
# ', eine Aktivistin eines …', ', der frühere Minister': the noun of an apposition after a name
_APPOSITION_NOUN = re.compile(r"\s*,\s+(?:ein|eine|einer|der|die|a|an|the)\s+(?:[a-zäöüß-]+\s+)*([A-ZÄÖÜ][\w-]+)")
_APPOSITION_NOUN_EN = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?([a-z][\w-]+)"
                                 r"(?=\s+(?:of|with|at|for|from|in|who|and)\b|\s*[,.])")
_BRACKETED = re.compile(r"\([^()]{1,30}\)")


class NameResolution:
    """Methods of ``SpeakerResolver`` (``self.text``, ``mod``, ``refs``, ``kb``, ``on``)."""

    def _name_after_office(self, mention: Span, persons: list) -> list:
        """The person named after the last comma when the name is all that follows it (a party in
        brackets aside): the office before the comma is an apposition to that name."""
        last = mention.start + mention.text.rfind(", ") + 2
        rest = lambda e: mention.text[e - mention.start:].strip()
        return [(sp, r) for sp, r in persons if sp[0] == last and (not rest(sp[1]) or _BRACKETED.fullmatch(rest(sp[1])))]

    def _possessor(self, span: tuple[int, int], end: int) -> bool:
        """A name followed by a possessive 's and a common noun that is no source ('Obama's adviser', not
        'Trump's statement')."""
        rest = self.text[span[1]:end]
        m = re.match(r"(?:’s|'s|’|')\s+((?:[a-z-]+\s*){1,4})$", rest)
        if m is None:
            return False
        head = m.group(1).split()[-1]  # 'Mrs. Clinton's tax proposals': the last word
        return head not in self.mod.SOURCE_NOUNS and head not in self.mod.LEADERSHIP and head not in _SPEAKS_FOR_OWNER

    def _other_given_name(self, span: tuple[int, int], ref: Referent) -> Referent | None:
        """A surname the entity layer linked, right after another given name ('Ivana Trump' found as
        'Trump', Donald Trump): that other person, a local actor."""
        if ref.actor is None or len(self.text[span[0]:span[1]].split()) != 1:
            return None
        before = self.text[max(0, span[0] - 30):span[0]].split()
        if not before or not before[-1].isalpha() or not is_given_name(before[-1]):
            return None
        given = before[-1]
        if given in NOT_NAMES or given.lower() in TITLES or role_kinds([given], self.mod)[0] or \
                fold(ref.actor.name.split()[0]) == fold(given):
            return None
        surname = self.text[span[0]:span[1]].strip()
        for tail in ("’s", "'s"):
            surname = surname[: -len(tail)] if surname.endswith(tail) else surname
        return self.refs.name_referent([given, surname])  # as the text spells it ('Baer', not the KB's 'Bär')

    def _loose_trailing(self, core: list[str]) -> list[str]:
        """'… Mayor-elect Zohran Mamdani' with a given name the lexicon lacks: the last two words
        when the last is the surname of a person the text names by surname alone and the word
        before it is a capitalised word that is no title, office, place or other known name."""
        if len(core) < 2 or (len(core) > 2 and core[-3].lower() in _FUNCTION_WORDS):
            return []  # 'Metzges vom Online-Netzwerk Campact'
        given, surname = core[-2], core[-1]
        if not (given[:1].isupper() and given.replace("-", "").isalpha() and surname.isalpha()):
            return []
        if given in NOT_NAMES or given.lower() in NOT_NAMES_LOWER or given.lower() in TITLES or \
                role_kinds([given], self.mod)[0]:
            return []
        if not any(r.kind == "person" and r.actor is None and r.name == surname for r in self.refs.items):
            return []
        if self.kb is not None and self.kb.lookup(given, on=self.on):
            return []
        return [given, surname]

    def _described_person(self, core: list[str], mention: Span) -> Resolution | None:
        """'Der Virologe' after 'Der Virologe Christian Drosten', 'Die Aktivistin' after 'Hilda Morales,
        eine Aktivistin eines Netzwerks': a definite description by the noun the text put before a
        linked person's name or in an apposition after it; the one person so described before, else none."""
        # German nouns are capitalised, English ones not ('the virologist', 'virologist Christian Drosten')
        de = self.lang == "de"
        noun_ok = (lambda w: w[:1].isupper() and w.isalpha()) if de else (lambda w: w.isalpha() and len(w) > 3)
        if not core or not noun_ok(core[-1]) or any(not w.islower() for w in core[:-1]) or \
                (not de and not core[-1].islower()) or role_kinds(core, self.mod)[0]:
            return None  # offices are the office resolution's ('Der stellvertretende Premierminister')
        apposition = _APPOSITION_NOUN if de else _APPOSITION_NOUN_EN
        key = _noun_key(core[-1].lower())
        found: dict[str, Referent] = {}
        for ref in self.refs.items:
            if ref.kind != "person" or ref.actor is None:
                continue
            # its mentions, and where the text spells its name (a name the resolver completed has no mention)
            spans = set(ref.mentions) | {(m.start(), m.end()) for m in re.finditer(re.escape(ref.name),
                                                                                     self.text[:mention.start])}
            for a, b in spans:
                if b > mention.start:
                    continue
                before = self.text[max(0, a - 40):a].split()
                nouns = [before[-1]] if before and noun_ok(before[-1]) else []
                m = apposition.match(self.text[b:b + 80])
                if m:
                    nouns.append(m.group(m.lastindex))
                if any(_noun_key(n.lower()) == key for n in nouns) and all(w in before for w in core[:-1]):
                    found[ref.actor.id] = ref
        if len(found) != 1:
            return None
        ref = next(iter(found.values()))
        return Resolution(ref.actor, 0.8, referent=ref)

