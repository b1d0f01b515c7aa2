"""Bodies as speakers: a source noun's author ("Angaben der Bundespolizei"), a named institution
("das Verwaltungsgericht Berlin"), a body the KB knows by the words ("Die Linke"), a body's
leadership or document ("die SPD-Führung", "den Copernicus-Daten"), a head naming a kind of body
("Die Organisation Foodwatch") and an organisation the entity layer found ("Die Enac")."""
from __future__ import annotations

import re

from ...model import Actor, Span
from ...nlp.coref import role_kinds, slug
from ...nlp.ner_lexicon import common_word
from .speaker_base import _BODY_TYPES, Resolution, _core


class BodyResolution:
    """Methods of ``SpeakerResolver`` (``self.text``, ``mod``, ``kb``, ``on``, ``entities``)."""

    def _document_author(self, mention: Span, overlapping) -> Resolution | None:
        """'Angaben der Bundespolizei', 'einer Studie des Ifo-Instituts', 'eine von der WMO vorgelegte
        Analyse', 'a report by the IAEA': a source noun speaks for the linked body or person it names
        as its author (right after it, or with 'von' before its participle)."""
        text = self.text
        # a name, not a country adjective ('Angaben der italienischen Luftfahrtbehörde Enac')
        # (and no country: the gold data sets disagree on whether a state or its government speaks)
        linked = sorted((span, r) for span, r in overlapping if r.actor is not None and text[span[0]].isupper()
                        and r.actor.type != "country")
        if not linked:
            return None
        nouns, links = self.mod.SOURCE_NOUNS, self.mod.SOURCE_LINKS
        for m in re.finditer(r"[\w-]+", mention.text):
            low = m.group().lower()
            if low not in nouns and low.split("-")[-1] not in nouns:
                continue
            head_end = mention.start + m.end()
            for (a, b), ref in linked:
                gap = text[head_end:a].split()
                genitive = self.lang == "de" and not gap and text[a:b].endswith(("s", "'", "’"))  # 'Worte Armstrongs'
                if a >= head_end and (genitive or gap and gap[0].lower() in links and len(gap) <= 3 and
                                      not any(w.lower() in ("und", "and", "sowie") for w in gap)):
                    return Resolution(ref.actor, 0.8, referent=ref)  # 'Angaben der …', 'report by …'
            head_start = mention.start + m.start()
            for (a, b), ref in linked:
                before = " ".join(text[max(mention.start, a - 12):a].lower().split()[-2:])
                if b <= head_start and len(text[b:head_start].split()) == 1 and \
                        re.search(r"(?:^|\s)(?:vom|von(?: der| dem| den)?)$", before):
                    return Resolution(ref.actor, 0.8, referent=ref)  # 'von der WMO vorgelegte Analyse'
        return None

    def _kb_body(self, core: list[str]) -> Resolution | None:
        """A party, government or organisation the knowledge base knows by exactly these words
        ('Die Linke' where the entity layer saw no name, 'The Spanish government')."""
        if self.kb is None or not core or len(core) > 5:
            return None
        for c in self.kb.lookup(" ".join(core), on=self.on):
            if c.actor.type in _BODY_TYPES and c.kind in ("name", "alias") and c.score >= 0.9:
                ref = next((r for r in self.refs.items if r.actor is not None and r.actor.id == c.actor.id), None)
                return Resolution(c.actor, 0.85, referent=ref)  # the referent: 'it said' continues it
        return None

    def _institution(self, core: list[str]) -> Resolution | None:
        """'der Bundespolizei', 'Das Verwaltungsgericht Berlin': a named institution, the one the
        knowledge base knows by that name or a local actor (the same one 'das Gericht' refers back
        to); 'die Polizei' and other generic heads stay unresolved."""
        if not core or len(core) > 2 or not self.mod.INSTITUTION_HEADS:
            return None
        head = core[0]
        low = head.lower()
        for ending in ("es", "s"):  # genitive: 'des Bundesverfassungsgerichts'
            if low.endswith(ending) and low[:-len(ending)].endswith(self.mod.INSTITUTION_HEADS):
                head, low = head[:-len(ending)], low[:-len(ending)]
                break
        if not head[:1].isupper() or not low.endswith(self.mod.INSTITUTION_HEADS):
            return None
        if len(core) == 2:
            place = core[1]
            if not any(e.label == "LOC" and e.span.text == place for e in self.entities):
                return None
            name = f"{head} {place}"
        elif low.startswith(self.mod.INSTITUTION_PREFIXES) and low not in self.mod.INSTITUTION_HEADS:
            name = head
        else:
            return None
        return Resolution(self._org_actor(name), 0.8)

    def _compound_body(self, mention: Span) -> Resolution | None:
        """'die SPD-Führung', 'den Copernicus-Daten', 'the NATO leadership': a compound of a body the
        knowledge base knows and its leadership or one of its documents speaks for that body."""
        words = _core(mention.text, self.mod)[0]
        if len(words) != 1 or "-" not in words[0] or self.kb is None:
            return None
        first, last = words[0].split("-", 1)[0], words[0].rsplit("-", 1)[-1].lower()
        if last not in self.mod.SOURCE_NOUNS and last not in self.mod.LEADERSHIP:
            return None
        for c in self.kb.lookup(first, on=self.on):
            if c.kind in ("name", "alias") and c.actor.type in _BODY_TYPES:
                return Resolution(c.actor, 0.8)
        return None

    def _headed_body(self, core: list[str]) -> Resolution | None:
        """'Die Organisation Foodwatch', 'Der Branchenverband Bitkom', 'the campaign group Foodwatch': a
        head naming a kind of body before a proper name is that body (whatever the entity layer took
        the name for), a local actor where the KB lacks it."""
        low = [w.lower() for w in core]
        k = next((i for i in range(1, 3) if " ".join(low[:i]).endswith(self.mod.ORG_HEADS)), 0) if len(core) >= 2 else 0
        name = core[k:]
        if k and 1 <= len(name) <= 3 and all(w[:1].isupper() and not role_kinds([w], self.mod)[0] for w in name):
            return Resolution(self._org_actor(" ".join(name), "organization"), 0.75)
        return None

    def _named_body(self, core: list[str], mention: Span) -> Resolution | None:
        """An organisation the entity layer found that the KB lacks and that is no common word ('Die
        Enac teilte mit'): a local actor."""
        orgs = [e for e in self.entities if e.label == "ORG" and e.actor is None and
                mention.start <= e.span.start and e.span.end <= mention.end]
        if len(orgs) == 1 and " ".join(_core(orgs[0].span.text, self.mod)[0]) == " ".join(core) and \
                all(w[:1].isupper() and not common_word(w.split("-")[-1]) and not role_kinds([w], self.mod)[0]
                    for w in core):  # 'SPD-Führung', 'Copernicus-Daten' end in common words
            return Resolution(self._org_actor(" ".join(core), "organization"), 0.75)
        return None

    def _org_actor(self, name: str, typ: str = "institution") -> Actor:
        if self.kb is not None:
            for c in self.kb.lookup(name, on=self.on):
                if c.kind in ("name", "alias") and c.actor.type in _BODY_TYPES:
                    return c.actor  # 'Bundeskanzleramt': the government's own record
        return Actor(id="local:" + slug(name), name=name, type=typ)
