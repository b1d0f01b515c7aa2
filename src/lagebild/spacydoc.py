"""spaCy in and out: an analysis as a spaCy ``Doc`` (``to_spacy``), and a user's own spaCy ``Doc``
(their tokens, sentences and entities) as the input of the analysis (``from_spacy``).

``to_spacy`` tokenises the document text with the given pipeline's tokenizer (no other
component runs) and adds what lagebild found, each span made from its character offsets
(``Doc.char_span(..., alignment_mode="expand")``: a span that ends inside a token takes the
token): entities as ``doc.ents`` (PER, ORG, LOC, MISC; the knowledge-base actor id as
``ent.kb_id_``), sentence starts, and span groups ``statements`` (the quote parts, labelled
with the statement type), ``cues``, ``speakers``, ``frames``, ``addressees``, ``positions`` and
``commitments`` (their evidence, labelled with the stance or act), ``conditions`` (by type) and
``times`` (by kind: date, interval, ...).
A span's ``id_`` is the id of its record (``<doc>:s3``, ``<doc>:p:1a2b...``), the same in every
group, and ``span._.lagebild`` is that record as JSON (``Analysis.to_dict``'s).

``from_spacy`` runs the pipeline with the user's ``Doc`` in place of the stages ``tokens``
(its tokens; its sentences when it has sentence boundaries) and ``entities`` (its entities,
labels mapped to PER/ORG/LOC/MISC and linked to the knowledge base, when it has any; else
lagebild's own entity finder over its tokens). The other stages run as usual. Its stages are
named ``spacy_tokens`` and ``spacy_entities`` in the analysis's ``pipeline_version``.
"""
from __future__ import annotations

import contextvars
import functools
from datetime import date
from typing import Any

from . import stages as _default_stages  # noqa: F401  (registers the default stages)
from .dates import parse_date
from .errors import PipelineError
from .model import Analysis, Document, Span
from .pipeline import Pipeline, StageSpec, State, check_stages, registered_stages, stage_names
from .settings import Options, make_options

__all__ = ["to_spacy", "from_spacy", "ENTITY_LABELS"]

# Labels of spaCy's pipelines -> lagebild's four classes (German pipelines use PER/ORG/LOC/MISC
# already; English ones the OntoNotes labels). Others (DATE, MONEY, CARDINAL, ...) are no names.
ENTITY_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
                 "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
                 "PRODUCT": "MISC", "LANGUAGE": "MISC"}
_RECORDS = "lagebild"  # doc.user_data key: record id -> record


# --- out: an analysis as a spaCy Doc ---------------------------------------------------------
def _record_of(span: Any) -> dict[str, Any] | None:
    return span.doc.user_data.get(_RECORDS, {}).get(span.id_)


def _extension() -> None:
    from .nlp.tokens import import_spacy

    span_cls = import_spacy().tokens.Span
    if not span_cls.has_extension("lagebild"):
        span_cls.set_extension("lagebild", getter=_record_of)


def _spans(doc: Any, items: list[dict[str, Any]], label: str, span_id: str, kb_id: str = "") -> list[Any]:
    out = []
    for item in items or []:
        if not isinstance(item, dict) or item.get("start") is None or item.get("end") is None:
            continue
        if item["end"] <= item["start"]:
            continue
        span = doc.char_span(item["start"], item["end"], label=label or "", kb_id=kb_id or "",
                             span_id=span_id, alignment_mode="expand")
        if span is not None and len(span):
            out.append(span)
    return out


def _actor_id(who: Any) -> str:
    actor = who.get("actor") if isinstance(who, dict) else None
    return str(actor.get("id") or "") if isinstance(actor, dict) else ""


def to_spacy(analysis: Analysis | dict[str, Any], nlp: Any = None, *, text: str | None = None) -> Any:
    """A spaCy ``Doc`` of the analysed text with what the analysis found (module docstring).

    ``analysis``: an ``Analysis``, or a stored analysis (``store.analysis(doc_id)``) with the
    document text as ``text``. ``nlp``: a spaCy ``Language`` whose tokenizer makes the ``Doc``
    (default: spaCy's blank pipeline of the analysis's language)."""
    if isinstance(analysis, Analysis):
        record, text = analysis.to_dict(), analysis.document.text
    elif text is None:
        raise PipelineError("to_spacy needs the document text for a stored analysis: to_spacy(record, nlp, "
                            "text=store.document(doc_id).text)", hint="")
    else:
        record = analysis
    if nlp is None:
        from .nlp.tokens import blank

        nlp = blank(record.get("lang") or "xx")
    _extension()
    doc = nlp.make_doc(text)
    doc_id = (record.get("document") or {}).get("id") or ""
    records: dict[str, Any] = {}
    groups: dict[str, list[Any]] = {name: [] for name in (
        "statements", "cues", "speakers", "frames", "addressees", "positions", "commitments", "conditions", "times")}
    entities = []
    for n, e in enumerate(record.get("entities") or []):
        rid = f"{doc_id}:e{n}"
        records[rid] = e
        entities += _spans(doc, [e], e.get("label"), rid, _actor_id(e))
    for n, t in enumerate(record.get("time_expressions") or []):
        rid = f"{doc_id}:t{n}"
        records[rid] = t
        groups["times"] += _spans(doc, [t], t.get("kind"), rid)
    for s in record.get("statements") or []:
        records[s["id"]] = s
        speaker = s.get("speaker") or {}
        groups["statements"] += _spans(doc, s.get("quote"), s.get("type"), s["id"])
        groups["cues"] += _spans(doc, s.get("cue"), "cue", s["id"])
        groups["speakers"] += _spans(doc, speaker.get("mention"), "speaker", s["id"], _actor_id(speaker))
        groups["frames"] += _spans(doc, s.get("frame"), "frame", s["id"])
        groups["addressees"] += _spans(doc, s.get("addressee"), "addressee", s["id"])
    for kind, label in (("positions", "stance"), ("commitments", "act")):
        for r in record.get(kind) or []:
            records[r["id"]] = r
            groups[kind] += _spans(doc, r.get("evidence"), r.get(label), r["id"], _actor_id(r.get("actor")))
    for c in record.get("conditions") or []:
        records[c["id"]] = c
        groups["conditions"] += _spans(doc, [c.get("text")], c.get("type"), c["id"])
    from spacy.util import filter_spans

    doc.ents = filter_spans(entities)  # doc.ents cannot overlap: the longest of overlapping ones stays
    for name, spans in groups.items():
        doc.spans[name] = spans
    _sentence_starts(doc, record.get("sentences") or [])
    doc.user_data[_RECORDS] = records
    return doc


def _sentence_starts(doc: Any, sentences: list[dict[str, Any]]) -> None:
    if not sentences or not len(doc):
        return
    starts = set()
    for s in sentences:
        span = doc.char_span(s["start"], max(s["end"], s["start"] + 1), alignment_mode="expand")
        if span is not None and len(span):
            starts.add(span.start)
    for token in doc:
        token.is_sent_start = token.i == 0 or token.i in starts


# --- in: a user's spaCy Doc as the analysis's tokens, sentences and entities ------------------
_GIVEN: contextvars.ContextVar[Any] = contextvars.ContextVar("lagebild_spacy_doc", default=None)


def _given(state: State) -> Any:
    doc = _GIVEN.get()
    if doc is None or doc.text != state.text:
        raise PipelineError("the stages spacy_tokens and spacy_entities take a spaCy Doc through "
                            "lagebild.from_spacy(doc)", hint="")
    return doc


def spacy_tokens_stage(options: Any):
    from .nlp.tokens import heading_spans, split_sentences

    def run(state: State) -> None:
        doc = _given(state)
        state.doc = doc
        if doc.has_annotation("SENT_START"):
            bounds = [(s.start_char, s.end_char) for s in doc.sents]
            bounds = [(a, b) for a, b in bounds if state.text[a:b].strip()]
        else:
            bounds = split_sentences(doc)
        state.analysis.sentences = [Span.of(state.text, a, b) for a, b in bounds]
        state.analysis.headings = heading_spans(state.text)

    return run


def spacy_entities_stage(options: Any):
    from .kb import load_kb
    from .nlp.ner import find_entities

    kb = load_kb(options)

    def run(state: State) -> None:
        doc = _given(state)
        spans = None
        if doc.has_annotation("ENT_IOB"):
            spans = [(e.start, e.end, ENTITY_LABELS[e.label_]) for e in doc.ents
                     if e.label_ in ENTITY_LABELS and e.text.strip()]
        state.analysis.entities = find_entities(state.text, doc, state.lang, kb, state.document.published,
                                                spans=spans)

    return run


_TOKENS = StageSpec("spacy_tokens", spacy_tokens_stage, requires=("lang",), assigns=("tokens", "sentences", "headings"),
                    files=("nlp/tokens",), packages=("spacy",),
                    help="the tokens and sentences of a spaCy Doc given to lagebild.from_spacy")
_ENTITIES = StageSpec("spacy_entities", spacy_entities_stage, requires=("tokens",), assigns=("entities",),
                      settings=("kb_path",), files=("nlp/ner", "nlp/ner_lexicon", "nlp/ner_misc", "kb", "data/kb",
                                                    "lang"),
                      help="the entities of a spaCy Doc given to lagebild.from_spacy, linked to the knowledge base")


@functools.lru_cache(maxsize=8)
def _pipeline(options: Options) -> Pipeline:
    registry = registered_stages()
    swap = {"tokens": _TOKENS, "entities": _ENTITIES}
    names = stage_names(options)
    missing = [n for n in names if n not in registry and n not in swap]
    if missing:
        raise PipelineError(f"unknown stage {missing[0]!r}; registered: {', '.join(sorted(registry))}")
    if "tokens" not in names:
        raise PipelineError("from_spacy replaces the stage 'tokens', which the setting stages leaves out", hint="")
    specs = [swap.get(n) or registry[n] for n in names]
    check_stages(specs, registry)
    return Pipeline(specs, options)


def from_spacy(doc: Any, *, published: str | date | None = None, lang: str | None = None,
               options: Options | None = None, **metadata: Any) -> Analysis:
    """The analysis of a user's spaCy ``Doc``: its text is the document text (every offset points
    into ``doc.text``), its tokens, sentences (when it has boundaries) and entities (when it has
    any) take the place of lagebild's own. ``lang`` defaults to the pipeline's language (then
    language identification); ``metadata`` are further ``Document`` fields (title, url, source)."""
    day = parse_date(published) if published is not None else None
    code = lang or (doc.lang_ if doc.lang_ and doc.lang_ not in ("xx", "mul") else None)
    document = Document(text=doc.text, published=day, date_source="given" if day else "unknown", lang=code,
                        **metadata)
    pipe = _pipeline(options or make_options(env={}))
    token = _GIVEN.set(doc)
    try:
        return pipe(document, lang=code)
    finally:
        _GIVEN.reset(token)
