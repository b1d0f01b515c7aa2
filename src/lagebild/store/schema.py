"""Versioned schema migrations: numbered ``migrations/NNN_name.sql`` files.

Each file runs once, in order, inside its own transaction, and is recorded in
``schema_migrations``. A database that records a version this code does not
ship was written by a newer lagebild and is refused with ``SchemaError``.
PostgreSQL has its own folder, ``migrations_pg/``, with the same versions:
the same tables and columns, spelled in its SQL (see ``migrate_postgres``).
"""
from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone
from importlib import resources

from ..errors import SchemaError, StoreError

_FILE_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")


def available_migrations(folder_name: str = "migrations") -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every shipped migration, in version order."""
    folder = resources.files("lagebild.store") / folder_name
    found = []
    for entry in folder.iterdir():
        match = _FILE_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise StoreError(f"two migration files share a version number: {[n for _, n, _ in found]}")
    return found


def refuse_newer(done: set[int], shipped: list[tuple[int, str, str]]) -> None:
    latest = shipped[-1][0] if shipped else 0
    newer = sorted(v for v in done if v > latest)
    if newer:
        raise SchemaError(
            f"the database has schema version {newer[-1]}, but this lagebild knows versions up to {latest}"
        )


def applied_versions(conn: sqlite3.Connection) -> list[int]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every pending migration; return the versions applied now.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so each
    migration's BEGIN/COMMIT is its own.
    """
    shipped = available_migrations()
    done = set(applied_versions(conn))
    refuse_newer(done, shipped)
    applied = []
    for version, name, sql in shipped:
        if version in done:
            continue
        now = datetime.now(timezone.utc).isoformat()
        try:
            # executescript runs in autocommit mode, so the transaction is spelled out.
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{sql}\n;"
                f"INSERT INTO schema_migrations(version, applied_at) VALUES ({version}, '{now}');\nCOMMIT;"
            )
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {name} failed: {exc}") from exc
        applied.append(version)
    return applied


# Several processes may open a new PostgreSQL database at once: each migration
# runs under this advisory lock and re-reads what is applied first.
PG_MIGRATION_LOCK = 0x6C616766


def migrate_postgres(conn) -> list[int]:
    """Apply every pending ``migrations_pg/`` file to a psycopg connection in autocommit mode."""
    import psycopg

    shipped = available_migrations("migrations_pg")
    applied = []
    for version, name, sql in shipped:
        try:
            with conn.transaction():
                conn.execute(f"SELECT pg_advisory_xact_lock({PG_MIGRATION_LOCK})")
                conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                             " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
                done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
                refuse_newer(done, shipped)
                if version in done:
                    continue
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migrations(version, applied_at) VALUES (%s, %s)",
                             (version, datetime.now(timezone.utc).isoformat()))
        except psycopg.Error as exc:
            raise StoreError(f"migration {name} failed: {exc}") from exc
        applied.append(version)
    return applied
