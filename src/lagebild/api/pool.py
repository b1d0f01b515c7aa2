"""Read-only store connections shared by request threads.

FastAPI runs sync endpoints (and their dependencies) on a thread pool, so a
connection may be opened on one thread and used on another. Each connection is
handed to one request at a time (a LIFO queue), which makes
``check_same_thread=False`` safe; WAL mode lets all of them read while a writer
commits. Readers open the file with ``mode=ro`` and ``query_only`` so a bug in
a read path cannot change the database.
"""
from __future__ import annotations

import queue
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

from ..errors import StoreError
from ..store import open_store
from ..store.sqlite import BUSY_TIMEOUT_MS, Store, resolve_url


class StorePool:
    """Up to ``keep`` idle read-only stores over one database file, plus a write lock."""

    def __init__(self, url: str, options: Any, *, keep: int = 16):
        self.url = url
        self.options = options
        self.write_lock = threading.Lock()  # one ingest at a time; SQLite has one writer anyway
        # Other backends (PostgreSQL) get a store per request from open_store.
        self._sqlite = not url.strip().lower().startswith(("postgres://", "postgresql://", "postgresql+"))
        if not self._sqlite:
            open_store(url, options=options).close()  # fail at start-up, not on the first request
            return
        target = resolve_url(url)
        if target == ":memory:":
            raise StoreError("the web server needs a database file, not :memory:",
                             hint="pass a file path such as lagebild.db")
        # Opening once read-write creates and migrates the file, so readers find the schema.
        open_store(url, options=options).close()
        self.path = target
        self._keep = keep
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()

    def _open_reader(self) -> Store:
        uri = "file:" + quote(str(Path(self.path).resolve())) + "?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only = ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {self.url!r} for reading: {exc}") from exc
        return Store(conn, self.options, self.path)

    @contextmanager
    def reader(self) -> Iterator[Any]:
        if not self._sqlite:
            with open_store(self.url, options=self.options) as store:
                yield store
            return
        try:
            store = self._idle.get_nowait()
        except queue.Empty:
            store = self._open_reader()
        try:
            yield store
        finally:
            if self._idle.qsize() < self._keep:
                self._idle.put(store)
            else:
                store.close()

    @contextmanager
    def writer(self) -> Iterator[Store]:
        """A read-write store for one request, used and closed on the calling thread."""
        with self.write_lock:
            store = open_store(self.url, options=self.options)
            try:
                yield store
            finally:
                store.close()

    def close(self) -> None:
        if not self._sqlite:
            return
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
