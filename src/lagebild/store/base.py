"""The store's logic, written once for both backends.

``BaseStore`` holds everything that is the same in SQLite and PostgreSQL:
near-duplicate assignment, writing analyses, the statement and position
queries, transactions. A backend supplies a connection whose ``execute``
takes ``?`` placeholders and returns rows readable by index and by name, a
``Dialect`` for the few fragments spelled differently, and its full-text search.
"""
from __future__ import annotations

import functools
import json
import os
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

from ..errors import QueryError, StoreError, store_error
from ..model import Analysis, Document
from ..recordviews import camps
from .analyses import AnalysisRows, as_rows, check_same_text, query_statements, stale_analysis, write_rows
from .dialect import Dialect, in_list, latest_analysis
from .facets import document_filters, document_order, facet_counts
from .neardup import MinHasher
from .positions import query_commitments, query_positions, stance_changes, timeline
from .rows import DOCUMENT_COLUMNS, document_from_row, document_values, utc_now

_F = TypeVar("_F", bound=Callable[..., Any])


_UNHASHED = object()  # no signature given: compute it here

# Debugging aid: when set to a file name, every top-level write transaction appends
# "<pid> <seconds>" to it: the time from taking the write lock (BEGIN IMMEDIATE in SQLite)
# to COMMIT or ROLLBACK (bench/concurrency.py reads it).
TRACE_LOCKS_ENV = "LAGEBILD_TRACE_LOCKS"


def _trace_lock(seconds: float) -> None:
    target = os.environ.get(TRACE_LOCKS_ENV)
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {seconds:.6f}\n")
    except OSError:
        pass  # a debugging aid never breaks a write


def _ids(actor_ids: Sequence[str] | None) -> list[str] | None:
    """Actor ids as a list (a lone string is one id, not its letters)."""
    if actor_ids is None:
        return None
    return [actor_ids] if isinstance(actor_ids, str) else list(actor_ids)


def _mapped(method: _F) -> _F:
    """Re-raise driver errors escaping a public method as StoreError."""

    @functools.wraps(method)
    def wrapper(self: "BaseStore", *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except self.dialect.errors as exc:
            raise store_error(f"database error in {method.__name__}: {exc}", exc) from exc

    return wrapper  # type: ignore[return-value]


@dataclass(frozen=True)
class AddResult:
    status: str  # "new", "duplicate" (same id already stored) or "near_duplicate"
    doc_id: str
    cluster_id: str
    duplicate_of: str | None = None  # the stored doc (duplicate) or the closest earlier one (near_duplicate)


class BaseStore:
    """Documents, story clusters, rejects, analyses and statements."""

    dialect: Dialect

    def __init__(self, conn: Any, options: Any, path: str, *, hasher: MinHasher | None = None):
        self._conn = conn
        self.options = options
        self.path = path
        self._depth = 0  # transaction nesting; inner levels are savepoints
        # a pool's stores share the hasher read once when the pool opened the database
        self._hasher = hasher if hasher is not None else self._load_hasher(options)

    def _load_hasher(self, options: Any) -> MinHasher:
        """The MinHash layout is fixed per database at creation; only the threshold may change."""
        row = self._conn.execute("SELECT value FROM store_meta WHERE key = 'minhash'").fetchone()
        if row:
            m = json.loads(row[0])
            return MinHasher(m["num_perm"], m["shingle_size"], options.near_duplicate_threshold,
                             layout=(m["bands"], m["rows"]))
        hasher = MinHasher(options.minhash_permutations, options.shingle_size, options.near_duplicate_threshold)
        bands, rows = hasher.bands
        meta = {"num_perm": hasher.num_perm, "shingle_size": hasher.shingle_size, "bands": bands, "rows": rows}
        with self.transaction():
            self._conn.execute("INSERT INTO store_meta(key, value) VALUES ('minhash', ?) ON CONFLICT DO NOTHING",
                               (json.dumps(meta),))
        return hasher

    # -- backend hooks -------------------------------------------------------

    def _statement_text_clause(self, text: str) -> tuple[str, list[Any]] | None:
        """A WHERE clause on statements ``s`` matching the words of ``text``; None if nothing to search."""
        raise NotImplementedError

    def _search_documents(self, query: str, *, limit: int, offset: int, raw: bool,
                          marks: tuple[str, str]) -> list[dict[str, Any]]:
        raise NotImplementedError

    # -- lifecycle -----------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "BaseStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def in_transaction(self) -> bool:
        """True while a write transaction of this store is open (and, in SQLite, holds the write lock)."""
        return self._depth > 0

    @contextmanager
    def transaction(self) -> Iterator["BaseStore"]:
        """Everything inside commits together or not at all. Nests (as savepoints).

        The outermost level holds the database's write lock until it ends: keep slow work
        (the analysis) out of it, so that other writers do not wait.
        """
        savepoint = f"sp{self._depth}"
        errors = self.dialect.errors
        outer = self._depth == 0
        try:
            if outer:
                for statement in self.dialect.begin:
                    self._conn.execute(statement)
                locked_at = time.perf_counter()
            else:
                self._conn.execute(f"SAVEPOINT {savepoint}")
        except errors as exc:
            if outer:
                self._rollback_quietly()
            raise store_error(f"cannot start a transaction: {exc}", exc) from exc
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            try:
                if outer:
                    self._conn.execute("ROLLBACK")
                else:
                    self._conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self._conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            except errors:
                pass  # the original error matters more
            if outer:
                _trace_lock(time.perf_counter() - locked_at)
            raise
        self._depth -= 1
        try:
            self._conn.execute("COMMIT" if outer else f"RELEASE SAVEPOINT {savepoint}")
        except errors as exc:
            if outer:
                self._rollback_quietly()
            raise store_error(f"cannot commit: {exc}", exc) from exc
        finally:
            if outer:
                _trace_lock(time.perf_counter() - locked_at)

    def _rollback_quietly(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except self.dialect.errors:
            pass  # no transaction was open

    # -- writing -------------------------------------------------------------

    @_mapped
    def add_document(self, doc: Document) -> AddResult:
        with self.transaction():
            return self._add(doc)

    @_mapped
    def add_documents(self, docs: Iterable[Document],
                      signatures: dict[str, Any] | None = None) -> list[AddResult]:
        """Add many documents in one transaction (much faster than one by one).

        ``signatures`` maps document ids to MinHash signatures computed
        elsewhere with this store's ``hasher`` (distributed runs compute them on
        the workers); documents without one are hashed here.
        """
        signatures = signatures or {}
        with self.transaction():
            return [self._add(doc, signatures.get(doc.id, _UNHASHED)) for doc in docs]

    @_mapped
    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` whose document is stored (read without the write lock)."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = self._conn.execute(f"SELECT id FROM documents WHERE {in_list('id', chunk)}", chunk).fetchall()
            found.update(r[0] for r in rows)
        return found

    @property
    def hasher(self) -> MinHasher:
        """The near-duplicate hasher of this database (its layout is fixed when it is created)."""
        return self._hasher

    def _add(self, doc: Document, signature: Any = _UNHASHED) -> AddResult:
        conn = self._conn
        row = conn.execute("SELECT cluster_id FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row:
            return AddResult("duplicate", doc.id, row["cluster_id"], duplicate_of=doc.id)
        if signature is _UNHASHED:
            signature = self._hasher.signature(doc.text)
        keys = self._hasher.band_keys(signature) if signature is not None else []
        match = self._closest(signature, keys) if keys else None
        now = utc_now()
        if match:
            status, (duplicate_of, cluster_id) = "near_duplicate", match
            conn.execute("UPDATE clusters SET size = size + 1 WHERE id = ?", (cluster_id,))
        else:
            status, duplicate_of, cluster_id = "new", None, doc.id
            conn.execute("INSERT INTO clusters(id, representative, size, created_at) VALUES (?, ?, 1, ?)",
                         (doc.id, doc.id, now))
        conn.execute(
            f"INSERT INTO documents({', '.join(DOCUMENT_COLUMNS)}, cluster_id, ingested_at)"
            f" VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))}, ?, ?)",
            (*document_values(doc), cluster_id, now),
        )
        if signature is not None:
            conn.execute("INSERT INTO minhash_signatures(doc_id, signature) VALUES (?, ?)",
                         (doc.id, self._hasher.to_blob(signature)))
            conn.executemany("INSERT INTO minhash_bands(band_index, band_hash, doc_id) VALUES (?, ?, ?)",
                             [(band, key, doc.id) for band, key in keys])
        return AddResult(status, doc.id, cluster_id, duplicate_of)

    def _closest(self, signature: Any, keys: list[tuple[int, int]]) -> tuple[str, str] | None:
        """(doc id, cluster id) of the most similar stored document at or above the threshold."""
        probes = " UNION ".join(["SELECT doc_id FROM minhash_bands WHERE band_index = ? AND band_hash = ?"] * len(keys))
        rows = self._conn.execute(
            f"SELECT d.id, d.cluster_id, d.doc_no, s.signature FROM ({probes}) c"
            " JOIN minhash_signatures s ON s.doc_id = c.doc_id JOIN documents d ON d.id = c.doc_id",
            [value for key in keys for value in key],
        ).fetchall()
        best: tuple[float, int, str, str] | None = None
        for r in rows:
            score = self._hasher.similarity(signature, self._hasher.from_blob(r["signature"]))
            if score >= self.options.near_duplicate_threshold:
                candidate = (-score, r["doc_no"], r["id"], r["cluster_id"])
                best = candidate if best is None or candidate < best else best
        return (best[2], best[3]) if best else None

    @_mapped
    def add_reject(self, origin: str, reason: str, message: str) -> None:
        """Record a refused input; the same (origin, reason) again only counts up."""
        now = utc_now()
        with self.transaction():
            self._conn.execute(
                "INSERT INTO rejects(origin, reason, message, first_seen, last_seen, count)"
                " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT(origin, reason) DO UPDATE SET"
                " count = rejects.count + 1, last_seen = excluded.last_seen, message = excluded.message",
                (origin, reason, message, now, now),
            )

    @_mapped
    def save_analysis(self, analysis: Analysis | AnalysisRows) -> None:
        """Store an analysis, replacing any earlier one of the same pipeline version.

        An ``Analysis`` is checked and flattened here (its document is added
        first if the store does not hold it yet); ``AnalysisRows`` were built
        elsewhere and are written only if their document is stored with the
        very text their spans were checked against.
        """
        rows = as_rows(analysis)
        with self.transaction():
            row = self._conn.execute("SELECT text, cluster_id FROM documents WHERE id = ?", (rows.doc_id,)).fetchone()
            if row is None and isinstance(analysis, Analysis):
                self._add(analysis.document)
                row = self._conn.execute("SELECT text, cluster_id FROM documents WHERE id = ?",
                                         (rows.doc_id,)).fetchone()
            if row is None:
                raise StoreError(f"cannot save the analysis of {rows.doc_id}: the document is not stored",
                                 hint="add the document first")
            check_same_text(rows, rows.doc_id, row["text"])
            write_rows(self._conn, rows, row["cluster_id"])

    @_mapped
    def save_new_analyses(self, items: Iterable[tuple[AddResult, Document, Analysis | AnalysisRows]]) -> None:
        """Store analyses of documents that ``add_documents`` just added in the caller's transaction.

        Nothing of theirs can be stored yet, so nothing is looked up or replaced (in
        PostgreSQL, five round trips a document fewer than ``save_analysis``), and the
        writes go out in one batch where the backend can pipeline them.
        """
        with self.transaction(), self._batched() as conn:
            for added, doc, analysis in items:
                rows = as_rows(analysis)
                check_same_text(rows, doc.id, doc.text)
                write_rows(conn, rows, added.cluster_id, replace=False)

    def _batched(self) -> Any:
        """A context giving a connection to write through, on which the backend may send
        statements without waiting for each result (or gather rows of one INSERT)."""
        return nullcontext(self._conn)

    @_mapped
    def input_done(self, origin: str, fingerprint: str) -> bool:
        """True if ``origin`` was fully processed while it had this fingerprint."""
        row = self._conn.execute("SELECT 1 FROM ingest_inputs WHERE origin = ? AND fingerprint = ? AND status = 'done'",
                                 (origin, fingerprint)).fetchone()
        return row is not None

    @_mapped
    def mark_input_done(self, origin: str, fingerprint: str) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO ingest_inputs(origin, fingerprint, status, finished_at) VALUES (?, ?, 'done', ?)"
                " ON CONFLICT(origin) DO UPDATE SET fingerprint = excluded.fingerprint,"
                " status = excluded.status, finished_at = excluded.finished_at",
                (origin, fingerprint, utc_now()),
            )

    @_mapped
    def seen_has(self, key: str) -> bool:
        return self._conn.execute("SELECT 1 FROM seen_items WHERE key = ?", (key,)).fetchone() is not None

    @_mapped
    def seen_add(self, key: str) -> bool:
        """Remember ``key``; True if it was new."""
        with self.transaction():
            cur = self._conn.execute("INSERT INTO seen_items(key, first_seen) VALUES (?, ?) ON CONFLICT DO NOTHING",
                                     (key, utc_now()))
            return cur.rowcount == 1

    # -- reading -------------------------------------------------------------

    @_mapped
    def document(self, doc_id: str) -> Document | None:
        """The document with this id, or with this unique id prefix."""
        cols = "id, text, published, date_source, lang, title, url, source, origin, external_id"
        row = self._conn.execute(f"SELECT {cols} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None and doc_id:
            # A range scan on the unique index; no LIKE, so '%' or '_' match literally.
            rows = self._conn.execute(f"SELECT {cols} FROM documents WHERE id >= ? AND id < ? LIMIT 2",
                                      (doc_id, doc_id + "\U0010ffff")).fetchall()
            if len(rows) > 1:
                raise QueryError(f"id prefix {doc_id!r} matches several documents",
                                 hint="give more characters of the document id")
            row = rows[0] if rows else None
        return document_from_row(row) if row else None

    @_mapped
    def documents(self, limit: int = 100, offset: int = 0, since: date | str | None = None,
                  until: date | str | None = None, *, source: str | None = None, lang: str | None = None,
                  order: str | None = None) -> list[Document]:
        """Documents in ingestion order (``order="date"``: by publication date, ``"-date"``: newest
        first), optionally only those published in [since, until], from the outlet ``source``, in ``lang``."""
        params: list[Any] = []
        where = document_filters(self.dialect, params, since=since, until=until, source=source, lang=lang)
        rows = self._conn.execute(
            f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents d WHERE {' AND '.join(where)}"
            f" ORDER BY {document_order(order)} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [document_from_row(r) for r in rows]

    def documents_without_analysis(self, pipeline_version: str, *, page: int = 500) -> Iterator[Document]:
        """Documents whose newest analysis is not by ``pipeline_version`` (or that have none),
        in ingestion order: what `lagebild reanalyze` re-runs.

        Reads in pages keyed on doc_no, so the caller may save analyses while iterating.
        """
        last = 0
        while True:
            try:
                rows = self._conn.execute(
                    f"SELECT d.doc_no, {', '.join('d.' + c for c in DOCUMENT_COLUMNS)} FROM documents d"
                    f" WHERE d.doc_no > ? AND {stale_analysis('d', self.dialect)}"
                    " ORDER BY d.doc_no LIMIT ?",
                    (last, pipeline_version, page),
                ).fetchall()
            except self.dialect.errors as exc:
                raise store_error(f"database error in documents_without_analysis: {exc}", exc) from exc
            if not rows:
                return
            last = rows[-1]["doc_no"]
            yield from (document_from_row(r) for r in rows)

    @_mapped
    def count_without_analysis(self, pipeline_version: str) -> int:
        """How many documents ``documents_without_analysis`` yields now (a progress total)."""
        return int(self._conn.execute(f"SELECT count(*) FROM documents d WHERE {stale_analysis('d', self.dialect)}",
                                      (pipeline_version,)).fetchone()[0])

    @_mapped
    def rejects(self) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT origin, reason, message, first_seen, last_seen, count FROM rejects"
            f" ORDER BY last_seen DESC, {self.dialect.rowid} DESC"
        ).fetchall()
        return [dict(r) for r in rows]

    @_mapped
    def counts(self) -> dict[str, int]:
        tables = ("documents", "clusters", "rejects", "statements", "positions", "commitments", "analyses")
        return {t: int(self._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}

    @_mapped
    def analysis(self, doc_id: str) -> dict[str, Any] | None:
        """The latest stored analysis of a document, as Analysis.to_dict() JSON."""
        row = self._conn.execute(
            f"SELECT result FROM analyses WHERE doc_id = ? ORDER BY created_at DESC, {self.dialect.rowid} DESC LIMIT 1",
            (doc_id,),
        ).fetchone()
        return json.loads(row["result"]) if row else None

    @_mapped
    def newest_published(self) -> str | None:
        """The newest publication date (ISO) of a stored document, None when none is dated: where
        the default period of the views over time (the corpus's last 12 months) ends."""
        row = self._conn.execute("SELECT max(published) FROM documents WHERE published IS NOT NULL").fetchone()
        return str(row[0])[:10] if row and row[0] else None

    @_mapped
    def positions(self, *, actor: str | None = None, issue: str | None = None, stance: str | None = None,
                  since: date | str | None = None, until: date | str | None = None, limit: int = 100,
                  offset: int = 0, one_per_cluster: bool = True, actor_ids: Sequence[str] | None = None,
                  mention: str | None = None, source: str | None = None, lang: str | None = None,
                  order: str | None = None) -> list[dict[str, Any]]:
        """Positions (actor x issue x stance) of each document's latest analysis, in date order
        (``order``: "date", "-date" or "actor"). ``actor_ids``, ``mention``, ``source``, ``lang``: as for
        ``statements``."""
        return query_positions(self._conn, self.dialect, actor=actor, issue=issue, stance=stance, since=since,
                               until=until, limit=limit, offset=offset, one_per_cluster=one_per_cluster,
                               actor_ids=_ids(actor_ids), mention=mention, source=source, lang=lang, order=order)

    @_mapped
    def facets(self, kind: str, *, names: Sequence[str] | None = None, top: int | None = 10,
               **filters: Any) -> dict[str, Any]:
        """How many records of ``kind`` (statements, positions, commitments, documents) that the
        query ``filters`` keeps have each actor, issue, stance/type/act, outlet and language
        (``store.facets.facet_counts``): ``{"total", "facets": {name: [{value, label, count}]}}``."""
        if "actor_ids" in filters:
            filters["actor_ids"] = _ids(filters["actor_ids"])
        return facet_counts(self._conn, self.dialect, self._statement_text_clause, kind, names=names, top=top,
                            **filters)

    @_mapped
    def commitments(self, *, actor: str | None = None, issue: str | None = None, act: str | None = None,
                    since: date | str | None = None, until: date | str | None = None, limit: int = 100,
                    offset: int = 0, one_per_cluster: bool = True, actor_ids: Sequence[str] | None = None,
                    mention: str | None = None) -> list[dict[str, Any]]:
        """Commitments (pledges, demands, refusals, ...) of each document's latest analysis, in date order."""
        return query_commitments(self._conn, self.dialect, actor=actor, issue=issue, act=act, since=since,
                                 until=until, limit=limit, offset=offset, one_per_cluster=one_per_cluster,
                                 actor_ids=_ids(actor_ids), mention=mention)

    def timeline(self, *, actor: str | None = None, issue: str | None = None,
                 since: date | str | None = None, until: date | str | None = None,
                 limit: int = 1000, actor_ids: Sequence[str] | None = None,
                 mention: str | None = None) -> list[dict[str, Any]]:
        """An actor's (or an issue's) statements and positions merged in date order, each with ``kind``."""
        who = dict(actor=actor, actor_ids=actor_ids, mention=mention)
        stmts = self.statements(**who, since=since, until=until, limit=limit, one_per_cluster=True) \
            if (actor or actor_ids is not None or mention) and not issue else []
        return timeline(stmts, self.positions(**who, issue=issue, since=since, until=until, limit=limit))

    def changes(self, *, actor: str | None = None, issue: str | None = None,
                since: date | str | None = None, until: date | str | None = None,
                actor_ids: Sequence[str] | None = None, mention: str | None = None) -> list[dict[str, Any]]:
        """Stance shifts of linked actors, confident evidence on both sides (``recordviews.stance_changes``
        with the setting ``change_min_confidence``)."""
        return stance_changes(self.positions(actor=actor, issue=issue, since=since, until=until, limit=100000,
                                             actor_ids=actor_ids, mention=mention),
                              min_confidence=getattr(self.options, "change_min_confidence", 0.6))

    def disagreements(self, *, issue: str, since: date | str | None = None,
                      until: date | str | None = None, actor_ids: Sequence[str] | None = None) -> dict[str, Any]:
        """The camps on ``issue`` in the period (``recordviews.camps``: who supports, opposes, sets
        conditions, ...); with ``actor_ids``, only these actors' places in them."""
        found = camps(self.positions(issue=issue, since=since, until=until, limit=100000), issue)
        if actor_ids is not None:
            wanted = set(actor_ids)
            found["camps"] = {k: [m for m in v if m["actor_key"] in wanted] for k, v in found["camps"].items()}
        return found

    @_mapped
    def actors(self, *, match: str | None = None, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """The resolved actors that statements, positions and commitments of each document's latest
        analysis name: ``id``, ``name``, ``wikidata`` and ``records`` (how many), most records first.
        ``match`` keeps those whose id or Wikidata id is it, or whose name is it ignoring (ASCII)
        case; ``ids`` keeps these ids. (Unresolved mentions are no actors: see ``mention``.)"""
        found: dict[str, dict[str, Any]] = {}
        for table, alias in (("statements", "s"), ("positions", "p"), ("commitments", "c")):
            where, params = [f"{alias}.actor_id IS NOT NULL"], []
            if match is not None:
                where.append(f"({alias}.actor_id = ? OR {alias}.actor_wikidata = ?"
                             f" OR {self.dialect.nocase_eq(alias + '.actor_name')})")
                params += [match] * 3
            if ids is not None:
                where.append(in_list(f"{alias}.actor_id", list(ids)))
                params += list(ids)
            where.append(latest_analysis(alias, self.dialect))  # last: only for the rows that match
            rows = self._conn.execute(
                f"SELECT {alias}.actor_id, max({alias}.actor_name), max({alias}.actor_wikidata), count(*)"
                f" FROM {table} {alias} WHERE {' AND '.join(where)} GROUP BY {alias}.actor_id", params).fetchall()
            for actor_id, name, wikidata, n in rows:
                entry = found.setdefault(actor_id, {"id": actor_id, "name": name, "wikidata": wikidata, "records": 0})
                entry["records"] += int(n)
        return sorted(found.values(), key=lambda a: (-a["records"], a["id"]))

    @_mapped
    def statements(self, *, actor: str | None = None, since: date | str | None = None,
                   until: date | str | None = None, type: str | None = None, text: str | None = None,
                   channel: str | None = None, issue: str | None = None, topic: int | str | None = None,
                   limit: int = 100, offset: int = 0, one_per_cluster: bool = False,
                   newest_first: bool = False, actor_ids: Sequence[str] | None = None,
                   mention: str | None = None, source: str | None = None, lang: str | None = None,
                   order: str | None = None) -> list[dict[str, Any]]:
        """Statements of each document's latest analysis, ordered by publication date.

        ``actor_ids`` keeps the statements of these actors (ids as ``actors`` gives them; the
        adapters resolve a name to ids first, see ``recordviews.resolve_actors``); ``mention``
        the statements whose speaker mention, as written, contains it (ignoring ASCII case);
        ``actor`` (a lower-level filter) matches an actor id, Wikidata id, actor name or speaker
        mention exactly;
        ``text`` is a full-text search over quote, speaker and cue; ``channel`` is the
        channel ("X", "Pressekonferenz"); ``issue`` a catalogue issue id; ``topic`` a CAP
        major topic code (among a statement's best two); ``one_per_cluster`` keeps one
        statement per (story cluster, speaker, quote); ``newest_first`` reverses the order;
        ``order`` ("date", "-date", "actor": speaker A-Z) overrides it; ``source``, ``lang``: of the document.
        """
        return query_statements(self._conn, self.dialect, self._statement_text_clause, actor=actor, since=since,
                                until=until, type=type, text=text, channel=channel, issue=issue, topic=topic,
                                limit=limit, offset=offset, one_per_cluster=one_per_cluster,
                                newest_first=newest_first, actor_ids=_ids(actor_ids), mention=mention,
                                source=source, lang=lang, order=order)

    def to_pandas(self, kind: str, **filters: Any) -> Any:
        """Records of ``kind`` (statements, positions, commitments, conditions, documents) as a pandas
        DataFrame with the columns of `lagebild export` in their order and typed (``store/export.py``);
        ``filters`` as for the query of that kind, every record by default. Needs pandas
        (``MissingDependency`` otherwise: ``pip install 'lagebild[pandas]'``)."""
        from .export import to_pandas

        return to_pandas(self, kind, **filters)

    @_mapped
    def search(self, query: str, *, limit: int = 20, offset: int = 0, raw: bool = False,
               marks: tuple[str, str] = ("[", "]")) -> list[dict[str, Any]]:
        """Full-text search over document titles and texts, best first (lower ``rank`` is better).

        ``raw=False`` (default) searches for the words of ``query`` whatever its
        punctuation; ``raw=True`` takes the FTS5 query syntax (AND/OR/NOT,
        "phrases", prefix*, parentheses) and raises QueryError if it is malformed.
        """
        return self._search_documents(query, limit=limit, offset=offset, raw=raw, marks=marks)
