"""Named analysis stages, each with one job, declared with what it needs and makes.

The contract of a stage (``register_stage``):

- ``requires`` / ``assigns`` name keys of the analysis state (``STATE_KEYS``: the
  initial keys, every field of ``model.Analysis``, and ``pos``/``topics``; a stage's
  own data goes under ``extras.<name>``). ``build_pipeline`` refuses an unknown key and
  a stage whose ``requires`` no earlier stage assigns, and names the stage to add.
- ``settings`` are the settings the stage reads, ``files`` the package files and
  folders (code, word lists, models) it uses, ``packages`` the installed distributions
  whose version matters. Together with the source of the factory they make the
  stage's version (``StageSpec.fingerprint``), so ``pipeline_version`` changes when
  rules, data, models or those settings change, and `lagebild reanalyze` knows what
  is stale.
- a stage gets its input as the ``State`` passed to it; it reads nothing global.

The default stages are registered in ``stages.py`` (imported by ``core``); stages of
installed packages come from the entry-point group ``lagebild.stages``: each entry
point names a module (importing it registers its stages) or a callable (called with
no arguments; it registers them). The setting ``stages`` picks and orders them.
"""
from __future__ import annotations

import ast
import dataclasses
import functools
import hashlib
import inspect
import sys
import textwrap
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable

from .about import __version__
from .errors import AnalysisFailed, AnalysisTimeout, ConfigError, KnowledgeBaseError, PipelineError, StoreError
from .lang import check_languages
from .model import Analysis, Document

StageFn = Callable[["State"], None]

# The stages run when the setting ``stages`` is empty, in order (then ``extra_stages``).
DEFAULT_STAGES = ["language", "tokens", "timex", "entities", "statements", "positions", "topics"]
ENTRY_POINT_GROUP = "lagebild.stages"


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


# What a State holds before any stage runs.
INITIAL_KEYS = ("document", "text", "published")
# Keys a stage may require or assign: the initial keys, every field of the Analysis,
# and these (keys of a stage's own data are written ``extras.<name>``).
_OTHER_KEYS = {
    "tokens": "the tokenised text (state.doc); the pos stage fills analysis.tokens",
    "pos": "POS tags and lemmas of analysis.tokens",
    "topics": "the CAP topics of every statement (statement.topics)",
}
STATE_KEYS: tuple[str, ...] = tuple(dict.fromkeys(
    [*INITIAL_KEYS, *(f.name for f in dataclasses.fields(Analysis)), *_OTHER_KEYS]))


def _known_key(key: str) -> bool:
    return key in STATE_KEYS or (key.startswith("extras.") and len(key) > len("extras."))


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Callable[[Any], StageFn]  # options -> stage function
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    version: str = "1"  # bump by hand for a change the hashed inputs do not show
    help: str = ""
    settings: tuple[str, ...] = ()  # settings the stage reads
    files: tuple[str, ...] = ()  # files/folders relative to the factory's top-level package ("x/y": y.py or y/)
    packages: tuple[str, ...] = ()  # installed distributions whose version matters

    @property
    def origin(self) -> str:
        """The module that registered the stage."""
        return getattr(self.factory, "__module__", "?")

    def fingerprint(self, options: Any) -> str:
        """Short hash of the stage's code, data and model files and the settings it reads."""
        digest = hashlib.sha256(_code_digest(self).encode())
        for name in self.settings:
            value = getattr(options, name, None)
            digest.update(f"\0{name}={value!r}".encode())
            if name.endswith("_path") and value:  # a user's files (kb_path): their content counts
                digest.update(_path_digest(str(value)).encode())
        return digest.hexdigest()[:8]


_REGISTRY: dict[str, StageSpec] = {}


def register_stage(name: str, *, requires: Iterable[str], assigns: Iterable[str], version: str = "1",
                   help: str = "", settings: Iterable[str] = (), files: Iterable[str] = (),
                   packages: Iterable[str] = (), replace: bool = False) -> Callable:
    """Decorator: register ``factory(options) -> stage_fn`` under ``name``.

    A name already registered is refused unless ``replace=True`` (re-running the same
    registration, as a module reload does, is allowed).
    """

    def deco(factory: Callable[[Any], StageFn]) -> Callable[[Any], StageFn]:
        old = _REGISTRY.get(name)
        if old is not None and not replace and not _same_factory(old.factory, factory):
            raise PipelineError(f"a stage named {name!r} is already registered (by {old.origin}); "
                                "pass replace=True to register_stage to replace it",
                                hint="or register yours under another name and list it in the setting stages")
        _REGISTRY[name] = StageSpec(name, factory, tuple(requires), tuple(assigns), version, help,
                                    tuple(settings), tuple(files), tuple(packages))
        return factory

    return deco


def _same_factory(a: Callable, b: Callable) -> bool:
    return (getattr(a, "__module__", None), getattr(a, "__qualname__", None)) == \
           (getattr(b, "__module__", None), getattr(b, "__qualname__", None))


_PLUGINS_LOADED = False


def _load_entry_points() -> None:
    """Import the stages of installed packages (entry-point group ``lagebild.stages``), once."""
    global _PLUGINS_LOADED
    if _PLUGINS_LOADED:
        return
    _PLUGINS_LOADED = True
    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        where = f"entry point {ep.name!r} = {ep.value!r} (group {ENTRY_POINT_GROUP})"
        try:
            target = ep.load()
            if callable(target) and not inspect.ismodule(target):
                target()
        except PipelineError:
            raise
        except Exception as exc:  # a broken plugin: say which one
            raise PipelineError(f"{where} failed to load: {exc}",
                                hint="fix or uninstall the package that declares it") from exc


def registered_stages() -> dict[str, StageSpec]:
    """Every registered stage: the defaults (``stages.py``) and those of installed packages."""
    _load_entry_points()
    return dict(_REGISTRY)


# --- versions -------------------------------------------------------------------------
def _package_root(module: str) -> Path | None:
    mod = sys.modules.get(module.split(".")[0])
    path = getattr(mod, "__file__", None)
    return Path(path).parent if path else None


def _resolve(root: Path, rel: str) -> Path:
    """``root/rel``; a module may be named without ``.py`` (it may be a file or a package folder)."""
    path = root / rel
    if not path.exists() and (root / f"{rel}.py").is_file():
        return root / f"{rel}.py"
    return path


def _file_bytes(path: Path) -> Iterable[bytes]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"):
                yield p.relative_to(path).as_posix().encode() + b"\0" + p.read_bytes()
    elif path.is_file():
        yield path.read_bytes()
    else:
        yield b"missing"


@functools.lru_cache(maxsize=None)
def _hash_files(root: str, files: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for rel in files:
        digest.update(b"\0file:" + rel.encode())
        for chunk in _file_bytes(_resolve(Path(root), rel)):
            digest.update(chunk)
    return digest.hexdigest()


@functools.lru_cache(maxsize=None)
def _path_digest(path: str) -> str:
    return _hash_files(str(Path(path).expanduser()), (".",))


@functools.lru_cache(maxsize=None)
def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def _code_digest(spec: StageSpec) -> str:
    """Hash of the hand version, the factory's source, the declared files and package versions."""
    return _code_digest_cached(spec.name, spec.factory, spec.version, spec.files, spec.packages)


@functools.lru_cache(maxsize=None)
def _code_digest_cached(name: str, factory: Callable, version: str, files: tuple[str, ...],
                        packages: tuple[str, ...]) -> str:
    try:
        source = inspect.getsource(factory)
    except (OSError, TypeError):
        source = getattr(factory, "__qualname__", repr(factory))
    module = getattr(factory, "__module__", "") or ""
    root = _package_root(module)
    parts = [name, version, source, _hash_files(str(root), files) if root and files else ""]
    if root is not None:  # every module of the package the stage reaches through its imports
        parts.append(_hash_files(str(root), _imported_files(root, module, source)))
    parts += [f"{p}={_dist_version(p)}" for p in packages]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _module_file(root: Path, module: str) -> str | None:
    """``a/b.py`` or ``a/b/__init__.py`` (relative to the package root) for ``pkg.a.b``."""
    rel = Path(*module.split(".")[1:]) if "." in module else Path()
    for candidate in (rel.with_suffix(".py") if rel.parts else None, rel / "__init__.py"):
        if candidate is not None and (root / candidate).is_file():
            return candidate.as_posix()
    return None


def _imports_of(source: str, module: str, is_package: bool) -> set[str]:
    """Absolute names of what ``source`` (of ``module``) imports, inside functions too."""
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(textwrap.dedent(source))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)  # may be submodules
    return names


@functools.lru_cache(maxsize=None)
def _imported_files(root: Path, module: str, source: str) -> tuple[str, ...]:
    """The package's module files reached from ``source`` by imports, transitively.

    Derived from the code itself, so a stage's version changes with every rule module it
    uses, including one added later, without a hand-kept list.
    """
    top = module.split(".")[0]
    seen: dict[str, str] = {top: ""}  # the package's own __init__ is its public facade, not a rule
    todo = [n for n in _imports_of(source, module, False) if n.split(".")[0] == top]
    while todo:
        name = todo.pop()
        rel = _module_file(root, name)
        if rel is None or name in seen:
            continue
        seen[name] = rel
        text = (root / rel).read_text(encoding="utf-8")
        todo += [n for n in _imports_of(text, name, rel.endswith("__init__.py")) if n.split(".")[0] == top]
    return tuple(sorted(set(seen.values()) - {""}))


def missing_files(spec: StageSpec) -> list[str]:
    """Declared files of ``spec`` that do not exist (a stale declaration)."""
    root = _package_root(spec.origin)
    return [f for f in spec.files if root is None or not _resolve(root, f).exists()]


# --- building -------------------------------------------------------------------------
class Pipeline:
    def __init__(self, specs: list[StageSpec], options: Any):
        self.specs = specs
        self.options = options
        self._fns: list[StageFn] | None = None
        self.version = f"lagebild-{__version__}/{options.mode}/" + ",".join(
            f"{s.name}@{s.fingerprint(options)}" for s in specs
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
        """The analysis of ``document``; a stage that raises raises ``AnalysisFailed`` (its name,
        the error class; the error as ``__cause__``)."""
        analysis = Analysis(document=document, pipeline_version=self.version)
        state = State(document=document, options=self.options, analysis=analysis, lang=lang)
        fns = self._load()
        budget = float(getattr(self.options, "analysis_timeout", 0) or 0)
        start = time.monotonic()
        # a stage with a long loop may check it too; the pipeline checks between stages
        state.extras["deadline"] = start + budget if budget > 0 else None
        last = None
        for spec, fn in zip(self.specs, fns):
            if not analysis.analysed:
                break  # e.g. the language stage found an unsupported language
            if budget > 0 and last is not None and time.monotonic() - start > budget:
                raise AnalysisTimeout(last, time.monotonic() - start, budget)
            last = spec.name
            try:
                fn(state)
            except (ConfigError, PipelineError, KnowledgeBaseError, StoreError):
                raise  # the setup, not this document: every document would fail the same way
            except Exception as exc:  # noqa: BLE001 - named by its stage; the caller decides
                raise AnalysisFailed(spec.name, exc) from exc
        if budget > 0 and analysis.analysed and time.monotonic() - start > budget:
            raise AnalysisTimeout(last or "none", time.monotonic() - start, budget)
        return analysis


def _names(value: Any) -> list[str]:
    return [n.strip() for n in str(value or "").split(",") if n.strip()]


def default_stage_names(mode: str = "fast") -> list[str]:
    return list(DEFAULT_STAGES)


def extra_stage_names(options: Any) -> list[str]:
    """The stages of the setting ``extra_stages`` (comma-separated), in order."""
    return _names(getattr(options, "extra_stages", ""))


def stage_names(options: Any) -> list[str]:
    """The stages a pipeline built from ``options`` runs, in order: the setting ``stages``
    (empty: the default stages), then those of ``extra_stages`` not listed there."""
    listed = _names(getattr(options, "stages", "")) or default_stage_names(options.mode)
    return listed + [n for n in extra_stage_names(options) if n not in listed]


def check_stages(specs: list[StageSpec], registry: dict[str, StageSpec]) -> None:
    """Check the contract of a stage list: known keys and settings, every requirement met in order."""
    setting_names = None
    have = set(INITIAL_KEYS)
    seen: list[str] = []
    for spec in specs:
        if spec.name in seen:
            raise PipelineError(f"stage {spec.name!r} is listed twice")
        unknown = [k for k in (*spec.requires, *spec.assigns) if not _known_key(k)]
        if unknown:
            raise PipelineError(
                f"stage {spec.name!r} ({spec.origin}) declares unknown keys {unknown}; known keys: "
                f"{', '.join(STATE_KEYS)}, and extras.<name> for a stage's own data")
        if spec.settings:
            if setting_names is None:
                from .settings import SETTINGS

                setting_names = {s.name for s in SETTINGS}
            bad = [s for s in spec.settings if s not in setting_names]
            if bad:
                raise PipelineError(f"stage {spec.name!r} ({spec.origin}) reads unknown settings {bad}")
        for key in spec.requires:
            if key in have:
                continue
            makers = [n for n, s in registry.items() if key in s.assigns and n != spec.name]
            add = (f"add the stage {' or '.join(repr(m) for m in makers)} before {spec.name!r}"
                   if makers else "no registered stage assigns it")
            raise PipelineError(f"stage {spec.name!r} requires {key!r}, which no earlier stage assigns: {add}",
                                hint=f"the stages run in this order: {', '.join(seen + [spec.name])}; "
                                     "set the list with --set stages=... (see `lagebild stages`)")
        have.update(spec.assigns)
        seen.append(spec.name)


def build_pipeline(options: Any, names: list[str] | None = None) -> Pipeline:
    """The pipeline of ``names`` (default: ``stage_names(options)``), its contract checked."""
    check_languages(options.languages)
    if options.mode == "accurate":
        from .extract.quote_tagger import check_available as check_statements
        from .nlp.ner_accurate import check_available

        check_available()
        check_statements()
    registry = registered_stages()
    names = list(names or stage_names(options))
    unknown = [n for n in names if n not in registry]
    if unknown:
        raise PipelineError(f"unknown stage {unknown[0]!r}; registered: {', '.join(sorted(registry))}")
    specs = [registry[n] for n in names]
    check_stages(specs, registry)
    return Pipeline(specs, options)

