"""What runs on a worker: read one partition and analyse its documents. No database here.

Workers keep one pipeline per set of options for their lifetime, so the
knowledge base and lexicons are loaded once per process, not per task.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterator

from ..ingest import iter_inputs
from ..ingest.outcome import Outcome, Reject
from ..ingest.readers import read_range
from ..model import Document
from ..settings import make_options
from ..store.analyses import AnalysisRows, analysis_rows
from ..store.neardup import MinHasher
from .partitions import Partition

_PIPELINES: dict[tuple, Any] = {}


@dataclass
class PartitionResult:
    """What goes back to the client: everything it needs to write, nothing it has to compute.

    Analyses travel as the rows the store inserts (flattened, JSON-encoded and
    span-checked here), and documents with their MinHash signatures: unpickling
    full Analysis objects and encoding them cost the single writer more CPU
    than the inserts themselves (measured).
    """
    key: str
    fingerprint: str
    documents: list[Document] = field(default_factory=list)  # with their language set
    analyses: dict[str, AnalysisRows] = field(default_factory=dict)  # by document id
    signatures: dict[str, Any] = field(default_factory=dict)  # by document id; None for a text without words
    rejects: list[Reject] = field(default_factory=list)


def options_from(settings: dict[str, Any]) -> Any:
    """The client's options, rebuilt here; the worker's environment does not change them."""
    return make_options(settings, env={})


def pipeline_for(settings: dict[str, Any]) -> Any:
    key = tuple(sorted(settings.items()))
    if key not in _PIPELINES:
        from ..core import get_pipeline

        _PIPELINES[key] = get_pipeline(options_from(settings))
    return _PIPELINES[key]


def process_partition(part: Partition, settings: dict[str, Any], analyze: bool,
                      published: date | None = None, lang: str | None = None,
                      hasher: MinHasher | None = None) -> PartitionResult:
    """Read, analyse and flatten one partition; ``hasher`` is the store's, for the signatures."""
    from ..runner import guarded_analysis, with_language

    options = options_from(settings)
    pipeline = pipeline_for(settings) if analyze else None
    result = PartitionResult(part.key, part.fingerprint)
    for outcome in read_partition(part, options, published=published, lang=lang):
        if isinstance(outcome, Document):
            doc = with_language(outcome)
            result.documents.append(doc)
            if hasher is not None:
                result.signatures[doc.id] = hasher.signature(doc.text)
            if pipeline is not None:
                result.analyses[doc.id] = analysis_rows(guarded_analysis(pipeline, doc))
        else:
            result.rejects.append(outcome)
    return result


def analyse_documents(docs: list[Document], settings: dict[str, Any]) -> list[AnalysisRows]:
    from ..runner import guarded_analysis

    pipeline = pipeline_for(settings)
    return [analysis_rows(guarded_analysis(pipeline, doc)) for doc in docs]


def read_partition(part: Partition, options: Any, *, published: date | None = None,
                   lang: str | None = None) -> Iterator[Outcome]:
    """What ``iter_inputs`` reads from the partition's files, lines or records."""
    if part.kind == "files":
        return iter_inputs(list(part.paths), options, published=published, lang=lang)
    return read_range(part.paths[0], part.kind, options, start=part.start, first=part.first, count=part.count,
                      published=published, lang=lang)
