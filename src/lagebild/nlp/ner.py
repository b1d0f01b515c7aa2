"""Fast named entities (PER, ORG, LOC, MISC) with knowledge-base links.

Rules, gazetteers and light statistics, one pass over spaCy tokens:
1. longest match of a knowledge-base name, alias, genitive, adjective, metonym or
   spokesperson noun (a token trie);
2. context patterns: given name + surname, title + name ("Präsident X", "Frau X"),
   organisation suffixes ("GmbH", "-ministerium"), "Kurznachrichtendienst X";
3. German: a trained tagger (``ner_model``, see docs/models.md) for boundaries and labels,
   merged with 1-2 (KB matches win unless the tagger's span is longer). Otherwise (English,
   or no model): per-token label counts from open training corpora (smartdata, europeana, wnut17):
   German capitalises every noun, so a capitalised word is a name only if the corpora
   saw it as one more often than as a plain word;
4. document propagation: a surname seen in a full name links its later mentions.
A capital standing for its government ("spricht Berlin lieber über") gets the
government as actor and ``metonym=True``; after a place preposition ("in Berlin") it
stays a place.
"""
from __future__ import annotations

import bisect

import functools
import re
from collections import Counter
from dataclasses import replace
from datetime import date

from ..model import Actor, Entity, Span
from .coref import office_fits_holder
from .ner_lexicon import TYPE_LABEL, Gazetteer, build_gazetteer, common_word, given_names, token_counts
from .language import SUPPORTED, merged
from .ner_misc import lists as rule_lists
from .ner_misc import rule_spans
from .ner_model import form_labels, gazetteer_tags, shipped_tagger
from .tokens import token_arrays, token_spans

# Context words of names, from every language's lang/<code>/ner.py (any of them may occur in any text).
# prepositions after which a capital is a place, not its government
PLACE_PREPS = merged("ner", "PLACE_PREPS")
TITLES = merged("ner", "TITLES")  # "Präsident X", "Frau X", "Mr X"
# name particles of many languages ("von der Leyen", "van Gogh", "bin Salman")
NAME_PARTICLES = {"von", "van", "de", "der", "den", "zu", "di", "da", "bin", "al", "el", "Le", "La"}
ORG_SUFFIX_TOKENS = merged("ner", "ORG_SUFFIX_TOKENS")  # "Siemens AG", "Apple Inc."
ORG_SUFFIX = re.compile(rf"^[A-ZÄÖÜ][\wäöüß-]+({merged('ner', 'ORG_SUFFIX')})$")
ORG_HEADS = merged("ner", "ORG_HEADS")
MEDIA_TRIGGERS = merged("ner", "MEDIA_TRIGGERS")
SENT_END = {".", "!", "?", ":", "\n", '"', "„", "“", "»", "«", "–", "-"}
FUNCTION_WORDS = merged("ner", "FUNCTION_WORDS")
# Linking: a link whose confidence is below LINK_THRESHOLD is left out (the entity keeps its
# candidates); two candidates closer than LINK_MARGIN are ambiguous. The confidence is the top
# candidate's knowledge-base score less the part of the margin to the runner-up below 0.15.
LINK_THRESHOLD = 0.5
LINK_MARGIN = 0.05
# confidences of links made without a ranked lookup
_CONF_METONYM, _CONF_SPOKESPERSON, _CONF_MEDIUM = 0.8, 0.9, 0.9


@functools.lru_cache(maxsize=8)
def _gazetteer(kb_id: int, lang: str, kb) -> Gazetteer:  # kb passed for building; keyed by id
    return build_gazetteer(kb, lang)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and not tok.isupper() or (tok.isupper() and len(tok) > 1 and tok.isalpha())


def _stat_label(tok: str, sent_start: bool) -> str | None:
    """Label from corpus counts: a name if seen as an entity more often than as a word."""
    counts = token_counts().get(tok)
    if counts is None:
        return None
    per, loc, org, misc, o = counts
    ent = per + loc + org + misc
    if ent == 0 or o >= ent or (sent_start and ent < 3):
        return None
    if ent + o < 2 and len(tok) < 4:
        return None
    best = max((per, "PER"), (loc, "LOC"), (org, "ORG"), (misc, "MISC"))
    return best[1]


def _fits(best, label: str, c: _Ctx | None = None, j: int = 0) -> bool:
    """A link fits a span of ``label`` when the actor's type gives that label, or when the span
    names an office ("US-Präsident", tagged LOC as a name part, stands for its holder) that is
    not the title of a name right after it ("US-Präsident Biden")."""
    if best is None:
        return False
    if best.kind == "role":
        return c is None or not _title_of_name(c, j)
    return TYPE_LABEL.get(best.actor.type) == label


def _title_of_name(c: "_Ctx", j: int) -> bool:
    """Token ``j`` (after an office noun) starts a name: the office is that person's title."""
    nxt = c.toks[j] if j < len(c.toks) else ""
    return _is_cap(nxt) and nxt.isalpha() and not common_word(nxt) and nxt not in FUNCTION_WORDS


def _doc_country(toks: list[str], kb) -> str | None:
    """The country a document is about: the ISO code of the country named (name, genitive,
    adjective) at least twice and in more than half of all country mentions; else None."""
    codes = kb.country_codes()
    counts = Counter(codes[tok] for tok in toks if tok in codes)
    if not counts:
        return None
    iso, n = counts.most_common(1)[0]
    return iso if n >= 2 and 2 * n > sum(counts.values()) else None




class _Ctx:
    def __init__(self, doc, text: str, kb, on: date | None, lang: str):
        self.doc, self.text, self.kb, self.on, self.lang = doc, text, kb, on, lang
        # plain token texts and offsets: building spaCy Token objects costs more than tagging
        self.toks, self.offsets, _spaced = token_arrays(doc)
        self.starts = self._sentence_starts()
        self.taken = [False] * len(self.toks)
        self.trim: set[int] = set()
        self.fixed: set[int] = set()  # start tokens of rule matches that no tagger span overrides
        # token i, j, label, actor, cands, metonym, confidence
        self.out: list[tuple[int, int, str, Actor | None, list[Actor], bool, float | None]] = []
        self.country = _doc_country(self.toks, kb)  # the document's country context, for role nouns

    def _sentence_starts(self) -> list[bool]:
        flags, prev = [], "\n"
        for tok in self.toks:
            flags.append(prev in SENT_END or "\n" in prev)
            if not tok.isspace():
                prev = tok
            elif "\n" in tok:
                prev = "\n"
        return flags

    def add(self, i: int, j: int, label: str, actor=None, cands=(), metonym=False, conf=None) -> None:
        if i >= j or any(self.taken[i:j]):
            return
        for k in range(i, j):
            self.taken[k] = True
        self.out.append((i, j, label, actor, list(cands), metonym, conf if actor is not None else None))

    def link(self, form: str, label_hint: str | None = None):
        """(best candidate with its confidence as ``score``, or None; the candidates when none)."""
        cands = self.kb.lookup(form, on=self.on, lang=self.lang, country=self.country)
        if label_hint:
            typed = [c for c in cands if TYPE_LABEL.get(c.actor.type) == label_hint]
            cands = typed or cands
        if not cands:
            return None, []
        top = cands[0]
        margin = top.score - cands[1].score if len(cands) > 1 else 1.0
        alternatives = [c.actor for c in cands[:5]]
        if margin < LINK_MARGIN:
            return None, alternatives
        if top.kind == "surname" and " " not in form and form in given_names():
            return None, alternatives  # "Rachel" alone is a given name, not Thomas Rachel
        conf = round(top.score - max(0.0, 0.15 - margin), 3)
        if conf < LINK_THRESHOLD:
            return None, alternatives
        return replace(top, score=conf), []


def _gazetteer_pass(c: _Ctx, gz: Gazetteer) -> None:
    toks, kb, n = c.toks, c.kb, len(c.toks)
    first_tokens = gz.by_first
    country_end, country_form = -1, ""  # a country form just matched: "French" before "foreign minister"
    i = 0
    while i < n:
        tok = toks[i]
        hit = gz.match(toks, i) if tok in first_tokens and tok[:1].isalnum() else None
        if hit is None:
            nxt = toks[i + 1].rstrip(".") if i + 1 < n else ""
            if tok in MEDIA_TRIGGERS and nxt in gz.media:  # "beim Kurznachrichtendienst X"
                c.add(i + 1, i + 2, "ORG", kb.actor(gz.media[nxt], c.on), conf=_CONF_MEDIUM)
                c.fixed.add(i + 1)
                if toks[i + 1] != nxt:
                    c.trim.add(i + 1)  # "X." at a sentence end: the period is not part of the name
                i += 2
                continue
            i += 1
            continue
        length, form = hit
        j = i + length
        prev = toks[i - 1] if i > 0 else ""
        if length == 1 and _given_name_first(c, i, form):
            i += 1  # "Jordan Bardella": a given name before a surname, not the country
            continue
        if form in kb.metonyms:
            item = kb.metonyms[form]
            literal = prev in PLACE_PREPS or prev.lower() in PLACE_PREPS
            if literal:
                c.add(i, j, "LOC")
            else:
                c.add(i, j, "LOC", kb.actor(item["actor"], c.on), metonym=True, conf=_CONF_METONYM)
        elif form in kb.spokespeople:
            c.add(i, j, "PER", kb.actor(kb.spokespeople[form], c.on), conf=_CONF_SPOKESPERSON)
        else:
            if i == country_end and form in kb.role_nouns:  # "French foreign minister": that country's holder
                best, cands = c.link(f"{country_form} {form}")
            else:
                best, cands = c.link(form)
                if i == country_end and best is not None and _body_of_another_country(kb, best.actor, country_form):
                    best, cands = None, []  # "das russische Verteidigungsministerium" is not Germany's
            if kb.country_iso(form):
                country_end, country_form = j, form
            # "Foreign Minister Catherine Colonna": the name after the title decides, not the office
            title = best is not None and best.kind == "role" and _title_of_name(c, j)
            top = best or None
            kind = top.kind if top else "alias"
            typ = top.actor.type if top else (cands[0].type if cands else None)
            if kind == "surname" or (top is None and all(a.type == "person" for a in cands)):
                # a bare surname of a listed MP: only when it is not an ordinary word
                if common_word(tok) or (c.starts[i] and tok in FUNCTION_WORDS):
                    i += 1
                    continue
            if kind == "adjective" and tok[:1].isupper() and c.starts[i] is False and j < n and toks[j][:1].isupper():
                pass  # "Deutsche Bank": let the organisation rules try
            label = TYPE_LABEL.get(typ or "", "MISC")
            c.add(i, j, label, top.actor if top and not title else None, cands, conf=top.score if top else None)
        i = j


def _body_of_another_country(kb, actor, country_form: str) -> bool:
    """A body of one country's state (a ministry, an agency) after another country's adjective."""
    rec = kb.record(actor.id) if actor.type in ("institution", "government") else None
    if rec is None or not rec.of:
        return False
    own = kb.country_iso(country_form)
    of = kb.record(rec.of)
    home = kb.country_iso(of.name) if of is not None and of.type == "country" else None
    if home is None and of is not None and of.of:
        parent = kb.record(of.of)
        home = kb.country_iso(parent.name) if parent is not None else None
    return bool(own and home and own != home)


def _name_end(toks: list[str], j: int, limit: int = 3) -> int:
    """Extend a name over following capitalised tokens (and particles: "von der Leyen")."""
    n, k = len(toks), 0
    while j < n and k < limit:
        t = toks[j]
        if t in NAME_PARTICLES and j + 1 < n and _is_cap(toks[j + 1]):
            j += 1
            continue
        if _is_cap(t) and t.isalpha() and not common_word(t) or (_is_cap(t) and "-" in t and not common_word(t)):
            j += 1
            k += 1
        else:
            break
    return j


def _pattern_pass(c: _Ctx) -> None:
    toks, n, names = c.toks, len(c.toks), given_names()
    role_forms = c.kb.role_nouns
    for i, tok in enumerate(toks):
        if c.taken[i] or not tok[:1].isupper():
            continue
        nxt = toks[i + 1] if i + 1 < n else ""
        # given name + surname
        if tok in names and nxt and _is_cap(nxt) and not c.taken[i + 1] and not common_word(nxt):
            j = _name_end(toks, i + 1)
            if j > i + 1:
                best, cands = c.link(" ".join(toks[i:j]), "PER")
                c.add(i, j, "PER", best.actor if best and best.actor.type == "person" else None, cands if best is None else (),
                      conf=best.score if best else None)
                continue
        # title + name: "Präsident Macron", "Frau Baerbock"
        if (tok in TITLES or tok in role_forms) and nxt and not c.taken[i + 1] and _is_cap(nxt) and not common_word(nxt):
            j = _name_end(toks, i + 1)
            if j > i + 1 and not any(c.taken[i + 1:j]):
                best, cands = c.link(" ".join(toks[i + 1:j]), "PER")
                c.add(i + 1, j, "PER", best.actor if best and best.actor.type == "person" else None, cands if best is None else (),
                      conf=best.score if best else None)
                continue
        # organisation suffixes: "Siemens AG", "Bundesgesundheitsministerium"
        if nxt in ORG_SUFFIX_TOKENS and _is_cap(tok):
            k = i
            while (k > 0 and i - k < 3 and _is_cap(toks[k - 1]) and not c.taken[k - 1] and not c.starts[k]
                   and toks[k - 1] not in ORG_HEADS):
                k -= 1
            c.add(k, i + 2, "ORG")
            continue
        if ORG_SUFFIX.match(tok):
            c.add(i, i + 1, "ORG")


def _stat_pass(c: _Ctx) -> None:
    toks, n = c.toks, len(c.toks)
    i = 0
    while i < n:
        if c.taken[i] or not _is_cap(toks[i]):
            i += 1
            continue
        label = _stat_label(toks[i], c.starts[i])
        if label is None:
            i += 1
            continue
        j = i + 1
        while j < n and not c.taken[j] and _is_cap(toks[j]) and _stat_label(toks[j], False) == label:
            j += 1
        form = " ".join(toks[i:j])
        best, cands = c.link(form, label)
        actor = best.actor if _fits(best, label, c, j) else None
        c.add(i, j, label, actor, cands if actor is None else (), conf=best.score if actor else None)
        i = j


def _propagate(c: _Ctx) -> None:
    """Later bare surnames of a person found by full name get the same label and actor."""
    known: dict[str, tuple[str, Actor | None, float | None]] = {}
    for i, j, label, actor, _cands, _m, conf in c.out:
        if label == "PER" and j - i >= 2:
            known.setdefault(c.toks[j - 1], (label, actor, conf))
        elif j - i == 1:
            known.setdefault(c.toks[i], (label, actor, conf))
    if not known:
        return
    for i, tok in enumerate(c.toks):
        if not c.taken[i] and tok in known and not (c.starts[i] and tok in FUNCTION_WORDS):
            label, actor, conf = known[tok]
            c.add(i, i + 1, label, actor, conf=conf)


def _consistent_surnames(c: _Ctx) -> None:
    """A bare surname weakly linked by the knowledge base ("Müller" -> some MP) or not at all
    takes the link of the full name that ends with it in the same document ("Anna Müller",
    linked or not): the document names its own people."""
    full: dict[str, tuple[Actor | None, float | None]] = {}
    for i, j, label, actor, _cands, _m, conf in sorted(c.out, key=lambda e: e[0]):
        if label == "PER" and j - i >= 2 and c.toks[j - 1][:1].isupper():
            full.setdefault(c.toks[j - 1], (actor, conf))
    if not full:
        return
    for n, (i, j, label, actor, cands, metonym, conf) in enumerate(c.out):
        if j - i != 1 or label != "PER" or c.toks[i] not in full:
            continue
        new, new_conf = full[c.toks[i]]
        if actor is None and new is not None:
            c.out[n] = (i, j, label, new, [], metonym, new_conf)
        elif actor is not None and new is None and conf is not None and conf < 0.8:
            c.out[n] = (i, j, label, None, cands or [actor], metonym, None)
        elif actor is not None and new is not None and new.id != actor.id and conf is not None and conf < 0.8:
            c.out[n] = (i, j, label, new, [], metonym, new_conf)


def _given_name_first(c: _Ctx, i: int, form: str) -> bool:
    """A one-token place or country that is also a given name, before a capitalised word that
    is no ordinary word and no knowledge-base form: "Jordan Bardella", "Georgia Meloni"."""
    toks = c.toks
    if i + 1 >= len(toks) or form not in given_names():
        return False
    nxt = toks[i + 1]
    if not (_is_cap(nxt) and nxt.isalpha()) or common_word(nxt) or nxt in c.kb.surface_forms():
        return False
    entries = c.kb.surface_forms().get(form, [])
    return bool(entries) and all(c.kb.record(a).type in ("country", "place") for a, _k in entries)


@functools.lru_cache(maxsize=8)
def _form_labels(kb_id: int, kb) -> dict[str, str]:
    return form_labels(kb)


def _model_spans(c: _Ctx, gz: Gazetteer, tagger) -> list[tuple[int, int, str]]:
    """Tagger spans as doc token indices (the tagger sees no whitespace tokens)."""
    all_toks = c.toks  # plain strings: iterating spaCy tokens again would cost more than tagging
    keep = [k for k, t in enumerate(all_toks) if not t.isspace()]
    toks = [all_toks[k] for k in keep]
    starts, prev = [], None
    for n, k in enumerate(keep):
        # a sentence starts after . ! ? or a line break, as in the training sentences
        starts.append(n == 0 or prev in (".", "!", "?") or "\n" in all_toks[k - 1])
        prev = all_toks[k]
    spans = tagger.spans(toks, starts, gazetteer_tags(toks, gz, _form_labels(id(c.kb), c.kb)))
    return [(keep[a], keep[b - 1] + 1, label) for a, b, label in spans]


def _merge_model(c: _Ctx, model: list[tuple[int, int, str]], n_gaz: int) -> None:
    """Combine tagger spans with the rule spans already in ``c.out``.

    KB gazetteer matches are precise and carry links, so they win unless the tagger
    found a strictly longer overlapping span ("Deutsche Bank" over the adjective
    "Deutsche"; not over a medium named after its trigger noun, "Kurznachrichtendienst X.":
    the tagger may run the one-letter name into the next sentence); tagger spans beat the
    context patterns; patterns fill the gaps."""
    gaz, pat = c.out[:n_gaz], c.out[n_gaz:]
    ranked = []  # (priority, i, j, entry or None, label)
    # model spans by start: a span overlapping e starts before e[1] and after e[0] - the longest span
    by_start = sorted((a, b) for a, b, _ in model)
    starts = [a for a, _b in by_start]
    widest = max((b - a for a, b in by_start), default=0)
    for e in gaz:
        lo, hi = bisect.bisect_right(starts, e[0] - widest), bisect.bisect_left(starts, e[1])
        longer = e[0] not in c.fixed and any(e[0] < b and b - a > e[1] - e[0] for a, b in by_start[lo:hi])
        ranked.append((0 if not longer else 2, e[0], e[1], e, e[2]))
    for a, b, label in model:
        ranked.append((1, a, b, None, label))
    for e in pat:
        ranked.append((3, e[0], e[1], e, e[2]))
    c.out = []
    c.taken = [False] * len(c.toks)
    for _prio, i, j, entry, label in sorted(ranked, key=lambda r: (r[0], r[1])):
        if entry is not None:
            c.add(*entry)
            continue
        best, cands = c.link(" ".join(c.toks[i:j]), label)
        actor = best.actor if _fits(best, label, c, j) else None
        c.add(i, j, label, actor, cands if actor is None and best is None else (), conf=best.score if actor else None)


def _rule_pass(c: _Ctx) -> None:
    """Works, events, organisation patterns and name compounds (``ner_misc``): a quoted
    title replaces the spans inside it, the other rules fill gaps."""
    labels = _form_labels(id(c.kb), c.kb)
    for i, j, label, override in rule_spans(c.toks, c.starts, labels, common_word, c.lang):
        if override:
            inside = [e for e in c.out if i <= e[0] and e[1] <= j]
            if any(e[0] < j and i < e[1] for e in c.out if e not in inside):
                continue  # a span crosses the title's edge: leave it
            c.out = [e for e in c.out if e not in inside]
            for e in inside:
                for k in range(e[0], e[1]):
                    c.taken[k] = False
        if c.toks[j - 1][:-1].isdigit() and c.toks[j - 1].endswith(".") and not any(c.taken[i:j]):
            c.trim.add(j - 1)  # "zur WM 2014.": the period ends the sentence
        if any(c.taken[i:j]):
            continue
        best, _cands = c.link(" ".join(c.toks[i:j]), label)
        if best is not None and best.kind == "role" and not _title_of_name(c, j) and \
                office_fits_holder(c.toks[i:j], c.lang, best.actor):  # "Nato-Chef": its holder
            c.add(i, j, label, best.actor, conf=best.score)
        else:
            c.add(i, j, label)


_PRONOUN_WORDS = {"he", "she", "it", "they", "we", "i", "you", "er", "sie", "es", "wir", "ich", "ihr", "man"}
_SPAN_EDGE_WORDS = {"and", "und", "or", "oder", "the", "der", "die", "das", "of", "von", "'s", "’s", "'", "’", "s"}


def _clean_span(toks: list[str], i: int, j: int) -> tuple[int, int] | None:
    """A transformer span without the words around a name ('He Lifeng and' -> 'He Lifeng', a bare
    '’s' or 'and' -> nothing) and within one sentence ('X.\n\nBessent' -> 'Bessent')."""
    for k in range(j - 1, i - 1, -1):
        if toks[k] in {".", "!", "?"} or "\n" in toks[k]:
            i = k + 1  # a name does not cross a sentence or paragraph break: the part after it
            break
    while i < j and (toks[i].lower() in _SPAN_EDGE_WORDS or not any(ch.isalnum() for ch in toks[i])):
        i += 1
    while j > i and (toks[j - 1].lower() in _SPAN_EDGE_WORDS or not any(ch.isalnum() for ch in toks[j - 1])):
        j -= 1
    if j <= i or not any(ch.isupper() for t in toks[i:j] for ch in t[:1]):
        return None
    if j - i == 1 and toks[i].lower() in _PRONOUN_WORDS:
        return None  # 'He' opening a sentence ('He Lifeng' stays)
    return i, j


def _merge_transformer(c: _Ctx, spans: list[tuple[int, int, str]], n_gaz: int) -> None:
    """Accurate mode: the transformer's spans decide boundaries and labels. A knowledge-base
    match with the same boundaries lends its link and metonym flag; one that no span
    overlaps stays (an actor the tagger does not count as a name: "die Bundesregierung")."""
    gaz = c.out[:n_gaz]
    c.out, c.taken = [], [False] * len(c.toks)
    exact = {(e[0], e[1]): e for e in gaz}
    for i, j, label in sorted(spans):
        cleaned = _clean_span(c.toks, i, j)
        if cleaned is None:
            continue
        i, j = cleaned
        entry = exact.get((i, j))
        if entry is not None:
            c.add(i, j, label, *entry[3:])
            continue
        best, cands = c.link(" ".join(c.toks[i:j]), label)
        actor = best.actor if _fits(best, label, c, j) else None
        c.add(i, j, label, actor, cands if actor is None and best is None else (), conf=best.score if actor else None)
    for entry in gaz:
        if not any(entry[0] < j and i < entry[1] for i, j, _ in spans):
            c.add(*entry)


def find_entities(text: str, spacy_doc, lang: str, kb, on: date | None, *, model: bool = True,
                  spans: list[tuple[int, int, str]] | None = None) -> list[Entity]:
    """Named entities of ``spacy_doc`` (made from ``text``), linked to ``kb`` as of ``on``.

    German text uses the trained tagger (``ner_model``) for boundaries and labels when the
    model is shipped and ``model`` is true; otherwise the corpus token statistics. ``spans``
    (doc token start, end, label), from the accurate mode's transformer, replace both."""
    c = _Ctx(spacy_doc, text, kb, on, lang or "de")
    gz = _gazetteer(id(kb), c.lang if c.lang in SUPPORTED else "de", kb)
    tagger = shipped_tagger() if model and spans is None and c.lang == "de" else None
    _gazetteer_pass(c, gz)
    n_gaz = len(c.out)
    if spans is not None:
        _merge_transformer(c, spans, n_gaz)
    else:
        _pattern_pass(c)
        if tagger is not None:
            _merge_model(c, _model_spans(c, gz, tagger), n_gaz)
        else:
            _stat_pass(c)
        if rule_lists(c.lang) is not None:  # the language has rule lists (German)
            _rule_pass(c)
    _propagate(c)
    _consistent_surnames(c)
    out = []
    for i, j, label, actor, cands, metonym, conf in sorted(c.out, key=lambda x: x[0]):
        start, end = c.offsets[i], c.offsets[j - 1] + len(c.toks[j - 1]) - (1 if j - 1 in c.trim else 0)
        out.append(Entity(span=Span.of(text, start, end), label=label, actor=actor, candidates=cands, metonym=metonym,
                          confidence=conf if actor is not None else None))
    return out


def span_source(options, *, tags: bool = False):
    """Where entity boundaries and labels come from, as ``fn(text, spacy_doc, lang) -> spans``
    (token spans for ``find_entities(spans=...)``, or None for its own taggers and rules).

    In accurate mode they come from the transformer tagger, for English too (WNUT 2017
    English dev: 49.9 F1 against 30.0 for en_core_web_sm; docs/models.md). In fast mode
    English documents take them from the spaCy pipeline named by ``spacy_en`` when set
    (30.0 against 18.5 for lagebild's own English rules and gazetteer). ``tags``: that spaCy
    pipeline tags too, in the same run (when the pipeline has the pos stage, which asks next)."""
    transformer = None
    if options.mode == "accurate":
        from .ner_accurate import check_available, entity_spans

        check_available()
        transformer = functools.partial(entity_spans, threads=options.threads)
    english = None
    if options.spacy_en and transformer is None:
        from . import spacy_en

        spacy_en.load(options.spacy_en)  # a missing pipeline fails now, not on the first English text

        def english(text, spacy_doc):
            return token_spans(spacy_doc, spacy_en.annotate(options.spacy_en, text, tags).entities)

    def spans_of(text: str, spacy_doc, lang: str | None):
        if english is not None and lang == "en":
            return english(text, spacy_doc)
        return transformer(text, spacy_doc) if transformer is not None else None

    return spans_of
