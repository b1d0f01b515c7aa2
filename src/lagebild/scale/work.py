"""What runs on a worker: read one partition and analyse its documents. No database here.

Workers keep one pipeline per set of options for their lifetime, so the
knowledge base and lexicons are loaded once per process, not per task.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterator

from ..errors import RejectedInput
from ..ingest import iter_inputs
from ..ingest.htmlpage import read_html
from ..ingest.jsonl import _record_from_json
from ..ingest.normalize import decode_bytes
from ..ingest.outcome import InputContext, Outcome, Reject
from ..ingest.sniff import content_type_parts
from ..ingest.warc import _html_content_type
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
    from ..runner import with_language

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
                result.analyses[doc.id] = analysis_rows(pipeline(doc, lang=doc.lang))
        else:
            result.rejects.append(outcome)
    return result


def analyse_documents(docs: list[Document], settings: dict[str, Any]) -> list[AnalysisRows]:
    pipeline = pipeline_for(settings)
    return [analysis_rows(pipeline(doc, lang=doc.lang)) for doc in docs]


def read_partition(part: Partition, options: Any, *, published: date | None = None,
                   lang: str | None = None) -> Iterator[Outcome]:
    if part.kind == "files":
        yield from iter_inputs(list(part.paths), options, published=published, lang=lang)
        return
    path = part.paths[0]
    ctx = InputContext(origin=path, options=options, published=published, lang=lang)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield Reject(path, "not_found", f"cannot open {path}: {exc.strerror or exc}")
        return
    with handle:
        handle.seek(part.start)
        reader = _jsonl_range if part.kind == "jsonl" else _warc_range
        yield from reader(handle, ctx, part.first, part.count)


def _jsonl_range(stream, ctx: InputContext, first: int, count: int) -> Iterator[Outcome]:
    """Lines ``first`` .. ``first + count - 1``, exactly as ingest.jsonl.read_jsonl reads them."""
    limit = ctx.options.max_input_bytes
    for number in range(first, first + count):
        line = stream.readline(limit + 1)
        if not line:
            return
        origin = f"{ctx.origin}:{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = stream.readline(1 << 20)
            yield Reject(origin, "too_large", f"record is larger than max_input_bytes ({limit})")
            continue
        if not line.strip():
            continue
        try:
            text = decode_bytes(line.strip())
        except RejectedInput as exc:
            yield Reject.from_error(origin, exc)
            continue
        yield _record_from_json(text, ctx.at(origin))


def _warc_range(stream, ctx: InputContext, first: int, count: int) -> Iterator[Outcome]:
    """Records ``first`` .. ``first + count - 1``, as ingest.warc.read_warc reads them."""
    from warcio.archiveiterator import ArchiveIterator

    limit = ctx.options.max_input_bytes
    archive = ArchiveIterator(stream)
    try:
        for index, record in zip(range(first, first + count), archive):
            try:
                content_type = _html_content_type(record)
                if content_type is None:
                    continue
                payload = record.content_stream().read(limit + 1)
                url = record.rec_headers.get_header("WARC-Target-URI")
            except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on damage
                yield Reject(ctx.origin, "unsupported_format",
                             f"not a readable WARC archive (record {index}): {type(exc).__name__}: {exc}")
                return
            origin = f"{ctx.origin}#{index}"
            if len(payload) > limit:
                yield Reject(origin, "too_large", f"record payload is larger than max_input_bytes ({limit})")
                continue
            _, charset = content_type_parts(content_type)
            yield from read_html(payload, ctx.at(origin, url=url or ctx.url), charset=charset)
    finally:
        archive.close()
