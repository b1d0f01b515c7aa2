"""The records lagebild produces. Plain dataclasses, JSON-ready via ``to_dict``.

Character offsets into ``Document.text`` are the canonical span: every
``Span`` carries ``start``, ``end`` and the ``text`` it covers, and
``Span.check(text)`` verifies ``text[start:end] == span.text``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, ClassVar

DATE_SOURCES = ("header", "metadata", "html", "given", "unknown")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, doc_text: str, start: int, end: int) -> "Span":
        return cls(start, end, doc_text[start:end])

    def check(self, doc_text: str) -> bool:
        return 0 <= self.start <= self.end <= len(doc_text) and doc_text[self.start:self.end] == self.text

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


def document_id(text: str) -> str:
    """Stable id derived from the stored text alone."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    """An immutable article: the stored text all offsets refer to, and its metadata."""

    text: str
    published: date | None = None
    date_source: str = "unknown"
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # where the input came from (path, URL, path#record)
    external_id: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", document_id(self.text))
        if self.date_source not in DATE_SOURCES:
            raise ValueError(f"date_source must be one of {DATE_SOURCES}")
        if self.published is None and self.date_source != "unknown":
            object.__setattr__(self, "date_source", "unknown")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": self.published.isoformat() if self.published else None,
            "date_source": self.date_source,
            "lang": self.lang,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "origin": self.origin,
            "external_id": self.external_id,
            "chars": len(self.text),
        }


@dataclass
class Actor:
    id: str
    name: str
    type: str
    wikidata: str | None = None
    role: str | None = None  # the role held on the document's date

    def to_dict(self) -> dict[str, Any]:
        # what dataclasses.asdict gives (all fields are strings), without its deep copies: called per mention
        return {"id": self.id, "name": self.name, "type": self.type, "wikidata": self.wikidata, "role": self.role}


@dataclass
class Entity:
    span: Span
    label: str  # PER, ORG, LOC, MISC
    actor: Actor | None = None
    candidates: list[Actor] = field(default_factory=list)
    metonym: bool = False
    confidence: float | None = None  # of the link to ``actor`` (0-1); None when unlinked

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "label": self.label,
            "actor": self.actor.to_dict() if self.actor else None,
            "candidates": [a.to_dict() for a in self.candidates],
            "metonym": self.metonym,
            "confidence": self.confidence,
        }


@dataclass
class TimeExpression:
    span: Span
    value: str  # ISO date, ISO interval "a/b", duration "P2W", "PRESENT_REF", "FUTURE_REF", ...
    kind: str  # date, interval, duration, present, future, past, set
    granularity: str | None = None  # day, week, month, quarter, year, ...

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "value": self.value, "kind": self.kind, "granularity": self.granularity}


# The values a record's type, stance or act takes: the filters of the CLI and the API accept these only.
STATEMENT_TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
STANCES = ("supports", "conditional", "undecided", "hesitant", "opposes")
COMMITMENT_ACTS = ("pledge", "intention", "delivery", "demand", "refusal", "not_ruled_out", "under_consideration")


@dataclass
class Statement:
    id: str
    type: str  # Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported
    medium: str  # Speech, Writing, Thought, SW, ST, TW
    quote: list[Span]
    cue: list[Span] = field(default_factory=list)
    frame: list[Span] = field(default_factory=list)
    addressee: list[Span] = field(default_factory=list)
    speaker_mention: list[Span] = field(default_factory=list)
    speaker_actor: Actor | None = None
    channel: str | None = None
    nested_in: str | None = None
    said_on: str | None = None  # when it was said, if the text says so (ISO date or interval)
    confidence: float = 1.0
    topics: list = field(default_factory=list)  # [[CAP major topic code, score], ...], best first
    issues: list = field(default_factory=list)  # ids of catalogue issues the statement is about
    # speaker resolution (extract/statements/speakers.py): the link's confidence (None: no actor
    # proposed; below the setting speaker_min_confidence the actor is left unset) and the
    # speaker's role, "spokesperson" when the mention speaks for the actor (a body)
    speaker_confidence: float | None = None
    speaker_role: str | None = None

    def to_dict(self, doc: Document | None = None) -> dict[str, Any]:
        spans = lambda xs: [s.to_dict() for s in xs]  # noqa: E731
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "medium": self.medium,
            "quote": spans(self.quote),
            "cue": spans(self.cue),
            "frame": spans(self.frame),
            "addressee": spans(self.addressee),
            "speaker": {
                "mention": spans(self.speaker_mention),
                "actor": self.speaker_actor.to_dict() if self.speaker_actor else None,
                "confidence": self.speaker_confidence,
                "role": self.speaker_role,
            },
            "channel": self.channel,
            "nested_in": self.nested_in,
            "said_on": self.said_on,
            "confidence": self.confidence,
            "topics": self.topics,
            "issues": self.issues,
        }
        if doc is not None:
            out = {"doc": doc.id, "published": doc.to_dict()["published"], **out}
        return out


@dataclass
class Token:
    """A word with its Universal POS tag (None where no tagger covers the language) and lemma."""

    span: Span
    pos: str | None
    lemma: str | None

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "pos": self.pos, "lemma": self.lemma}


@dataclass
class Analysis:
    """Everything the pipeline found in one document."""

    document: Document
    pipeline_version: str
    lang: str | None = None  # detected (or given) language
    analysed: bool = True
    skipped_reason: str | None = None
    sentences: list[Span] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    time_expressions: list[TimeExpression] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)
    commitments: list[dict[str, Any]] = field(default_factory=list)
    conditions: list[dict[str, Any]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)  # only when the optional ``pos`` stage ran

    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        tokens = {"tokens": [t.to_dict() for t in self.tokens]} if self.tokens else {}
        return {
            "document": doc.to_dict(),
            "pipeline_version": self.pipeline_version,
            "lang": self.lang,
            "analysed": self.analysed,
            "skipped_reason": self.skipped_reason,
            "sentences": [s.to_dict() for s in self.sentences],
            "headings": [s.to_dict() for s in self.headings],
            "entities": [e.to_dict() for e in self.entities],
            "time_expressions": [t.to_dict() for t in self.time_expressions],
            "statements": [s.to_dict(doc) for s in self.statements],
            "positions": self.positions,
            "commitments": self.commitments,
            "conditions": self.conditions,
            **tokens,
        }

    def all_spans(self) -> list[Span]:
        """Every span in the analysis, for offset checks."""
        out = list(self.sentences) + list(self.headings)
        out += [e.span for e in self.entities] + [t.span for t in self.time_expressions]
        out += [t.span for t in self.tokens]
        for st in self.statements:
            out += st.quote + st.cue + st.frame + st.addressee + st.speaker_mention
        for record in self.positions + self.commitments + self.conditions:
            out += list(_nested_spans(record))
        return out


def _nested_spans(value: Any):
    """Span-shaped dicts ({start, end, text}) anywhere inside a JSON-like record."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) \
                and isinstance(value.get("text"), str):
            yield Span(value["start"], value["end"], value["text"])
        for item in value.values():
            if isinstance(item, (dict, list)):
                yield from _nested_spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from _nested_spans(item)


class _Record:
    """A typed record of the positions layer whose JSON shape is the dict the layer has always
    written: ``to_dict`` gives it back key for key, in the same order. List fields are held as
    tuples; keys that are not fields (``doc``, ``published``, ``cluster_id`` on stored records,
    ``condition_texts`` added for pages) are kept in ``extra``; a record read with ``from_dict``
    remembers its keys' order (and which fields were absent) in ``keys``."""

    _JSON: ClassVar[dict[str, str]] = {}  # field name -> JSON key where the two differ

    @classmethod
    def _fields(cls) -> list:
        """The dataclass fields that are JSON keys (not ``extra``/``keys``)."""
        return [f for f in fields(cls) if f.name not in ("extra", "keys")]  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for f in self._fields():
            value = getattr(self, f.name)
            values[self._JSON.get(f.name, f.name)] = list(value) if isinstance(value, tuple) else value
        values.update(self.extra)  # type: ignore[attr-defined]
        order = self.keys or values  # type: ignore[attr-defined]
        return {k: values[k] for k in order if k in values}

    @classmethod
    def from_dict(cls, record: dict[str, Any]):
        names = {cls._JSON.get(f.name, f.name): f for f in cls._fields()}
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in record.items():
            f = names.get(key)
            if f is None:
                extra[key] = value
            else:
                kwargs[f.name] = tuple(value) if isinstance(value, list) and f.type.startswith("tuple") else value
        return cls(**kwargs, extra=extra, keys=tuple(record))  # type: ignore[call-arg]


@dataclass(frozen=True)
class Condition(_Record):
    """What makes a commitment or position conditional (``find_conditions``, linked in ``build_layer``)."""

    type: str
    text: dict[str, Any]  # span
    fragment: bool = False
    how: str = "clause"
    id: str = ""
    qualifies: tuple[str, ...] = ()  # commitment and position ids
    party: dict[str, Any] | None = None  # {"mention": [span], "actor": {...} or None}
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    keys: tuple[str, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Commitment(_Record):
    """A pledge, intention, delivery, demand, refusal, 'not ruled out' or 'under consideration'."""

    id: str
    act: str
    actor: dict[str, Any]  # {"mention": [span], "actor": {...} or None}
    object: dict[str, Any] | None = None
    quantity: dict[str, Any] | None = None
    recipient: dict[str, Any] | None = None
    time: dict[str, Any] | None = None
    status: str = "announced"
    conditions: tuple[str, ...] = ()  # condition ids
    source_statement: str | None = None
    second_hand: bool = False
    negated: bool = False
    hedged: bool = False
    cue: tuple[dict[str, Any], ...] = ()
    evidence: tuple[dict[str, Any], ...] = ()
    item_category: str | None = None  # weapons_system, ammunition, equipment, financial, humanitarian, ...
    value: dict[str, Any] | None = None  # {"amount", "currency", "eur", "text", "start", "end"}
    phase: str | None = None  # announced, committed, delivered
    due: str | None = None  # a time value after publication
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    keys: tuple[str, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Position(_Record):
    """An actor's stance on an issue, with its evidence; ``from_`` (JSON ``from``) is the
    commitment or statement id it derives from, or ``report``."""

    _JSON: ClassVar[dict[str, str]] = {"from_": "from"}

    id: str
    actor: dict[str, Any] | None  # {"mention": [span], "actor": {...} or None}
    issue: dict[str, Any] | None  # {"id", "label", "phrase"}
    stance: str
    conditions: tuple[str, ...] = ()  # condition ids
    evidence: tuple[dict[str, Any], ...] = ()
    from_: str | None = None
    # how sure the layer is of (actor, issue, stance), 0-1: the source's reliability times the
    # issue match's strength, lower for an unlinked actor (docs/positions.md)
    confidence: float | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    keys: tuple[str, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Change(_Record):
    """One actor's move from one stance on an issue to another; ``from_`` and ``to`` are the
    two sides (stance, published, doc, id, evidence, conditions)."""

    _JSON: ClassVar[dict[str, str]] = {"from_": "from"}

    actor: str  # the actor's label
    actor_key: str
    issue: str
    from_: dict[str, Any]
    to: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    keys: tuple[str, ...] = field(default=(), compare=False, repr=False)
