"""The one place where lagebild's default analysis stages are registered (``core`` imports it).

Each stage: a factory ``options -> fn(state)``; ``requires``/``assigns`` name
the state keys it reads and writes, ``settings`` the settings it reads and
``files`` the package files it loads without importing them (word lists read by
language code, models, data); with every module the factory reaches through its
imports (found from the code itself) they make its version (see ``pipeline.py``). To plug in your own (a spaCy pretrained
pipeline, an LLM endpoint), register a stage that assigns the same keys, from
a package with an entry point in the group ``lagebild.stages``, and list it in
the setting ``stages``.
"""
from __future__ import annotations

from .errors import UnsupportedLanguage
from .lang import SUPPORTED, check_languages, language_name
from .pipeline import DEFAULT_STAGES, State, register_stage, stage_names

__all__ = ["DEFAULT_STAGES"]

# Language data every rule stage may read (lang/<code>/...).
_LANG = "lang"


@register_stage("language", requires=["text"], assigns=["lang"],
                settings=["languages"], files=["nlp/language", "lang/__init__.py"], packages=["py3langid"],
                help="identify the language (de/en); documents in others are stored and reported as not "
                     "analysed (reason unsupported_language)")
def language_stage(options):
    from .nlp.language import detect_language

    analysed = check_languages(options.languages)

    def run(state: State) -> None:
        lang = state.lang or state.document.lang
        if not lang:
            lang, _prob = detect_language(state.text)
        state.lang = lang
        state.analysis.lang = lang
        if lang not in analysed:
            outcome = UnsupportedLanguage(lang, analysed, name=language_name(lang), has_rules=lang in SUPPORTED)
            state.analysis.analysed = False
            state.analysis.skipped_reason = outcome.skipped_reason

    return run


@register_stage("tokens", requires=["lang"], assigns=["tokens", "sentences", "headings"],
                files=["nlp/tokens", "caches"], packages=["spacy"],
                help="spaCy tokens, sentence and heading spans")
def tokens_stage(options):
    from .model import Span
    from .nlp.tokens import heading_spans, make_doc, split_sentences

    def run(state: State) -> None:
        state.doc = make_doc(state.text, state.lang)
        state.analysis.sentences = [Span.of(state.text, a, b) for a, b in split_sentences(state.doc)]
        state.analysis.headings = heading_spans(state.text)

    return run


@register_stage("pos", requires=["tokens", "sentences"], assigns=["pos"], settings=["spacy_en"],
                files=["nlp/pos", "nlp/lemmas", "nlp/spacy_en", "nlp/ner_model", "nlp/ner_lexicon",
                       "data/models/pos_de.npz"], packages=["simplemma"],
                help="optional (extra_stages=pos): every word with its Universal POS tag and lemma in the "
                     "analysis's `tokens` (German: the project's tagger and simplemma; English: the spaCy "
                     "pipeline of setting spacy_en, else lemmas only)")
def pos_stage(options):
    from .model import Span, Token
    from .nlp.lemmas import lemmatize
    from .nlp import spacy_en
    from .nlp.pos import shipped_tagger

    def run(state: State) -> None:
        words = [t for t in state.doc if not t.is_space]
        tags: list[str | None] = [None] * len(words)
        lemmas: list[str | None] = [None] * len(words)
        if state.lang == "en" and options.spacy_en:
            # the spaCy pipeline's tokens, matched to ours by offsets (nearly always all of them)
            given = spacy_en.annotate(options.spacy_en, state.text).tokens
            for k, t in enumerate(words):
                tag_lemma = given.get((t.idx, t.idx + len(t.text)))
                if tag_lemma is not None:
                    tags[k], lemmas[k] = tag_lemma
        elif state.lang == "de":
            # sentence by sentence, as the tagger was trained and measured
            starts = {s.start for s in state.analysis.sentences}
            cuts = [k for k, t in enumerate(words) if k == 0 or t.idx in starts] + [len(words)]
            tags = [tag for a, b in zip(cuts, cuts[1:]) for tag in shipped_tagger().tag([t.text for t in words[a:b]])]
        if state.lang in ("de", "en"):  # simplemma where no spaCy lemma came
            lemmas = [lemma if lemma is not None else lemmatize(t.text, state.lang)
                      for t, lemma in zip(words, lemmas)]
        state.analysis.tokens = [Token(Span.of(state.text, t.idx, t.idx + len(t.text)), tag, lemma)
                                 for t, tag, lemma in zip(words, tags, lemmas)]

    return run


@register_stage("timex", requires=["tokens"], assigns=["time_expressions"],
                files=["nlp/timex", "nlp/timex_de", "nlp/timex_en", "nlp/timex_resolve", _LANG],
                help="time expressions (de/en) with normalised values, resolved against the publication date")
def timex_stage(options):
    from .nlp.timex import find_time_expressions

    def run(state: State) -> None:
        state.analysis.time_expressions = find_time_expressions(state.text, state.lang, state.document.published)

    return run


@register_stage("entities", requires=["tokens"], assigns=["entities"], settings=["mode", "kb_path", "spacy_en"],
                files=["nlp/ner", "nlp/ner_lexicon", "nlp/ner_misc", "nlp/ner_model", "nlp/ner_accurate",
                       "nlp/transformer", "kb", "data/kb", "data/models/ner_de_fast.npz",
                       "data/models/ner_accurate.npz", _LANG],
                help="named entities (PER, ORG, LOC, MISC) linked to the actor knowledge base on the document date")
def entities_stage(options):
    from .kb import load_kb
    from .nlp.ner import find_entities, span_source

    kb = load_kb(options)
    # with the pos stage, one run of the spaCy English pipeline serves both stages
    spans_of = span_source(options, tags="pos" in stage_names(options))

    def run(state: State) -> None:
        state.analysis.entities = find_entities(state.text, state.doc, state.lang, kb, state.document.published,
                                                spans=spans_of(state.text, state.doc, state.lang))

    return run


# --- statements (extract/statements/) ---
@register_stage("statements", requires=["tokens", "sentences", "headings", "entities"], assigns=["statements"],
                settings=["mode", "kb_path", "speaker_min_confidence"],
                files=["extract/statements", "extract/quote_tagger", "nlp/lemmas", "nlp/transformer", "nlp/coref",
                       "kb", "data/kb", "data/lexicons", "data/models/quotes_accurate.npz", _LANG],
                help="who said what: direct, indirect, free indirect and reported statements with cue, speaker, frame "
                     "(accurate mode: completed by the statement tagger)")
def statements_stage(options):
    from .extract.statements import find_statements
    from .extract.statements.speakers import resolve_speakers
    from .kb import load_kb

    kb = load_kb(options)

    def speakers(state: State, statements):
        # who each speaker mention is: one coreference pass over the document (speakers.py)
        return resolve_speakers(statements, state.text, state.lang, list(state.analysis.entities or []),
                                list(state.analysis.sentences or []), kb, state.document.published,
                                options.speaker_min_confidence)

    if options.mode != "accurate":
        def run(state: State) -> None:
            state.analysis.statements = speakers(state, find_statements(state))

        return run

    from .extract.quote_tagger import merge_config, tag
    from .extract.statements.merge import merge

    def run_accurate(state: State) -> None:
        statements = find_statements(state)
        if state.lang == "en":
            # the tagger learnt German news only; on English (PolNeAR dev) it cost 1.3 joint F1
            state.analysis.statements = speakers(state, statements)
            return
        # the rules decode; the statement tagger adds what they missed (extract/statements/merge.py)
        tags = tag(state.text, threads=options.threads)
        state.analysis.statements = speakers(state, merge(state.text, statements, tags, state.analysis.sentences,
                                                          list(state.analysis.entities or []),
                                                          doc_id=state.document.id, config=merge_config()))

    return run_accurate


# --- positions, commitments, conditions (extract/positions.py) ---
@register_stage("positions", requires=["statements", "entities"], assigns=["positions", "commitments", "conditions"],
                settings=["issues_path"],
                files=["extract/positions", "extract/position_rules", "extract/position_actors", "extract/commitments",
                       "extract/recipients", "extract/conditions", "extract/issues", "extract/stance", "extract/claims_model",
                       "extract/quantities", "wordrx", "data/issues", "data/currency", "data/models/claims_de.npz", _LANG],
                help="commitments (pledge, intention, delivery, demand, refusal, not ruled out, under consideration), "
                     "their conditions, and positions (actor x issue x stance)")
def positions_stage(options):
    from .extract.issues import catalogue
    from .extract.positions import positions_stage_fn

    path = options.issues_path or None
    catalogue(path)  # a broken catalogue is a ConfigError when the pipeline is built, not per document

    def run(state: State) -> None:
        positions_stage_fn(state, path)

    return run


# --- topics (extract/topics.py) ---
@register_stage("topics", requires=["statements"], assigns=["topics"],
                files=["extract/topics", "nlp/lemmas", "data/topics", _LANG],
                help="CAP major topics (21 codes) of every statement: keyword/lemma scorer with the article as prior")
def topics_stage(options):
    from .extract.topics import topics_stage_fn

    return topics_stage_fn
