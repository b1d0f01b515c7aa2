"""Named analysis stages, each with one job, declared with what it needs and makes.

A stage is registered with ``register_stage`` (see ``stages.py``, the one place
where the default stages are registered). ``build_pipeline`` checks that every
stage's ``requires`` is assigned by an earlier stage, so a user can swap a stage
(say, an LLM-backed statement extractor) for another that assigns the same keys.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from . import __version__
from .errors import PipelineError
from .model import Analysis, Document

StageFn = Callable[["State"], None]


@dataclass
class State:
    """Working state handed from stage to stage for one document."""

    document: Document
    options: Any
    analysis: Analysis
    lang: str | None = None
    doc: Any = None  # the spaCy Doc, once the ``tokens`` stage ran
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.document.text


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Callable[[Any], StageFn]  # options -> stage function
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    version: str = "1"
    help: str = ""


_REGISTRY: dict[str, StageSpec] = {}
# What a State holds before any stage runs.
INITIAL_KEYS = ("document", "text", "published")


def register_stage(name: str, *, requires: Iterable[str], assigns: Iterable[str],
                   version: str = "1", help: str = "") -> Callable:
    """Decorator: register ``factory(options) -> stage_fn`` under ``name``."""

    def deco(factory: Callable[[Any], StageFn]) -> Callable[[Any], StageFn]:
        _REGISTRY[name] = StageSpec(name, factory, tuple(requires), tuple(assigns), version, help)
        return factory

    return deco


def registered_stages() -> dict[str, StageSpec]:
    from . import stages  # noqa: F401  (registers the default stages)

    return dict(_REGISTRY)


class Pipeline:
    def __init__(self, specs: list[StageSpec], options: Any):
        self.specs = specs
        self.options = options
        self._fns: list[StageFn] | None = None
        self.version = f"lagebild-{__version__}/{options.mode}/" + ",".join(
            f"{s.name}@{s.version}" for s in specs
        )
        if getattr(options, "spacy_en", ""):  # English entities (and tags) come from that pipeline
            from .nlp.spacy_en import version_tag

            self.version += "/" + version_tag(options.spacy_en)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]

    def _load(self) -> list[StageFn]:
        if self._fns is None:  # built lazily: models load on first use
            self._fns = [s.factory(self.options) for s in self.specs]
        return self._fns

    def __call__(self, document: Document, lang: str | None = None) -> Analysis:
        analysis = Analysis(document=document, pipeline_version=self.version)
        state = State(document=document, options=self.options, analysis=analysis, lang=lang)
        for spec, fn in zip(self.specs, self._load()):
            if not analysis.analysed:
                break  # e.g. the language stage found an unsupported language
            fn(state)
        return analysis


def default_stage_names(mode: str = "fast") -> list[str]:
    from .stages import DEFAULT_STAGES

    return list(DEFAULT_STAGES)


def extra_stage_names(options: Any) -> list[str]:
    """The stages of the setting ``extra_stages`` (comma-separated), in order."""
    return [n.strip() for n in str(getattr(options, "extra_stages", "") or "").split(",") if n.strip()]


def build_pipeline(options: Any, names: list[str] | None = None) -> Pipeline:
    if options.mode == "accurate":
        from .extract.quote_tagger import check_available as check_statements
        from .nlp.ner_accurate import check_available

        check_available()
        check_statements()
    registry = registered_stages()
    names = names or default_stage_names(options.mode) + extra_stage_names(options)
    have = set(INITIAL_KEYS)
    specs = []
    for name in names:
        if name not in registry:
            raise PipelineError(f"unknown stage {name!r}; registered: {', '.join(sorted(registry))}")
        spec = registry[name]
        missing = [r for r in spec.requires if r not in have]
        if missing:
            raise PipelineError(f"stage {name!r} requires {missing}, which no earlier stage assigns")
        have.update(spec.assigns)
        specs.append(spec)
    return Pipeline(specs, options)
