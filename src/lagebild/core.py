"""The pure core: text in, analysis out. No files, no database, no network."""
from __future__ import annotations

import functools
from datetime import date

from . import stages as _default_stages  # noqa: F401  (registers the default stages)
from .dates import parse_date
from .model import Analysis, Document
from .pipeline import Pipeline, build_pipeline
from .settings import Options, make_options


@functools.lru_cache(maxsize=8)
def _pipeline_for(options: Options) -> Pipeline:
    return build_pipeline(options)


def get_pipeline(options: Options | None = None) -> Pipeline:
    return _pipeline_for(options or make_options(env={}))


def analyze_document(document: Document, *, options: Options | None = None,
                     pipeline: Pipeline | None = None) -> Analysis:
    """Run the pipeline over a stored document."""
    pipe = pipeline or get_pipeline(options)
    return pipe(document, lang=document.lang)


def analyze(text: str, *, published: str | date | None = None, lang: str | None = None,
            options: Options | None = None) -> Analysis:
    """Analyse one article text. ``published`` anchors relative dates ("am Donnerstag")."""
    day = parse_date(published) if published is not None else None
    doc = Document(text=text, published=day, date_source="given" if day else "unknown", lang=lang)
    return analyze_document(doc, options=options)
