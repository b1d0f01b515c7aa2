"""Positions (actor x issue x stance) and the stage that builds the whole layer:
commitments, conditions, positions.

Three sources, each checked for negation, questions and hypotheticals:

1. Commitments (pledge/intention/delivery/demand -> supports, refusal -> opposes,
   not_ruled_out or conditioned -> conditional, under_consideration -> undecided);
   negation inside a supporting act's object flips it ("there will be no American
   soldiers"), "lehnt ... nicht ab" is conditional, a demand to clarify or wait first
   is hesitant.
2. The author's reporting: the subject of a stance verb ("Frankreich und
   Großbritannien machen Druck, die Bundesregierung hingegen bremst"; "X wirft Y
   vor, ... zu blockieren" gives Y's stance).
3. The speaker's statements: stance words inside a quote belong to its speaker
   ("Es sei viel zu früh, ...", sagte Merz); a quote without them but with a cue
   of demand or refusal (``stance.has_stance_cue``), in a sentence no commitment
   covers, takes ``polarity.claim_polarity`` (supports/opposes) when its confidence
   is at least ``STATEMENT_MIN_CONFIDENCE``.

Actors must be linked entities (KB actors), statement speakers or named groups;
pronouns resolve to the statement's speaker. A country or government in a quote
whose speaker holds office for it gives the speaker ("Deutschland schließe ...
nicht aus", sagte Wadephul). Issues come from ``issues.match_hit``: the clause must
name the issue; the sentences before it in its paragraph and the article supply the
context the issue requires (issues.py); positions without an actor or an issue are
dropped. Each position carries a ``confidence`` (its source's reliability times the
issue match's strength, lower for an actor that is not linked).
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import replace
from typing import Any

from ..model import Commitment, Condition, Position
from ..nlp.coref import name_gender
from . import position_rules as R
from .commitment_attributes import attributive_commitments
from .commitments import _Ctx, commitment_ctx, find_commitments
from .conditions import find_conditions, link_conditions
from .position_actors import co_actors, report_actors, report_matches, span as _span, title_holder
from .issues import IssueHit, issue_record, match_hit, match_hits, names_issue
from .polarity import claim_polarity
from .recipients import infer_recipients
from .stance import has_stance_cue

_ACT_STANCE = {"pledge": "supports", "intention": "supports", "delivery": "supports", "demand": "supports",
               "refusal": "opposes", "not_ruled_out": "conditional", "under_consideration": "undecided"}
# claim_polarity confidence needed to take a stance from a quote without stance words
# (chosen on gold/positions/dev.jsonl + samples: 0.7 and 0.8 tie on F1, 0.8 keeps precision)
STATEMENT_MIN_CONFIDENCE = 0.8



def _paragraphs(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    return [sum(1 for b in breaks if b < s) for s, _ in sentences]


def _context(text: str, sentences: list[tuple[int, int]], para: list[int], si: int) -> str:
    parts = [text[sentences[j][0]:sentences[j][1]] for j in range(max(0, si - 2), si) if para[j] == para[si]]
    return " ".join(parts)


def _lead(analysis) -> str:
    """The article's title and lead (its first paragraphs, up to about 700 characters): what the
    article is about, the context a phrase may rely on."""
    text = analysis.document.text
    cut = next((m.start() for m in re.finditer(r"\n\s*\n", text) if m.start() >= 300), len(text))
    return f"{getattr(analysis.document, 'title', None) or ''}\n{text[:min(cut, 700)]}"


def _masked(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """``text[s:e]`` with the condition spans inside it blanked: "Truppen nach einem Waffenstillstand"
    is about troops, its condition is not the issue."""
    chars = list(text[s:e])
    for a, b in spans:
        for i in range(max(a, s), min(b, e)):
            chars[i - s] = " "
    return "".join(chars)


def _actor_id(actor: dict | None) -> str | None:
    if not actor:
        return None
    return actor.get("wikidata") or actor.get("id")


def _entity_tuples(analysis) -> list[tuple[int, int, dict | None]]:
    """(start, end, actor dict) per entity; one ``to_dict`` per actor (dataclass conversion is slow)."""
    cache: dict[int, dict] = {}
    out = []
    for e in analysis.entities:
        a = e.actor
        if a is not None and id(a) not in cache:
            cache[id(a)] = a.to_dict()
        out.append((e.span.start, e.span.end, cache[id(a)] if a is not None else None))
    return out


def record_id(doc_id: str, kind: str, *parts: object) -> str:
    """An id unique in a store and stable across re-analysis: the document id, the record kind
    (``p``, ``c``, ``k``) and a digest of what identifies the record inside the document (its
    key or its offsets into the immutable text), never its position in a list."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass"), digest_size=5)
    return f"{doc_id}:{kind}:{digest.hexdigest()}"


def _unique_ids(records: list[dict]) -> None:
    """Two records with the same identifying parts (never expected) get ``-2``, ``-3`` … suffixes."""
    seen: dict[str, int] = {}
    for r in records:
        n = seen[r["id"]] = seen.get(r["id"], 0) + 1
        if n > 1:
            r["id"] = f"{r['id']}-{n}"


class _Doc:
    """Per-document lookups shared by the three position sources."""

    def __init__(self, analysis, text: str, sents: list[tuple[int, int]]):
        self.text = text
        self.sents = sents
        self.para = _paragraphs(text, sents)
        self.statements = [(q.start, q.end, st) for st in analysis.statements for q in st.quote]
        self.speaker_texts = {m.text.casefold() for st in analysis.statements for m in st.speaker_mention}
        self._speakers: dict[str, dict | None] = {}
        self._ordered: bool | None = None
        self._starts: list[int] = []
        self.skip = [R.is_question(text[s:e]) or R.is_hypothetical(text[s:e]) for s, e in sents]
        self.entities: list[tuple] = []  # (start, end, actor dict): set by build_layer

    def statement_at(self, pos: int):
        return next((st for a, b, st in self.statements if a <= pos < b), None)

    def sentence_of(self, pos: int) -> int:
        """The first sentence holding ``pos`` (else the last): by bisection when the sentences are
        in order and do not overlap (always, from the tokens stage), else by a scan."""
        if self._ordered is None:
            self._ordered = (all(s <= e for s, e in self.sents)
                             and all(e0 <= s1 for (_s0, e0), (s1, _e1) in zip(self.sents, self.sents[1:])))
            self._starts = [s for s, _e in self.sents]
        if self._ordered:  # only the last sentence starting at or before pos can hold it
            i = bisect.bisect_right(self._starts, pos) - 1
            return i if i >= 0 and pos < self.sents[i][1] else len(self.sents) - 1
        return next((i for i, (s, e) in enumerate(self.sents) if s <= pos < e), len(self.sents) - 1)

    def speaker(self, st) -> dict | None:
        """The statement's speaker as a position actor, or None when it is unknown or a pronoun."""
        if st is None:
            return None
        if st.id not in self._speakers:
            self._speakers[st.id] = self._speaker(st)
        return self._speakers[st.id]

    def _speaker(self, st) -> dict | None:
        if st is None or ("vor" in {c.text for c in st.cue} or any(R.ACCUSE.search(c.text) for c in st.cue)):
            return None
        mention = [m.to_dict() for m in st.speaker_mention]
        if st.speaker_actor is not None:
            return {"mention": mention, "actor": st.speaker_actor.to_dict()}
        if mention and not R.PRONOUN.match(mention[0]["text"]) and not R.ANONYMOUS.search(mention[0]["text"]):
            return {"mention": mention, "actor": None}
        return None  # a pronoun, or an unnamed source ("ein hochrangiger EU-Beamter"): whose stance is unknown

    def antecedent(self, mention: dict) -> dict | None:
        """A narrated "er"/"he"/"she" whose antecedent is unambiguous: exactly one linked person
        of that gender named in its sentence or the two before it in its paragraph."""
        gender = R.PRONOUN_GENDER.get(mention["text"].casefold())
        if gender is None or not self.entities:
            return None
        si = self.sentence_of(mention["start"])
        first = next(j for j in range(max(0, si - 2), si + 1) if self.para[j] == self.para[si])
        found = {}
        for a, _b, who in self.entities:
            if who and who.get("type") == "person" and self.sents[first][0] <= a < mention["start"]:
                g = name_gender((who.get("name") or "").split(" ")[0])
                if g in (gender, None):
                    found[_actor_id(who)] = who
        if len(found) != 1:
            return None
        return {"mention": [mention], "actor": next(iter(found.values())), "resolved": "antecedent"}

    def resolve(self, actor: dict, pos: int) -> dict | None:
        """Accept, replace (by the speaker) or reject an actor record found at ``pos``."""
        who = actor.get("actor")
        mention = actor["mention"][0]["text"] if actor.get("mention") else ""
        st = self.statement_at(pos)
        spk = self.speaker(st)
        if who:
            # "Deutschland schließe nicht aus", sagte Wadephul: the minister speaks for his country
            role = ((spk or {}).get("actor") or {}).get("role") or ""
            if spk and who.get("type") in ("country", "government") and who.get("name") and who["name"] in role:
                return spk
            return actor
        if not mention or R.PRONOUN.match(mention):
            if spk is None and st is None and actor.get("mention"):
                return self.antecedent(actor["mention"][0])  # narration: "Dort sicherte er dem Land … zu"
            return spk
        if spk and spk.get("actor"):
            return spk  # "Die Regierung wird keine Panzer liefern", sagte Merz: the speaker's stance
        if R.ANONYMOUS.search(mention):
            return None  # "eine Sprecherin der Fraktion": an unnamed source holds no position of its own
        if R.GROUP.search(mention) or mention.casefold() in self.speaker_texts:
            return actor
        return None


def build_layer(analysis, issues_path: str | None = None) -> tuple[list[Position], list[Commitment], list[Condition]]:
    """(positions, commitments, conditions) for an analysed document. Commitments and conditions
    are built as dicts (linking fills them in) and typed once complete."""
    text = analysis.document.text
    lang = analysis.lang or analysis.document.lang or "de"
    sents = [(s.start, s.end) for s in analysis.sentences] or [(0, len(text))]
    doc = _Doc(analysis, text, sents)
    para = doc.para
    doc_id = analysis.document.id
    cctx = commitment_ctx(text, lang, analysis)
    commitments = sorted(find_commitments(text, lang, sents, analysis, ctx=cctx)
                         + attributive_commitments(cctx, sents), key=lambda c: c["cue"][0]["start"])
    for c in commitments:
        c["id"] = record_id(doc_id, "c", c["act"], c["cue"][0]["start"], c["cue"][0]["end"],
                            (c.get("object") or {}).get("start"), (c.get("object") or {}).get("end"))
    _unique_ids(commitments)
    conditions = find_conditions(text, sents, lang)
    entities = _entity_tuples(analysis)
    doc.entities = entities
    _demands_of_speakers(commitments, doc, text)
    infer_recipients(commitments, text, sents, para, entities, len(_lead(analysis)))
    ctx = _Ctx(text, lang, entities, [], [])  # entities only: who a clause names, for co-actors and reports
    commitments += _co_actor_copies(commitments, ctx, text, sents, doc_id)
    for k in conditions:
        k["id"] = record_id(doc_id, "k", k["text"]["start"], k["text"]["end"], k.get("type"))
        k["qualifies"] = []
        a, b = k["text"]["start"], k["text"]["end"]
        who = next((x for x in entities if a <= x[0] < b and x[2]), None)
        k["party"] = {"mention": [{"start": who[0], "end": who[1], "text": text[who[0]:who[1]]}], "actor": who[2]} if who else None
    _unique_ids(conditions)
    link_conditions(conditions, commitments, sents, para)

    positions: list[Position] = []
    seen: set[tuple] = set()
    issue_cache: dict[tuple, Any] = {}
    published = analysis.document.published
    lead = _lead(analysis)
    cond_spans = [(k["text"]["start"], k["text"]["end"]) for k in conditions]

    def direct_issues(si: int, aid: str | None) -> list:
        """The issues the sentence names, best first (the clause must name them; its paragraph and
        the article supply the context)."""
        if (si, aid) not in issue_cache:
            clause = _masked(text, sents[si][0], sents[si][1], cond_spans)
            before = text[sents[max(0, si - 4)][0]:sents[si][0]]
            issue_cache[(si, aid)] = match_hits(clause, _context(text, sents, para, si), aid, article=lead,
                                                before=before, published=published, path=issues_path)
        return issue_cache[(si, aid)]

    def issues_for(si: int, aid: str | None, follow: bool = False) -> list:
        """The sentence's own issues; else, with ``follow`` (the author's short report of a stance)
        in an article whose lead names it, the issue the sentence before named ("Belgium
        abstained." after the sentence about the Mercosur vote), weaker."""
        hits = direct_issues(si, aid)
        if not hits and follow and si > 0:
            prev = direct_issues(si - 1, None)
            if prev and prev[0].strength >= 0.7 and names_issue(prev[0].issue, lead, issues_path):
                return [IssueHit(prev[0].issue, prev[0].phrase, 0.6)]
        return hits

    def add(actor: dict | None, stance: str, si: int, evidence: list[dict], conds: list[str],
            source: str, confidence: float, focus: str = "") -> Position | None:
        """A position per issue of sentence ``si``; with ``focus`` (a commitment's cue and object),
        only the issues named there when it names any ("does not rule out air support …, as part
        of security guarantees" is about the backstop)."""
        if actor is None or doc.skip[si]:
            return None
        aid = _actor_id(actor.get("actor"))
        hits = issues_for(si, aid, follow=source == "report")
        low = focus.lower()
        if focus and len(hits) > 1:
            hits = [h for h in hits if h.phrase in low] or hits
        # "Statt auf den Zolldeal zu setzen, müssen wir ...": neither the demand nor the quote is for the deal
        hits = [h for h in hits if focus and h.phrase in low or not R.instead_of(text[slice(*sents[si])], h.phrase)]
        first = None
        for hit in hits:
            issue = issue_record(hit)
            key = (aid or actor["mention"][0]["text"].casefold(), issue["id"], stance)
            if key in seen:
                continue
            seen.add(key)
            rec = Position(record_id(doc_id, "p", *key), actor, issue, stance, tuple(conds), tuple(evidence), source,
                           confidence=round(confidence * hit.strength * (1.0 if aid else 0.8), 3))
            positions.append(rec)
            first = first or rec
        return first

    cond_by_id = {k["id"]: k for k in conditions}
    last_holder: dict[int, dict] = {}  # sentence -> the holder of its last commitment
    for c in commitments:
        stance = _commitment_stance(text, c, [cond_by_id[i] for i in c["conditions"] if i in cond_by_id])
        cue = c["cue"][0]["start"]
        focus = text[cue:max(c["cue"][0]["end"], (c.get("object") or {}).get("end") or 0)]
        co = co_actors(ctx, text, sents[c["_sentence"]], c["actor"])
        for actor in [title_holder(entities, text, c["actor"]), *co]:
            evidence = c["evidence"]
            if actor in co:  # "Ireland, Hungary, and Austria refused …": from this actor to the end of the evidence
                end = max(e["end"] for e in c["evidence"]) if c["evidence"] else c["cue"][0]["end"]
                evidence = [_span(text, actor["mention"][0]["start"], end)]
            holder = doc.resolve(actor, cue)
            mention = (actor.get("mention") or [{}])[0].get("text", "")
            if holder is None and R.PRONOUN.match(mention) and c["_sentence"] in last_holder:
                holder = last_holder[c["_sentence"]]  # "Die SPD lehnt … ab, will sie aber reformieren"
            if holder is not None and actor is c["actor"]:
                last_holder[c["_sentence"]] = holder
            # "Deutschland wird seinen Beitrag leisten", sagte Merz: the speaker's own commitment, not hearsay
            own = holder is not None and holder is not actor and holder is doc.speaker(doc.statement_at(cue))
            p = add(holder, stance, c["_sentence"], evidence, c["conditions"], c["id"],
                    _commitment_confidence(c, own), focus)
            if p:
                for k in conditions:
                    if c["id"] in k["qualifies"]:
                        k["qualifies"].append(p.id)
    for si, (s, e) in enumerate(sents):
        for stance, a, b in report_matches(text, s, e):
            for cand in report_actors(ctx, text, s, e, a, b):
                actor = {"mention": [_span(text, cand[0], cand[1])], "actor": cand[2]}
                ev_a, ev_b = min(cand[0], a), max(cand[1], b)
                add(doc.resolve(actor, a), stance, si, [_span(text, ev_a, ev_b)], [], "report", REPORT_CONFIDENCE)
    stance_sents: set[int] = set()  # sentences of the positions so far, other than reports
    seen_upto = 0
    for a, b, st in doc.statements:
        if st.nested_in is not None:
            continue  # a nested quote's words are its statement's: the position cites that one
        spk = doc.speaker(st)
        found = False
        for stance, rx in R.SAID:
            for m in rx.finditer(text, a, b):
                found = True
                add(spk, stance, doc.sentence_of(m.start()), [_span(text, a, b)], [], st.id, SAID_CONFIDENCE)
        if st.type == "Reported" and spk is not None:
            # "Der Handelsverband kritisierte das Handelsabkommen": the speech act's verb is the stance
            for cue in st.cue:
                for stance, _ca, _cb in report_matches(text, cue.start, cue.end):
                    found = True
                    ev = _span(text, min(cue.start, a), max(cue.end, b))
                    add(spk, stance, doc.sentence_of(a), [ev], [], st.id, REPORT_CONFIDENCE)
        if found or spk is None:
            continue
        # no stance word: the claim polarity model on the quote, when it is confident and no
        # commitment of the same sentence already gave a stance
        si = doc.sentence_of(a)
        for p in positions[seen_upto:]:  # each position once, not once per statement
            if p.from_ != "report" and p.evidence:
                stance_sents.add(doc.sentence_of(p.evidence[0]["start"]))
        seen_upto = len(positions)
        if si in stance_sents:
            continue
        hits = issues_for(si, _actor_id(spk.get("actor")))
        if not (hits and hits[0].strength >= 1.0) and not has_stance_cue(text[a:b], lang):
            continue  # no stance cue: only a quote that names the issue itself gets the model's polarity
        label, conf = claim_polarity(text[a:b], lang)
        if conf >= STATEMENT_MIN_CONFIDENCE:
            add(spk, "supports" if label > 0 else "opposes", si, [_span(text, a, b)], [], st.id, 0.8 * conf)
    for c in commitments:
        del c["_sentence"]
    for k in conditions:
        del k["sentence"]
    positions = _qualified(_without_contradictions(positions, doc))
    return positions, [Commitment.from_dict(c) for c in commitments], [Condition.from_dict(k) for k in conditions]


def _co_actor_copies(commitments: list[dict], ctx, text: str, sents, doc_id: str) -> list[dict]:
    """"Ireland, Hungary, and Austria refused to ratify the agreement": one commitment for each linked actor
    coordinated before the found one, with the evidence from its name on."""
    out = []
    for c in commitments:
        for actor in co_actors(ctx, text, sents[c["_sentence"]], c["actor"]):
            copy = {**c, "actor": actor, "conditions": list(c.get("conditions") or [])}
            start = actor["mention"][0]["start"]
            end = max([e["end"] for e in c.get("evidence") or []] + [c["cue"][0]["end"]])
            copy["evidence"] = [_span(text, start, end)]
            copy["id"] = record_id(doc_id, "c", c["act"], c["cue"][0]["start"], c["cue"][0]["end"], "co", start)
            out.append(copy)
    return out


def _qualified(positions: list[Position]) -> list[Position]:
    """An actor who supports an issue in one sentence and sets conditions for it in another holds a
    conditional position in that article ("stellte eine Beteiligung in Aussicht" … "sobald die
    Waffen schweigen"): the supporting evidence joins the conditional position."""
    def key(p: Position) -> tuple:
        actor = p.actor or {}
        who = _actor_id(actor.get("actor")) or (actor.get("mention") or [{}])[0].get("text", "").casefold()
        return who, (p.issue or {}).get("id")

    conditional = {key(p): p for p in positions if p.stance == "conditional"}
    extra: dict[str, list[dict]] = {}
    best: dict[str, float] = {}
    kept = []
    for p in positions:
        target = conditional.get(key(p)) if p.stance == "supports" else None
        if target is None:
            kept.append(p)
        else:  # both agree the actor is for it; the surer of the two says how sure
            extra.setdefault(target.id, []).extend(e for e in p.evidence if e not in target.evidence)
            best[target.id] = max(best.get(target.id, 0.0), p.confidence or 0.0)
    return [replace(p, evidence=tuple(sorted(p.evidence + tuple(extra[p.id]), key=lambda e: e["start"])),
                    confidence=max(p.confidence or 0.0, best[p.id]))
            if p.id in extra else p for p in kept]


def _without_contradictions(positions: list[Position], doc: _Doc) -> list[Position]:
    """One sentence cannot show an actor both supporting and opposing an issue: "There will be no
    American soldiers …, that I can promise" is one refusal, not a refusal and a pledge. Where an
    actor's positions on one issue in one sentence contradict and their evidence overlaps, the
    supporting one goes (a negation or reservation is the more specific reading); "lehnt die
    Abschaffung ab, will sie aber reformieren" keeps both clauses' readings."""
    def key(p: Position) -> tuple:
        actor = p.actor or {}
        who = _actor_id(actor.get("actor")) or (actor.get("mention") or [{}])[0].get("text", "").casefold()
        first = p.evidence[0]["start"] if p.evidence else -1
        return who, (p.issue or {}).get("id"), doc.sentence_of(first) if first >= 0 else -1

    def overlap(p: Position, q: Position) -> bool:
        return any(a["start"] < b["end"] and b["start"] < a["end"] for a in p.evidence for b in q.evidence)

    groups: dict[tuple, list[Position]] = {}
    for p in positions:
        groups.setdefault(key(p), []).append(p)
    return [p for p in positions if not (p.stance == "supports" and any(
        q.stance != "supports" and overlap(p, q) for q in groups[key(p)]))]


# A position's confidence starts from how reliable its source is (checked on the dev half of
# gold/positions/realnews-2025-*.jsonl, docs/positions.md): an explicit commitment cue, a stance
# word inside the speaker's quote, the author's report of a stance.
COMMITMENT_CONFIDENCE = 0.85
SAID_CONFIDENCE = 0.75
REPORT_CONFIDENCE = 0.7


def _commitment_confidence(c: dict, own: bool = False) -> float:
    """Lower for hedged commitments and for those the speaker reports of someone else (not when
    the someone is the speaker's own country or government: ``own``)."""
    second_hand = c.get("second_hand") and not own
    return COMMITMENT_CONFIDENCE - (0.15 if c.get("hedged") else 0.0) - (0.2 if second_hand else 0.0)


def _commitment_stance(text: str, c: dict, conds: list[dict]) -> str:
    stance = _ACT_STANCE[c["act"]]
    cue = c["cue"][0]
    obj = c.get("object")
    scope = text[cue["start"]:max(cue["end"], obj["end"] if obj else cue["end"])]
    if c["act"] == "refusal" and re.search(r"\b(?:nicht|keineswegs|keinesfalls)\b", cue["text"]) \
            and cue["text"].endswith("ab"):
        return "conditional"  # "lehnt ... nicht ab" is no refusal
    if c["act"] in ("intention", "pledge") and obj and R.OPPOSE_VERB.match(obj["text"]):
        return "opposes"  # "would oppose any plan that …", "wollen den Plan verhindern"
    if c["act"] in ("intention", "pledge") and R.THREAT.search(scope):
        return "opposes"  # "werde jede westliche Militärpräsenz als Bedrohung betrachten"
    if stance == "supports" and c["act"] == "demand" and obj and R.DELAY.search(obj["text"]) \
            and not R.NEG.search(obj["text"]):
        return "hesitant"  # "Zunächst müsse geklärt werden"
    if stance == "supports" and not c.get("negated") and R.NEG.search(scope) \
            and not re.search(r"(?i)\bnicht nur\b|\bnot only\b", scope):
        stance = "opposes"
    if conds and stance == "supports":
        return "conditional"
    if stance == "opposes" and any(re.match(r"(?i)(?:ohne|without)\b", k["text"]["text"]) for k in conds):
        return "conditional"  # "not without a mandate"
    return stance


def _demands_of_speakers(commitments: list[dict], doc: _Doc, text: str) -> None:
    """"Die Europäer müssten ihren Beitrag leisten", sagte Merz: a speaker's "must"/"should" is
    the speaker's demand addressed to the clause's subject. The speaker becomes the actor and the
    subject the recipient (in place)."""
    for c in commitments:
        cue = c["cue"][0]
        if c["act"] != "demand" or c.get("recipient") or not R.MODAL_DEMAND.search(cue["text"]):
            continue
        spk = doc.speaker(doc.statement_at(cue["start"]))
        subject = c.get("actor") or {}
        if not spk or not spk.get("actor") or not subject.get("mention"):
            continue
        if _actor_id(subject.get("actor")) == _actor_id(spk["actor"]) or R.PRONOUN.match(subject["mention"][0]["text"]):
            continue  # "wir müssen …" / the speaker's own duty: no one else is addressed
        c["recipient"] = subject
        c["actor"] = spk


def positions_stage_fn(state: Any, issues_path: str | None = None) -> None:
    """Fill ``analysis.positions/commitments/conditions`` (the ``positions`` stage); ``issues_path``
    is the user's issue catalogue (None: the shipped one)."""
    positions, commitments, conditions = build_layer(state.analysis, issues_path)
    _statement_issues(state.analysis, positions, issues_path)
    state.analysis.positions = [p.to_dict() for p in positions]
    state.analysis.commitments = [c.to_dict() for c in commitments]
    state.analysis.conditions = [k.to_dict() for k in conditions]


def _statement_issues(analysis: Any, positions: list[Position], issues_path: str | None = None) -> None:
    """Tag each statement with the catalogue issues it is about: its quote matched against the
    catalogue, plus the issues of positions whose evidence lies inside its quote."""
    lead = _lead(analysis)
    for st in analysis.statements:
        found: list[str] = []
        quote = " ".join(s.text for s in st.quote)
        frame = " ".join(s.text for s in st.frame)
        actor_id = st.speaker_actor.id if st.speaker_actor else None
        hit = issue_record(match_hit(quote, frame, actor_id, article=lead, published=analysis.document.published,
                                     path=issues_path)) if quote else None
        if hit:
            found.append(hit["id"])
        spans = [(q.start, q.end) for q in st.quote]
        for pos in positions:
            issue_id = pos.issue.get("id") if isinstance(pos.issue, dict) else pos.issue
            evidence = pos.evidence
            if issue_id and issue_id not in found and any(
                    a <= e.get("start", -1) and e.get("end", 10**9) <= b for e in evidence for a, b in spans):
                found.append(issue_id)
        st.issues = found
