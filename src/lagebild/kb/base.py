"""The actor knowledge base: names and aliases -> actors, roles by date.

Lookup normalises apostrophes and hyphens and strips leading articles; an exact
(case-sensitive) alias match ranks above a case-folded one, because "US" and "us"
or "X" and "x" are different words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..model import Actor
from .loader import iter_forms, read_file
from .records import ActorRecord, Role

# alias kinds and their base scores
_SCORES = {"name": 1.0, "alias": 0.9, "adjective": 0.7, "metonym": 0.8, "surname": 0.5}
# when one actor is indexed under a form with several kinds, the best kind counts
# ("Sanchez": a bare surname of a generated record and an alias of the curated one)
_KIND_RANK = {"name": 0, "alias": 1, "metonym": 2, "adjective": 3, "surname": 4}
# kinds of office that belong to a country's government (the executive); other offices
# (speakers, legislators, Land offices) belong to the country or body itself
_EXECUTIVE = ("president", "vice_president", "chancellor", "vice_chancellor", "prime_minister",
              "deputy_prime_minister", "chancellery_chief")
_ARTICLES = {"der", "die", "das", "des", "dem", "den", "the", "ein", "eine", "einer", "eines", "einem", "a", "an"}
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-"})
_WS = re.compile(r"\s+")
# words before a role noun that keep it the present holder ("die neue Außenministerin")
_CURRENT = {"new", "current", "incumbent", "neue", "neuen", "neuer", "neuem", "amtierende", "amtierenden",
            "amtierender", "jetzige", "jetzigen", "jetziger"}
# "US-Präsident", "Nato-Chef": a prefix naming the country or organisation of the office
_PREFIX_ROLE = re.compile(r"^([A-ZÄÖÜ][\wÄÖÜäöüß.]*)-(.+)$")


# a bare surname finds a person up to this many years before or after their known years in
# public life ('Köhler' in 2005 is not Lukas Köhler, an MP since 2017)
SURNAME_YEARS = 4


def _dead_by(rec: ActorRecord, on: date | None) -> bool:
    return rec.died is not None and on is not None and rec.died < on


def normalize(text: str) -> str:
    return _WS.sub(" ", text.translate(_APOS)).strip(" \t\n.,;:!?\"'«»„“”()")


# strong endings of adjectives that open names ('Deutscher', 'Europäisches', 'Auswärtiges', 'Internationaler')
_STRONG_ADJECTIVE_ENDINGS = tuple(stem + end for stem in ("isch", "sch", "ig", "lich", "al", "iv") for end in ("er", "es"))


def declined_forms(name: str) -> list[str]:
    """The weak forms of a German name that opens with strong adjectives ("Deutscher Gewerkschaftsbund"
    -> "Deutsche Gewerkschaftsbund", "Deutschen Gewerkschaftsbund"; "Deutsches Rotes Kreuz" -> "Deutsche
    Rote Kreuz", "Deutschen Roten Kreuz"): the forms after an article, as the news writes them."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[0].endswith(_STRONG_ADJECTIVE_ENDINGS):
        return []
    n = 2 if len(words) > 2 and words[1][:1].isupper() and words[1].endswith(("er", "es")) else 1
    stems = [w[:-2] for w in words[:n]]
    return [" ".join([st + end for st in stems] + words[n:]) for end in ("e", "en")]


@dataclass
class Candidate:
    actor: Actor
    score: float
    role_at_date: str | None = None
    kind: str = "alias"  # name, alias, adjective, metonym, surname, role, spokesperson
    metonym: bool = False


class KnowledgeBase:
    def __init__(self) -> None:
        self.records: dict[str, ActorRecord] = {}
        self._exact: dict[str, list[tuple[str, str]]] = {}  # form -> [(actor id, kind)]
        # forms for lookup only, never for the entity gazetteer ('spanische Regierung': GermEval-style
        # entities tag 'spanische' alone; kb/governments.py adds these)
        self.lookup_only: set[str] = set()
        self._folded: dict[str, list[tuple[str, str]]] = {}
        self.metonyms: dict[str, dict] = {}  # form -> {actor, place}
        self.role_nouns: dict[str, dict] = {}  # form -> {role | kind, default}
        self.spokespeople: dict[str, str] = {}  # form -> actor id
        self._country_of: dict[str, str] = {}  # country form/adjective/ISO -> ISO code
        self._holders: dict[str, list[tuple[str, Role]]] = {}  # role key -> [(actor id, role)]
        self._tree: tuple[dict, dict] | None = None  # hierarchy indexes, built on first use
        self._codes: dict[str, str] | None = None  # country form -> ISO code, built on first use
        self._governments: dict[str, str] | None = None  # country id -> its government's id, on first use
        self._forms: dict[str, list[tuple[str, str]]] | None = None  # the gazetteer's forms, on first use

    # ---- building -------------------------------------------------------
    def add(self, rec: ActorRecord) -> None:
        old = self.records.get(rec.id)
        if old is not None:  # merge: later files add names and replace roles with the same key
            keys = {r.key for r in rec.roles}
            rec.roles = [r for r in old.roles if r.key not in keys] + rec.roles
            rec.aliases = old.aliases + [a for a in rec.aliases if a not in old.aliases]
            rec.adjectives = rec.adjectives or old.adjectives
            rec.curated = rec.curated or old.curated
            rec.of, rec.party, rec.iso = rec.of or old.of, rec.party or old.party, rec.iso or old.iso
            rec.name_de = rec.name_de or old.name_de
            rec.active_from, rec.active_to = rec.active_from or old.active_from, rec.active_to or old.active_to
            rec.died, rec.listed = rec.died or old.died, rec.listed and old.listed  # lookup-only stays so
        self.records[rec.id] = rec
        self._tree = self._codes = self._governments = self._forms = None
        self._index(rec)

    def _put(self, form: str, aid: str, kind: str) -> None:
        form = normalize(form)
        if len(form) < 2:  # "X" alone is too ambiguous; the NER finds it by context
            return
        for table, key in ((self._exact, form), (self._folded, form.casefold())):
            entries = table.setdefault(key, [])
            for n, (old_aid, old_kind) in enumerate(entries):
                if old_aid == aid:
                    if _KIND_RANK.get(kind, 1) < _KIND_RANK.get(old_kind, 1):
                        entries[n] = (aid, kind)
                    break
            else:
                entries.append((aid, kind))

    def _index(self, rec: ActorRecord) -> None:
        self._put(rec.name, rec.id, "name")
        if rec.name_de:
            self._put(rec.name_de, rec.id, "name")
        for a in rec.aliases:
            self._put(a, rec.id, "surname" if rec.type == "person" and " " not in a and not rec.curated else "alias")
        if rec.type in ("organization", "institution", "medium"):
            for form in {rec.name, rec.name_de or "", *rec.aliases}:
                for weak in declined_forms(form):
                    self._put(weak, rec.id, "alias")
        for a in rec.adjectives:
            self._put(a, rec.id, "adjective")
        if rec.type == "person" and rec.curated:
            last = rec.name.split()[-1]
            self._put(last + ("'" if last.endswith(("s", "z", "x", "ß")) else "s"), rec.id, "alias")  # genitive: Merz', Trumps
        if rec.type == "country":
            for form in [rec.name, rec.name_de or "", *rec.aliases, *rec.adjectives]:
                if form:
                    self._country_of[normalize(form)] = rec.id
            if rec.iso:
                self._country_of[rec.iso] = rec.id
        for role in rec.roles:
            holders = self._holders.setdefault(role.key, [])
            holders[:] = [(a, r) for a, r in holders if not (a == rec.id and r.key == role.key and r not in rec.roles)]
            holders.append((rec.id, role))

    def _reindex_roles(self) -> None:
        self._tree = None
        self._holders = {}
        for rec in self.records.values():
            for role in rec.roles:
                self._holders.setdefault(role.key, []).append((rec.id, role))

    def load_sections(self, data: dict[str, list]) -> None:
        for rec in data.get("actors", []):
            self.add(rec)
        for form, item in iter_forms(data.get("metonyms", [])):
            self.metonyms[normalize(form)] = item
        for form, item in iter_forms(data.get("role_nouns", [])):
            self.role_nouns[normalize(form)] = item
        for form, item in iter_forms(data.get("spokespeople", [])):
            self.spokespeople[normalize(form)] = item["actor"]
        self._reindex_roles()

    def import_file(self, path: str | Path) -> int:
        """Add actors from a YAML or CSV file (docs/kb.md); returns how many were read."""
        data = read_file(path)
        self.load_sections(data)
        return len(data.get("actors", []))

    # ---- queries ---------------------------------------------------------
    def actor(self, actor_id: str, on: date | None = None) -> Actor | None:
        rec = self.records.get(actor_id)
        return rec.to_actor(on) if rec else None

    def record(self, actor_id: str) -> ActorRecord | None:
        return self.records.get(actor_id)

    def country_iso(self, form: str) -> str | None:
        """ISO code for a country name, genitive, adjective or code ("Frankreichs" -> "FR")."""
        qid = self._country_of.get(normalize(form))
        rec = self.records.get(qid) if qid else None
        return rec.iso if rec else None

    def country_codes(self) -> dict[str, str]:
        """Every country form (name, genitive, adjective, code) -> ISO code; built once."""
        if self._codes is None:
            self._codes = {form: self.records[qid].iso for form, qid in self._country_of.items()
                           if qid in self.records and self.records[qid].iso}
        return self._codes

    def government_of(self, country_id: str, on: date | None = None) -> Actor | None:
        """The government of a country (``kb/governments.py`` gives every country one)."""
        if self._governments is None:
            self._governments = {r.of: r.id for r in self.records.values() if r.type == "government" and r.of}
        gid = self._governments.get(country_id)
        return self.records[gid].to_actor(on) if gid in self.records else None

    def role_holder(self, role_key: str, on: date) -> Actor | None:
        """Who held the office ``role_key`` (e.g. "DE.chancellor") on ``on``."""
        found = [(aid, r) for aid, r in self._holders.get(role_key, []) if r.valid_on(on)]
        if not found:
            return None
        # curated records first, then the most recent start
        found.sort(key=lambda x: (self.records[x[0]].curated, x[1].start or date.min), reverse=True)
        aid, role = found[0]
        rec = self.records[aid]
        return Actor(id=rec.id, name=rec.name, type=rec.type, wikidata=rec.wikidata, role=role.label)

    def resolve_role(self, noun: str, country: str | None, on: date, *, lang: str | None = None,
                     context: str | None = None) -> Actor | None:
        """A role noun ("Kanzler", "Präsident") with an optional country ISO -> its holder.

        Without ``country`` the noun's ``default`` country applies in German text (or when
        ``lang`` is not given: "der Kanzler", "die Außenministerin" -> Germany), else the
        document's ``context`` country; with neither, None (abstain)."""
        return self._resolve_role(noun, country, on, lang, context)[0]

    def _resolve_role(self, noun: str, country: str | None, on: date | None, lang: str | None,
                      context: str | None) -> tuple[Actor | None, str]:
        """(holder, how the country was found: explicit, fixed, default, context)."""
        item = self.role_nouns.get(normalize(noun))
        if item is None or on is None:
            return None, ""
        if item.get("role"):
            return self.role_holder(item["role"], on), "fixed"
        if country:
            cc, how = country, "explicit"
        elif item.get("default") and lang in (None, "de"):
            cc, how = item["default"], "default"
        elif context:
            cc, how = context, "context"
        else:
            return None, ""
        return self.role_holder(f"{cc}.{item['kind']}", on), how

    def _role_mention(self, text: str, on: date | None, lang: str | None = None,
                      context: str | None = None) -> tuple[Actor | None, str]:
        if on is None:
            return None, ""
        if text in self.role_nouns:
            return self._resolve_role(text, None, on, lang, context)
        m = _PREFIX_ROLE.match(text)  # US-Präsident
        if m and m.group(2) in self.role_nouns:
            cc = self.country_iso(m.group(1)) or (m.group(1) if self.role_nouns[m.group(2)].get("kind") and m.group(1).isupper() else None)
            if cc:
                return self._resolve_role(m.group(2), cc, on, lang, context)
        parts = text.split(" ")
        if len(parts) >= 2:  # "Frankreichs Präsident", "französische Präsident", "US president"
            head = " ".join(parts[1:])
            if head in self.role_nouns:
                cc = self.country_iso(parts[0]) or self.country_iso(parts[0].replace(".", ""))
                if cc:
                    return self._resolve_role(head, cc, on, lang, context)
                if parts[0].casefold() in _CURRENT:
                    return self._resolve_role(head, None, on, lang, context)
        return None, ""

    def lookup(self, mention: str, *, on: date | None = None, lang: str | None = None,
               country: str | None = None) -> list[Candidate]:
        """Ranked candidates for a mention; ``on`` picks roles held on that date.

        ``lang``: the text's language; a role noun's default country ("der Kanzler" -> DE)
        applies in German text only. ``country``: the document's country context (ISO code),
        used for a role noun without a country of its own ("the prime minister")."""
        text = normalize(mention)
        words = text.split(" ")
        while len(words) > 1 and words[0].lower() in _ARTICLES:
            words = words[1:]
        text = " ".join(words)
        if not text:
            return []
        out: list[Candidate] = []
        holder, how = self._role_mention(text, on, lang, country)
        if holder is not None:
            # an explicit country or a fixed office is sure; a default or a context country less so
            score = {"explicit": 0.95, "fixed": 0.95, "default": 0.9, "context": 0.75}.get(how, 0.9)
            out.append(Candidate(holder, score, holder.role, kind="role"))
        if text in self.spokespeople:
            act = self.actor(self.spokespeople[text], on)
            if act:
                out.append(Candidate(act, 0.9, act.role, kind="spokesperson"))
        if text in self.metonyms:
            act = self.actor(self.metonyms[text]["actor"], on)
            if act:
                out.append(Candidate(act, _SCORES["metonym"], act.role, kind="metonym", metonym=True))
        entries = self._exact.get(text) or []
        penalty = 0.0
        if not entries and not (text.islower() and len(text) <= 4):  # 'who' is no WHO, 'ap' no AP
            entries, penalty = self._folded.get(text.casefold(), []), 0.2
        if not entries and len(words) > 1 and words[-1][:1].isupper():
            # "Johann Wadephul" not listed as such: surname match with the given name checked
            for aid, kind in self._exact.get(words[-1], []):
                rec = self.records[aid]
                if rec.type == "person" and rec.name.split()[0] == words[0]:
                    entries = entries + [(aid, "alias")]
        # a bare surname finds a person only near their years in public life
        if len(words) == 1:
            entries = [(aid, kind) for aid, kind in entries if kind not in ("surname", "alias") or (
                self.records[aid].active_near(on, SURNAME_YEARS) and not _dead_by(self.records[aid], on))]
        seen = {c.actor.id for c in out}
        ambiguous = len({aid for aid, _ in entries}) > 1
        for aid, kind in entries:
            if aid in seen:
                continue
            seen.add(aid)
            rec = self.records[aid]
            score = _SCORES.get(kind, 0.9) - penalty
            role = rec.role_on(on)
            if rec.curated:
                score += 0.05
            if role is not None:
                score += 0.04  # in office on the day: the likelier referent
            if ambiguous and kind == "surname":
                score -= 0.1
            if _dead_by(rec, on):
                score -= 0.1  # 'Gerhard Schröder' in 2005: not the namesake who died in 1989
            out.append(Candidate(rec.to_actor(on), round(min(score, 1.0), 3), role.label if role else None, kind=kind))
        out.sort(key=lambda c: -c.score)
        return out

    # ---- hierarchy: person -> office -> government -> state; party -> group ------
    def _hierarchy(self) -> tuple[dict[str, set[str]], dict[str, str]]:
        """(parent id -> child ids by ``of``/``party``, role key -> the body the office belongs to)."""
        if self._tree is None:
            children: dict[str, set[str]] = {}
            government: dict[str, str] = {}  # country id -> its government's id
            for rec in self.records.values():
                for parent in (rec.of, rec.party if rec.type == "person" else None):
                    if parent and parent in self.records and parent != rec.id:
                        children.setdefault(parent, set()).add(rec.id)
                if rec.type == "government" and rec.of:
                    government.setdefault(rec.of, rec.id)
            iso = {r.iso: r.id for r in self.records.values() if r.iso}
            office: dict[str, str] = {}
            for key, holders in self._holders.items():
                prefix, _, kind = key.partition(".")
                body = next((r.of for _a, r in holders if r.of in self.records), None)
                body = body or iso.get(prefix) or (prefix if prefix in self.records else None)
                if body is None:
                    org = self._exact.get(prefix, [])  # NATO, EU, UN
                    body = next((a for a, _k in org if self.records[a].type != "person"), None)
                if body is None and "-" in prefix:  # a Land office (DE-BY): the state, not its federal government
                    body = iso.get(prefix.split("-")[0])
                    if body is not None:
                        office[key] = body
                    continue
                if body is None:
                    continue
                if kind in _EXECUTIVE or kind.endswith("_minister"):
                    body = government.get(body, body)  # the country's government, where the KB has one
                office[key] = body
            self._tree = (children, office)
        return self._tree

    def parents(self, actor_id: str, on: date | None = None, *, direct: bool = False) -> list[Actor]:
        """The actors above ``actor_id``, nearest first: a person's government or body through
        the offices held on ``on`` (any time when None) and party; a government's state
        (``of``); a party's parliamentary group. ``direct``: one level only."""
        children, office = self._hierarchy()
        out: list[str] = []
        todo = [actor_id]
        while todo:
            aid = todo.pop(0)
            rec = self.records.get(aid)
            if rec is None:
                continue
            ups = [r for r in (rec.of, rec.party if rec.type == "person" else None) if r]
            ups += [office[r.key] for r in rec.roles if r.key in office and (on is None or r.valid_on(on))]
            for up in ups:
                if up not in out and up != actor_id and up in self.records:
                    out.append(up)
                    if not direct:
                        todo.append(up)
        return [self.records[a].to_actor(on) for a in out]

    def members(self, actor_id: str, on: date | None = None, *, direct: bool = False) -> list[Actor]:
        """The actors below ``actor_id``: bodies whose ``of`` it is, holders of its offices on
        ``on`` (ever, when None), party members; with theirs, unless ``direct``.
        ``kb.members("Q142", date(2025, 10, 1))``: the Government of France, Macron, ..."""
        children, office = self._hierarchy()
        keys_of: dict[str, list[str]] = {}
        for key, body in office.items():
            keys_of.setdefault(body, []).append(key)
        out: list[str] = []
        todo = [actor_id]
        while todo:
            aid = todo.pop(0)
            below = sorted(children.get(aid, ()))
            for key in keys_of.get(aid, ()):
                if on is None:
                    below += [a for a, _r in self._holders.get(key, [])]
                else:  # the one holder on the day, as role_holder picks them
                    holder = self.role_holder(key, on)
                    below += [holder.id] if holder else []
            for b in below:
                if b not in out and b != actor_id:
                    out.append(b)
                    if not direct:
                        todo.append(b)
        return [self.records[a].to_actor(on) for a in out]

    # ---- for the NER gazetteer --------------------------------------------
    def mark_lookup_only(self, forms: set[str]) -> None:
        """These forms serve lookups, never the entity gazetteer."""
        self.lookup_only |= forms
        self._forms = None

    def surface_forms(self) -> dict[str, list[tuple[str, str]]]:
        """Every indexed form (exact case) -> [(actor id, kind)], except lookup-only ones."""
        if self._forms is None:
            unlisted = {aid for aid, rec in self.records.items() if not rec.listed}
            listed = ((form, [(aid, k) for aid, k in v if aid not in unlisted]) for form, v in self._exact.items()
                      if form not in self.lookup_only)
            self._forms = {form: v for form, v in listed if v}
        return self._forms

    def __len__(self) -> int:
        return len(self.records)
