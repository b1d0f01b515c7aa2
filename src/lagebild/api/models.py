"""Response and request shapes, for validation and the OpenAPI schema.

Records are open (``extra="allow"``): the analysis grows new fields, and a
client should not break when it does. The fields named here are the contract.
"""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Span(BaseModel):
    start: int = Field(description="character offset into the stored document text")
    end: int = Field(description="end offset (exclusive)")
    text: str = Field(description="exactly text[start:end]")


class Actor(Open):
    id: str
    name: str
    type: Optional[str] = None
    wikidata: Optional[str] = None
    role: Optional[str] = None


class Speaker(Open):
    mention: list[Span]
    actor: Optional[Actor] = None


class Statement(Open):
    id: str
    doc: str = Field(description="the document id; offsets point into its text")
    published: Optional[str] = None
    type: str
    medium: str
    quote: list[Span]
    cue: list[Span] = []
    speaker: Speaker
    cluster_id: Optional[str] = None
    confidence: Optional[float] = None


class Page(BaseModel):
    limit: int
    offset: int
    next_offset: Optional[int] = Field(None, description="offset of the next page; null on the last page")


class StatementPage(Page):
    items: list[Statement]


class DocumentMeta(Open):
    id: str
    published: Optional[str] = None
    date_source: str
    lang: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    chars: int


class DocumentPage(Page):
    items: list[DocumentMeta]


class DocumentFull(DocumentMeta):
    text: str = Field(description="the immutable stored text every offset refers to")
    analysis: Optional[dict[str, Any]] = Field(None, description="the latest analysis, or null")


class Highlight(BaseModel):
    start: int
    end: int


class SearchHit(BaseModel):
    doc_id: str
    title: Optional[str] = None
    published: Optional[str] = None
    cluster_id: Optional[str] = None
    snippet: str = Field(description="plain text around the hits")
    highlights: list[Highlight] = Field(description="matched words as offsets into snippet")
    rank: float


class SearchPage(Page):
    query: str
    items: list[SearchHit]


class ActorCandidate(BaseModel):
    actor: Actor
    score: float
    kind: str
    role_at_date: Optional[str] = None


class ActorCandidates(BaseModel):
    query: str
    items: list[ActorCandidate]


class Role(BaseModel):
    key: str
    label: str
    start: Optional[str] = None
    end: Optional[str] = None


class ActorProfile(BaseModel):
    id: str
    name: str
    type: Optional[str] = None
    wikidata: Optional[str] = None
    roles: list[Role]
    statement_count: int
    latest_statements: list[Statement]
    positions_by_issue: dict[str, list[dict[str, Any]]] = Field(
        description="positions grouped by issue; empty when the store has none")


class ConditionRef(Open):
    """A condition as positions and commitments carry it (the full record is in the analysis)."""

    id: str = Field(description="<doc_id>:k:<hex>, unique in the store and stable across re-analysis")
    type: Optional[str] = Field(None, description="ceasefire, parliamentary approval, third-party guarantee, "
                                "financing or other; null when the analysis is gone")
    text: Optional[str] = Field(None, description="the condition's words, exactly text[start:end]")
    start: Optional[int] = None
    end: Optional[int] = None


class Record(Open):
    """A position or a commitment (docs/commitments.md has every field)."""

    id: str = Field(description="<doc_id>:p:<hex> or <doc_id>:c:<hex>, unique in the store, stable across re-analysis")
    doc: str = Field(description="the document id; offsets point into its text")
    published: Optional[str] = None
    conditions: list[ConditionRef] = Field([], description="the conditions qualifying it, as records")


class Period(BaseModel):
    """The publication dates a view over time covers (inclusive; null: no bound)."""

    since: Optional[str] = None
    until: Optional[str] = None
    default: bool = Field(description="true when neither since nor until was given: the corpus's last 12 months")


class Records(Page):
    items: list[Record]
    period: Optional[Period] = None


class CampMember(Open):
    actor: str = Field(description="the actor's name (or its mention, when unlinked)")
    actor_key: str = Field(description="the actor id, or the normalised mention")
    positions: int = Field(description="how many of its positions on the issue in the period are evidence")
    latest: dict[str, Any] = Field(description="its latest stance: stance, published, doc, id, evidence, "
                                   "conditions, confidence")


class Camps(BaseModel):
    issue: str
    camps: dict[str, list[CampMember]] = Field(
        description="supports, opposes, conditional, hesitant, undecided -> the actors whose latest stance it "
                    "is, most evidence first, then the most recent")
    period: Optional[Period] = None


class Issue(BaseModel):
    id: str
    label: str
    positions: list[dict[str, Any]]
    stances: dict[str, str] = Field(description="actor id -> latest stance on the issue")
    changes: list[dict[str, Any]]
    camps: dict[str, list[CampMember]] = Field(description="who supports, opposes, sets conditions, ... (as "
                                               "/disagreements)")
    commitments: list[dict[str, Any]] = Field([], description="commitments on the issue in the period")
    period: Optional[Period] = None


class Listing(BaseModel):
    items: list[dict[str, Any]]
    period: Optional[Period] = None


class Counts(BaseModel):
    counts: dict[str, int]
    pipeline: Optional[str] = None


class NewDocument(BaseModel):
    """A document to store and analyse, as in a JSON Lines input record."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="the article text")
    published: Optional[str] = Field(None, description="YYYY-MM-DD")
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    lang: Optional[str] = Field(None, description="ISO 639-1; detected when missing")
    id: Optional[str] = Field(None, description="your own id, kept as external_id")


class Ingested(BaseModel):
    id: str
    status: str = Field(description="processed, duplicate or near_duplicate")
    analysed: bool
    statements: int
    skipped_reason: Optional[str] = Field(None, description="only when not analysed: why "
                                          "(unsupported_language: ..., analysis_failed: stage ...)")
