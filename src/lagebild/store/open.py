"""Opening a store: the one place that reads database URLs and pools stores.

``open_store`` opens one store for one caller. ``open_pool`` opens a database
once (creating and migrating it) for a multi-threaded server and then lends
stores from it: read-only ones for reading, several at a time, and one
read-write store to one writer at a time. Nothing is migrated again per request.

URLs: ``postgresql://user@host:port/dbname`` (also ``postgres://`` and
``postgresql+driver://``) names a PostgreSQL database; anything else is an
SQLite file: a path, ``sqlite:///relative/path``, ``sqlite:////absolute/path``
or ``:memory:``.
"""
from __future__ import annotations

import queue
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..errors import StoreError, StoreMissing
from .base import BaseStore
from .sqlite import Store, open_sqlite

__all__ = ["StorePool", "is_postgres_url", "open_pool", "open_store", "require_existing", "resolve_url"]


def _scheme(url: str) -> str:
    url = url.strip()
    return url.split("://", 1)[0].lower() if "://" in url else ""


def is_postgres_url(url: str) -> bool:
    scheme = _scheme(url)
    return scheme in {"postgresql", "postgres"} or scheme.startswith("postgresql+")


def resolve_url(url: str) -> str:
    """A file path or ":memory:" for sqlite3.connect, from what the user passed."""
    if not url or not url.strip():
        raise StoreError("no database given", hint="pass a file path, sqlite:///path or :memory:")
    url = url.strip()
    scheme = _scheme(url)
    if is_postgres_url(url):
        raise StoreError(f"{url!r} is a PostgreSQL URL, not an SQLite file",
                         hint="open it with lagebild.store.open_store")
    if scheme == "sqlite":
        # SQLAlchemy spelling: sqlite:///relative/path, sqlite:////absolute/path.
        rest = url[len("sqlite://"):]
        if rest in {"", "/", "/:memory:"}:
            return ":memory:"
        if not rest.startswith("/"):
            raise StoreError(f"cannot read database URL {url!r}",
                             hint="write sqlite:///relative/path or sqlite:////absolute/path")
        return rest[1:]
    if scheme:
        raise StoreError(f"unsupported database URL scheme {scheme!r} in {url!r}",
                         hint="use a SQLite file (a path, sqlite:///path or :memory:) or postgresql://...")
    return url


def require_existing(url: str) -> None:
    """Raise ``StoreMissing`` (naming the path) when ``url`` is an SQLite file that does not
    exist, or lies in a folder that does not; PostgreSQL URLs and ``:memory:`` always pass."""
    if url and is_postgres_url(url):
        return
    target = resolve_url(url)
    if target == ":memory:":
        return
    path = Path(target)
    if path.exists():
        return
    folder = path.parent
    where = f" (the folder {str(folder)!r} does not exist either)" if not folder.exists() else ""
    raise StoreMissing(f"no store at {target!r}{where}")


def open_store(url: str, *, options: Any = None, create: bool = True) -> BaseStore:
    """Open (migrating as needed) the store at ``url``; ``create``: create it (an SQLite file
    and its folders) if it does not exist, else ``StoreMissing`` for a missing file."""
    if not create:
        require_existing(url)
    if url and is_postgres_url(url):
        from .postgres import open_postgres  # psycopg is only needed here

        return open_postgres(url, options=options)
    return open_sqlite(resolve_url(url), options=options, url=url)


class StorePool:
    """Stores over one database, shared by the threads of a server.

    Opening the pool opens the database once, creating and migrating it, so
    that it fails at start-up rather than on the first request. ``reader()``
    lends a read-only store for one request; ``writer()`` the read-write store,
    to one request at a time (``write_lock``). ``close()`` closes what is idle;
    a pool used again after it opens what it needs again, without migrating.
    """

    def __init__(self, url: str, options: Any):
        self.url = url
        self.options = options
        self.write_lock = threading.Lock()  # one writer at a time; SQLite has one writer anyway

    def reader(self) -> Any:
        """A context manager lending a read-only store."""
        raise NotImplementedError

    @contextmanager
    def writer(self) -> Iterator[BaseStore]:
        """The read-write store for one request; one request at a time."""
        with self.write_lock, self._lend_writer() as store:
            yield store

    def _lend_writer(self) -> Any:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _SqlitePool(StorePool):
    """Up to ``keep`` idle read-only stores over one database file, and one writer.

    Each connection is lent to one request at a time (a LIFO queue), which makes
    sharing it between threads safe; WAL mode lets all of them read while the
    writer commits.
    """

    def __init__(self, url: str, options: Any, *, keep: int):
        super().__init__(url, options)
        target = resolve_url(url)
        if target == ":memory:":
            raise StoreError("the web server needs a database file, not :memory:",
                             hint="pass a file path such as lagebild.db")
        self.path = target
        self._keep = keep
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        # Opening read-write creates and migrates the file, so readers find the schema.
        self._writer: Store | None = open_sqlite(target, options=options, url=url, shared=True)
        self._hasher = self._writer.hasher

    @contextmanager
    def reader(self) -> Iterator[Store]:
        try:
            store = self._idle.get_nowait()
        except queue.Empty:
            store = open_sqlite(self.path, options=self.options, url=self.url, read_only=True,
                                hasher=self._hasher)
        try:
            yield store
        finally:
            if self._idle.qsize() < self._keep:
                self._idle.put(store)
            else:
                store.close()

    @contextmanager
    def _lend_writer(self) -> Iterator[Store]:
        if self._writer is None:
            self._writer = open_sqlite(self.path, options=self.options, url=self.url, shared=True,
                                       migrate=False, hasher=self._hasher)
        yield self._writer

    def close(self) -> None:
        with self.write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


class _PostgresPool(StorePool):
    """Connection pools (psycopg_pool): up to ``keep`` read-only connections, one read-write."""

    def __init__(self, url: str, options: Any, *, keep: int):
        super().__init__(url, options)
        from .postgres import open_postgres

        with open_postgres(url, options=options) as template:  # connects and migrates, once
            self._template = template
        self._keep = keep
        self._lock = threading.Lock()
        self._readers: Any = None
        self._writers: Any = None

    def _pool(self, read_only: bool) -> Any:
        from .postgres import PostgresPool

        with self._lock:
            name = "_readers" if read_only else "_writers"
            if getattr(self, name) is None:
                setattr(self, name, PostgresPool(self.url, self._template, read_only=read_only,
                                                 size=self._keep if read_only else 1))
            return getattr(self, name)

    @contextmanager
    def reader(self) -> Iterator[BaseStore]:
        with self._pool(read_only=True).store() as store:
            yield store

    def _lend_writer(self) -> Any:
        return self._pool(read_only=False).store()

    def close(self) -> None:
        with self._lock:
            pools, self._readers, self._writers = (self._readers, self._writers), None, None
        for pool in pools:
            if pool is not None:
                pool.close()


def open_pool(url: str, *, options: Any = None, keep: int = 16, create: bool = True) -> StorePool:
    """A ``StorePool`` over the database at ``url`` (not ``:memory:``), opened and migrated now;
    ``create``: create a missing SQLite file, else ``StoreMissing``."""
    from ..settings import make_options

    if not create:
        require_existing(url)
    options = options if options is not None else make_options()
    if url and is_postgres_url(url):
        return _PostgresPool(url, options, keep=keep)
    return _SqlitePool(url, options, keep=keep)
