"""The one place where lagebild's default analysis stages are registered.

Each stage: a factory ``options -> fn(state)``; ``requires``/``assigns`` name
the state keys it reads and writes. To plug in your own (a spaCy pretrained
pipeline, an LLM endpoint), register a stage that assigns the same keys and
pass its name in the stage list.
"""
from __future__ import annotations

from .pipeline import State, register_stage

DEFAULT_STAGES = ["language", "tokens"]


@register_stage("language", requires=["text"], assigns=["lang"],
                help="identify the language (de/en); other languages are stored but not analysed")
def language_stage(options):
    from .nlp.language import detect_language

    supported = {x.strip() for x in options.languages.split(",") if x.strip()}

    def run(state: State) -> None:
        lang = state.lang or state.document.lang
        if not lang:
            lang, _prob = detect_language(state.text)
        state.lang = lang
        state.analysis.lang = lang
        if lang not in supported:
            state.analysis.analysed = False
            state.analysis.skipped_reason = f"language {lang!r} is not analysed (supported: {sorted(supported)})"

    return run


@register_stage("tokens", requires=["lang"], assigns=["tokens", "sentences", "headings"],
                help="spaCy tokens, sentence and heading spans")
def tokens_stage(options):
    from .model import Span
    from .nlp.tokens import heading_spans, make_doc, split_sentences

    def run(state: State) -> None:
        state.doc = make_doc(state.text, state.lang)
        state.analysis.sentences = [Span.of(state.text, a, b) for a, b in split_sentences(state.doc)]
        state.analysis.headings = heading_spans(state.text)

    return run
