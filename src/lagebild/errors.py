"""The one exception hierarchy of lagebild.

Every error the library raises on purpose is a ``LagebildError``. Each class
says what went wrong *and what to do*; third-party exceptions are caught at
the boundary (readers, fetcher, store) and re-raised as one of these, with the
original kept as ``__cause__``.

    LagebildError
    ├── ConfigError            a setting has a bad value or name
    ├── InputError             an input cannot be turned into a document
    │   └── RejectedInput      ... with a machine-readable ``reason`` (see REJECT_REASONS)
    ├── FetchError             an HTTP fetch failed after retries
    │   ├── RobotsDisallowed   robots.txt forbids the URL
    │   └── ResponseTooLarge   the body exceeds max_input_bytes
    ├── StoreError             the database cannot be opened or written
    │   └── SchemaError        the database schema is newer than this version
    ├── PipelineError          a stage is unknown, misconfigured or missing what it needs
    ├── NotAnalysed            a stored document was not analysed, with a ``reason`` (see NOT_ANALYSED_REASONS)
    │   ├── UnsupportedLanguage  ... because lagebild has no rules for its language (or the setting languages leaves it out)
    │   └── AnalysisFailed       ... because a stage raised on it (``stage``, ``error``: the exception's class)
    │       └── AnalysisTimeout  ... because its analysis ran past the setting analysis_timeout
    ├── KnowledgeBaseError     an actor file cannot be read
    ├── MissingDependency      an optional package (pandas, pyarrow, spaCy) is not installed
    └── QueryError             a search or filter expression is malformed
        └── ActorQueryError    an actor query names no known actor, or several (``candidates``)
"""
from __future__ import annotations

# Every reason an input can be rejected for. `lagebild rejects` groups by these.
REJECT_REASONS: dict[str, str] = {
    "empty": "the input holds no text after stripping whitespace",
    "binary": "the input looks like binary data, not text",
    "undecodable": "the bytes are not valid UTF-8 (or the declared charset)",
    "too_large": "the input is larger than the max_input_bytes setting, or its text longer than max_text_chars",
    "malformed_json": "a JSON Lines record is not valid JSON or not an object",
    "missing_text": "a record or feed item has no article text",
    "no_article_text": "an HTML page yields no article text",
    "bad_date": "the published date is impossible or unparseable",
    "unsupported_format": "the file type is not one lagebild reads",
    "fetch_failed": "the URL could not be fetched",
    "robots_disallowed": "robots.txt forbids fetching the URL",
    "not_found": "the path or glob matched nothing",
    "not_a_file": "the path is a FIFO, device, socket or a folder link already walked, not a regular file",
    "unreadable": "the file or folder cannot be read (permission denied or an I/O error)",
    "truncated": "a WARC record ends before its declared length",
    "bad_filename": "the file name is not valid UTF-8 (the origin shows its bytes as \\xNN)",
    "analysis_failed": "reading or normalising the input raised an unexpected error (the message names the stage and the error class)",
}

# Every reason a stored document can be left unanalysed. The analysis keeps it as
# ``skipped_reason = "<reason>: <message>"``; `lagebild ingest` counts by reason.
NOT_ANALYSED_REASONS: dict[str, str] = {
    "unsupported_language": "the document's language has no rules in lagebild or is not in the setting languages",
    "analysis_failed": "a stage raised an error on the document (the reason names the stage and the error class); "
                       "`lagebild reanalyze` retries it",
    "analysis_timeout": "the analysis ran past the setting analysis_timeout (seconds per document, checked between "
                        "stages; the reason names the last stage run); `lagebild reanalyze --set analysis_timeout=...` "
                        "retries it with a larger budget",
}


class LagebildError(Exception):
    """Base class of every error lagebild raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:  # message plus what to do about it
        msg = super().__str__()
        return f"{msg} ({self.hint})" if self.hint else msg


class ConfigError(LagebildError):
    hint = "see `lagebild settings` for names, defaults and allowed values"


class InputError(LagebildError):
    hint = "fix the input or pass --published / --lang to supply what is missing"


class RejectedInput(InputError):
    """An input was refused; ``reason`` is one of REJECT_REASONS."""

    def __init__(self, reason: str, message: str, *, hint: str | None = None):
        if reason not in REJECT_REASONS:
            raise ValueError(f"unknown reject reason {reason!r}")
        super().__init__(message, hint=hint)
        self.reason = reason


class FetchError(LagebildError):
    hint = "check the URL and your connection; lagebild retried with backoff already"


class RobotsDisallowed(FetchError):
    hint = "the site's robots.txt forbids this URL for lagebild's user agent"


class ResponseTooLarge(FetchError):
    """The body is larger than the max_input_bytes setting; reading stopped."""

    hint = "raise max_input_bytes (--set max_input_bytes=N) if this page is really wanted"


class StoreError(LagebildError):
    hint = "check the --db URL, file permissions and free disk space"


class StoreMissing(StoreError):
    """A command that only reads was pointed at a store that does not exist (a mistyped --db
    would otherwise create an empty one and answer "documents: 0")."""

    hint = ("check the --db path or LAGEBILD_DB; `lagebild ingest FILES --db PATH` creates a store, "
            "`lagebild serve --create` an empty one")


class StoreBusy(StoreError):
    """Another writer held the database's write lock for longer than the busy timeout."""

    hint = ("another writer (an ingest, `lagebild watch`, the server) holds the database's write lock;"
            " retry, or raise the busy timeout (--set busy_timeout=SECONDS)")


def is_busy_error(exc: BaseException) -> bool:
    """True for a driver error saying that another connection holds the lock (SQLite's
    SQLITE_BUSY/SQLITE_LOCKED, PostgreSQL's lock_not_available)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED (and extended codes)
        return True
    if getattr(exc, "sqlstate", None) == "55P03":
        return True
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text


def store_error(message: str, exc: BaseException) -> StoreError:
    """The StoreError for a driver error: ``StoreBusy`` when another writer holds the lock."""
    return (StoreBusy if is_busy_error(exc) else StoreError)(message)


class SchemaError(StoreError):
    hint = "upgrade lagebild: this database was written by a newer version"


class PipelineError(LagebildError):
    hint = "see `lagebild stages` for the registered stages and what each requires"


class NotAnalysed(LagebildError):
    """A stored document is not analysed; ``reason`` is one of NOT_ANALYSED_REASONS.

    Not raised by the pipeline: it is the outcome recorded in ``Analysis.skipped_reason``
    (``skipped_reason``, below) and counted by `lagebild ingest`.
    """

    reason = ""

    @property
    def skipped_reason(self) -> str:
        """``"<reason>: <message>"``, as stored with the analysis."""
        return f"{self.reason}: {self.args[0]}"


class UnsupportedLanguage(NotAnalysed):
    """The document's language is not analysed: lagebild has no rules for it, or the
    setting ``languages`` leaves it out. ``analysed`` maps the analysed codes to names."""

    reason = "unsupported_language"
    hint = "the document is stored; see the setting languages"

    def __init__(self, lang: str | None, analysed: dict[str, str], *, name: str | None = None,
                 has_rules: bool = False):
        self.lang = lang
        what = f"{name} ({lang})" if name else repr(lang)
        why = ("the setting languages leaves it out" if has_rules
               else "lagebild has no rules for it")
        listed = ", ".join(f"{code} ({label})" for code, label in analysed.items()) or "none"
        super().__init__(f"the text is in {what}, which is not analysed: {why}; analysed languages: {listed}")


class AnalysisFailed(NotAnalysed):
    """A stage raised on one document. The pipeline raises it (the original error is the
    ``__cause__``); ingest and reanalyse store the document as not analysed with this reason
    and go on with the next document."""

    reason = "analysis_failed"
    hint = "the document is stored; fix the cause and run `lagebild reanalyze`"

    def __init__(self, stage: str, error: BaseException):
        self.stage = stage
        self.error = type(error).__name__
        detail = str(error).splitlines()[0][:200] if str(error) else ""
        super().__init__(f"stage {stage}: {self.error}" + (f": {detail}" if detail else ""))


class AnalysisTimeout(AnalysisFailed):
    """The analysis of one document ran past the setting ``analysis_timeout``; the pipeline
    checks between stages and stops. Stored, like a failure, as not analysed."""

    reason = "analysis_timeout"
    hint = "the document is stored; run `lagebild reanalyze --set analysis_timeout=...` with a larger budget"

    def __init__(self, stage: str, elapsed: float, budget: float):
        self.elapsed = elapsed
        self.budget = budget
        NotAnalysed.__init__(self, f"after stage {stage}: {elapsed:.1f} s, over the budget of {budget:g} s")
        self.stage = stage
        self.error = "AnalysisTimeout"


def not_analysed_reason(skipped_reason: str | None) -> str | None:
    """The reason code (a key of NOT_ANALYSED_REASONS) of a stored ``skipped_reason``."""
    if not skipped_reason:
        return None
    code = skipped_reason.split(":", 1)[0].strip()
    return code if code in NOT_ANALYSED_REASONS else "other"


class KnowledgeBaseError(LagebildError):
    hint = "see docs/kb.md for the actor file format"


class MissingDependency(LagebildError):
    """A feature needs an optional package that is not installed; the message names the
    package and the extra that installs it (``pip install 'lagebild[pandas]'``)."""

    hint = "install the extra the message names, or the package itself"


class QueryError(LagebildError):
    hint = "quote phrases with double quotes; use AND, OR, NOT between terms"


class ActorQueryError(QueryError):
    """An ``actor`` query names no actor in the knowledge base or the store, or several;
    ``candidates`` lists the actors it could mean (dicts with ``id``, ``name``, ``role``)."""

    hint = "give an actor id (Q566257), a Wikidata id or a full name; `lagebild kb lookup NAME` lists candidates"

    def __init__(self, message: str, *, candidates: list | None = None, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.candidates = list(candidates or [])
