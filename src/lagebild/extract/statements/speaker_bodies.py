"""Bodies as speakers: a source noun's author ("Angaben der Bundespolizei"), a named institution
("das Verwaltungsgericht Berlin"), a body the KB knows by the words ("Die Linke"), a body's
leadership or document ("die SPD-Führung", "den Copernicus-Daten"), a head naming a kind of body
("Die Organisation Foodwatch") and an organisation the entity layer found ("Die Enac")."""
from __future__ import annotations

import re

from ...lang.de.speech import BODY_NOUN_ENDINGS
from ...model import Actor, Span
from ...nlp.coref import fold, is_given_name, role_kinds, slug
from ...nlp.ner_lexicon import common_word, mostly_place
from .speaker_base import _BODY_TYPES, Resolution, _core


def _noun_key(noun: str) -> str:
    """One key for a noun's case and number forms ('Bericht', 'Berichts', 'Berichten'; 'report', 'reports')."""
    for suffix in ("es", "en", "s", "n"):
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 5:
            return noun[: -len(suffix)]
    return noun


class BodyResolution:
    """Methods of ``SpeakerResolver`` (``self.text``, ``mod``, ``kb``, ``on``, ``entities``, ``_documents``)."""

    def _document_author(self, mention: Span, overlapping) -> Resolution | None:
        """'Angaben der Bundespolizei', 'einer Studie des Ifo-Instituts', 'eine von der WMO vorgelegte
        Analyse', 'a report by the IAEA': a source noun speaks for the linked body or person it names
        as its author (right after it, or with 'von' before its participle)."""
        text = self.text
        # a name, not a country adjective ('Angaben der italienischen Luftfahrtbehörde Enac')
        # (and no country: the gold data sets disagree on whether a state or its government speaks)
        linked = sorted((span, r) for span, r in overlapping if r.actor is not None and text[span[0]].isupper()
                        and r.actor.type != "country")
        nouns, links = self.mod.SOURCE_NOUNS, self.mod.SOURCE_LINKS
        if not linked:
            return self._described_author(mention) or self._same_document(mention) or self._own_source(mention) \
                or self._author_body(mention)
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
                    self._note_document(low, ref.actor)
                    return Resolution(ref.actor, 0.8, referent=ref)  # 'Angaben der …', 'report by …'
            head_start = mention.start + m.start()
            for (a, b), ref in linked:
                before = " ".join(text[max(mention.start, a - 12):a].lower().split()[-2:])
                if b <= head_start and len(text[b:head_start].split()) == 1 and \
                        re.search(r"(?:^|\s)(?:vom|von(?: der| dem| den)?)$", before):
                    return Resolution(ref.actor, 0.8, referent=ref)  # 'von der WMO vorgelegte Analyse'
        return self._author_body(mention)

    def _author_body(self, mention: Span) -> Resolution | None:
        """'Angaben von Interpol', 'Angaben des TÜV Nord', 'einem Bericht der Salzburger Nachrichten': the
        author after a source noun is a body the words name (as a mention of its own would resolve), or a
        local body for a short proper name that is no person's, no place's and no common noun."""
        found = next((m for m in re.finditer(r"([\w-]+)\s+(\w+)\s+(?=\S)", mention.text)
                      if m.group(2).lower() in self.mod.SOURCE_LINKS and
                      (m.group(1).lower() in self.mod.SOURCE_NOUNS or
                       m.group(1).lower().split("-")[-1] in self.mod.SOURCE_NOUNS)), None)
        if found is None:
            return None
        author = mention.text[found.end():]
        start = mention.start + found.end()
        core = _core(author, self.mod)[0]
        res = self._headed_body(core) or self._institution(core) or self._kb_body(core)
        if res is not None:
            return res if res.actor is not None else None
        people = [r for span, r in self.refs.at(start, mention.end) if r.kind == "person"]
        if people or not 1 <= len(core) <= 3 or any(not w[:1].isupper() or role_kinds([w], self.mod)[0] for w in core):
            return None
        if all(common_word(w, min_seen=3) or mostly_place(w) for w in core) or is_given_name(core[0]):
            return None  # 'Angaben von Augenzeugen', 'Berichten aus Berlin', 'nach Angaben von Peter …'
        if any(w in ("und", "and", "sowie") for w in author.split()):
            return None
        return Resolution(self._org_actor(" ".join(core), "organization"), 0.7)

    def _described_author(self, mention: Span) -> Resolution | None:
        """'Meinung der Umweltschutzorganisation', 'einer Pressemitteilung der Organisation': a source
        noun whose author is a description of a body (``_described_body``)."""
        words = mention.text.split()
        for i, w in enumerate(words[:-2]):
            low = w.lower()
            if low in self.mod.SOURCE_NOUNS and words[i + 1].lower() in self.mod.SOURCE_LINKS and i + 3 == len(words):
                res = self._described_body([words[i + 2]], "die" if self.lang == "de" else "the")
                if res is not None and res.actor is not None:
                    self._note_document(low, res.actor)
                return res
        return None

    def _own_source(self, mention: Span) -> Resolution | None:
        """'nach seinen Worten', 'Seiner Ansicht nach', 'nach ihren Angaben', 'Seine Zuversicht': the person
        the possessive stands for, like a pronoun; unresolved when the sentence before opens with a body ('Die Polizei
        …. Nach ihren Angaben')."""
        words = mention.text.split()
        pronoun = getattr(self.mod, "POSSESSIVE_PRONOUNS", {}).get(words[0].lower()) if len(words) == 2 else None
        noun = words[1].lower() if pronoun else ""
        if pronoun is None or (noun not in self.mod.SOURCE_NOUNS and noun not in getattr(self.mod, "POSSESSED_STANCES", ())):
            return None
        sent = self.refs.sentence_of(mention.start)
        if sent > 0:
            start = self.refs.sent_starts[sent - 1]
            opening = [w.lower().strip(",.") for w in self.text[start:start + 60].split()[:3]]
            if any(w.endswith(BODY_NOUN_ENDINGS) for w in opening):
                return Resolution(None, 0.4)
        return self._pronoun(mention, pronoun, "")

    def _note_document(self, noun: str, actor: Actor) -> None:
        """Remember whose a source noun was ('einem Bericht der Organisation'): 'der Bericht' later is theirs."""
        self._documents[_noun_key(noun)] = (self.anchor, actor)

    def _same_document(self, mention: Span) -> Resolution | None:
        """'Dem Bericht', 'the report': a definite source noun speaks for the author of the same kind of
        source the text attributed last, within three sentences ('einem Bericht von Amnesty … Dem
        Bericht zufolge')."""
        core, det = _core(mention.text, self.mod)
        if len(core) != 1 or det not in self.mod.DEFINITE or core[0].lower() not in self.mod.SOURCE_NOUNS:
            return None
        key = _noun_key(core[0].lower())
        pos_actor = self._documents.get(key) or self._document_in_text(key)
        if pos_actor is None:
            return None
        pos, actor = pos_actor
        if self.refs.sentence_of(self.anchor) - self.refs.sentence_of(pos) > 3:
            return None
        # the author was named where the text first speaks of that kind of source ('in einem Bericht
        # nennt der Generalsekretär … einem Bericht von Amnesty … Dem Bericht': which report?)
        first = re.search(r"\b" + re.escape(key), self.text[:self.anchor], re.IGNORECASE)
        if first is not None and first.start() < pos:
            return None
        return Resolution(actor, 0.75)

    def _document_in_text(self, key: str) -> tuple[int, Actor] | None:
        """The last '<noun> der/des/von/by <organisation>' before the mention ('aus einem Bericht der
        Organisation Amnesty International geht hervor')."""
        best, authors = None, set()
        for m in re.finditer(r"\b" + re.escape(key) + r"\w*", self.text[:self.anchor], re.IGNORECASE):
            for e in self.entities:
                if e.label != "ORG" or e.span.start < m.end() or e.span.start - m.end() > 60:
                    continue
                gap = self.text[m.end():e.span.start].split()
                if gap and gap[0].lower() in self.mod.SOURCE_LINKS and len(gap) <= 3:
                    name = " ".join(_core(e.span.text, self.mod)[0])
                    actor = e.actor or (self._org_actor(name, "organization") if name[:1].isupper()
                                        and not common_word(name.split("-")[-1]) else None)
                    if actor is not None and actor.type in _BODY_TYPES:
                        best = (m.start(), actor)
                        authors.add(actor.id)
                    break
        return best if len(authors) == 1 else None  # two authors: which one's?

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
        heads = self.mod.NAMED_BODY_HEADS
        k = next((i for i in range(1, 4) if any(" ".join(low[:i]).removesuffix(end).endswith(heads)
                                                 for end in ("", "s", "es"))),
                 0) if len(core) >= 2 else 0  # 'des Prüfdienstes Nordkontrolle': the genitive too
        name = [w.strip("„“”\"«»‚‘") for w in core[k:]]
        if name and all(mostly_place(w) for w in name):
            return None  # 'der Landesapothekerverband Baden-Württemberg': the place only qualifies the body
        if not k or not 1 <= len(name) <= 3 or any(not w[:1].isupper() or role_kinds([w], self.mod)[0] for w in name):
            return None
        if not low[k - 1].endswith(self.mod.ORG_HEADS) and len(name) == 1 and not name[0].isupper() \
                and common_word(name[0], min_seen=3):
            return None  # 'das Ministerium Arbeiten': a noun, not a name, after the wider heads
        return Resolution(self._org_actor(" ".join(name), "organization"), 0.75)

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

    def _described_body(self, core: list[str], det: str) -> Resolution | None:
        """'die Organisation', 'das Unternehmen', 'the company': the body the text named last (within
        three sentences) with that noun before or in its name ('Die Umweltschutzorganisation WWF …
        Die Organisation'); a general noun also takes the only organisation named there. Another
        fitting body in that window makes it ambiguous (confidence below the threshold)."""
        if det not in self.mod.DEFINITE or len(core) != 1:
            return None
        head = core[0].lower()
        if not head.endswith(self.mod.BODY_DESCRIPTIONS):
            return None
        general = head.endswith(self.mod.GENERAL_BODY_HEADS)  # 'die Menschenrechtsorganisation' too
        s_m = self.refs.sentence_of(self.anchor)
        found: list[tuple[int, Actor, bool]] = []
        for e in self.entities:
            if e.span.end > self.anchor or s_m - self.refs.sentence_of(e.span.start) > 3:
                continue
            before = [w.lower() for w in self.refs.before_words(e.span.start, 2)]
            if e.label != "ORG" and (e.actor is not None or not any(w.endswith(self.mod.BODY_DESCRIPTIONS)
                                                                    for w in before)):
                continue  # a name the entity layer took for a person is a body only after a body's noun
            actor = e.actor
            name = " ".join(_core(e.span.text, self.mod)[0])
            if actor is None and name[:1].isupper() and not common_word(name.split("-")[-1]):
                actor = self._org_actor(name, "organization")
            if actor is None or actor.type not in ("organization", "institution", "medium"):
                continue
            intro = before + [fold(name), fold(actor.name)]
            named_so = any(len(w) >= 4 and (w.endswith(head) or head.endswith(w)) or head in w.split()
                           for w in intro)
            # the general fallback only for a body the knowledge base knows or the text introduced as one
            # ('Die Billigfluggesellschaft Ryanair'; the entity layer's guesses alone are too often wrong:
            # 'Misogynie')
            body = e.actor is not None or any(w.endswith(self.mod.BODY_DESCRIPTIONS) for w in intro[:-2])
            if named_so or (general and actor.type == "organization" and body):
                found.append((e.span.start, actor, named_so))
        if not found:
            return None
        if any(n for _p, _a, n in found):
            found = [f for f in found if f[2]]  # named with the noun: those only
        _pos, actor, _n = max(found, key=lambda f: f[0])
        rivals = {a.id for _p, a, _n in found if a.id != actor.id}
        sure = 0.8 if _n or head in self.mod.GENERAL_BODY_HEADS else 0.75  # the kind of body unchecked
        return Resolution(actor, 0.6 if rivals else sure)

    def _org_actor(self, name: str, typ: str = "institution") -> Actor:
        if self.kb is not None:
            for c in self.kb.lookup(name, on=self.on):
                if c.kind in ("name", "alias") and c.actor.type in _BODY_TYPES:
                    return c.actor  # 'Bundeskanzleramt': the government's own record
        return Actor(id="local:" + slug(name), name=name, type=typ)

    def _context_spokesperson(self, mention: Span, core: list[str]) -> Resolution | None:
        """'Das Auswärtige Amt prüft die Vorwürfe. Ein Sprecher sagte, …', 'Die Polizei Berlin ermittelt.
        Ein Polizeisprecher sagte, …': a spokesperson of no one named speaks for the one body named in
        that sentence before it or in the sentence before (a compound's first part must name it), where
        no person is named there (whose spokesperson it could be)."""
        if len(core) != 1:
            return None
        noun = core[0].lower()
        head = next((sp for sp in self.mod.SPOKESPERSON if noun.endswith(sp)), None)
        if head is None:
            return None
        prefix = noun[: -len(head)].rstrip("-")
        sent = self.refs.sentence_of(mention.start)
        first = self.refs.sent_starts[sent - 1] if sent > 0 else self.refs.sent_starts[sent]
        near = [r for r in self.refs.items if any(first <= a and b <= mention.start for a, b in r.mentions)]
        if any(r.kind == "person" for r in near):
            return None
        bodies = {r.actor.id: r for r in near if r.kind == "org" and r.actor is not None and r.actor.type in _BODY_TYPES}
        if prefix:  # 'Polizeisprecher': the body whose name holds 'Polizei'
            bodies = {k: r for k, r in bodies.items() if prefix in fold(r.actor.name) or
                      any(prefix in fold(self.text[a:b]) for a, b in r.mentions)}
        if len(bodies) != 1:
            return None
        ref = next(iter(bodies.values()))
        return Resolution(ref.actor, 0.8, "spokesperson", referent=ref)

