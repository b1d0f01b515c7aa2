"""A throwaway PostgreSQL server for tests: one per test session, started on first use.

``server()`` finds initdb (PATH, then Debian's /usr/lib/postgresql/*/bin),
installs Debian's ``postgresql`` package with apt-get if it is missing and we
are root (and skips the calling test, saying why, where neither works), runs initdb into a temporary folder, starts postgres on 127.0.0.1
with a free port (and its socket in that folder), and stops it and removes the
folder when the interpreter exits. postgres refuses to run as root, so as root
the folder belongs to the ``postgres`` user and the server runs as that user.
"""
from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER_USER = "postgres"  # created by Debian's postgresql package


def _find_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _install() -> str | None:
    """Install Debian's postgresql; None when done, else why it is not available."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return ("PostgreSQL (initdb) is not installed and cannot be installed here: "
                "apt-get install postgresql, or run the tests as root on Debian/Ubuntu")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # an interrupted dpkg run blocks every apt-get install until it is finished
    subprocess.run(["dpkg", "--configure", "-a"], env=env, stdout=subprocess.DEVNULL)
    for cmd in (["apt-get", "update", "-qq"],
                ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "postgresql"]):
        done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode:
            return f"PostgreSQL is not installed and `{' '.join(cmd[:2])}` failed: {done.stderr.strip()[-500:]}"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    as_root: bool

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = list(args)
        if self.as_root:
            cmd = ["runuser", "-u", SERVER_USER, "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        opts = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
                " -c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
                  "-o", opts, "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass  # already gone
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, prefix: str = "lb") -> str:
        """A new empty database; its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


_SERVER: PgServer | None = None
_UNAVAILABLE: list[str] = []  # why PostgreSQL cannot be had here, once known


def server() -> PgServer:
    """The session's server, started on first call; skips the test where PostgreSQL is not available."""
    global _SERVER
    if _UNAVAILABLE:
        pytest.skip(_UNAVAILABLE[0])
    if _SERVER is None:
        bindir = _find_bin()
        if bindir is None:
            why = _install()
            if why:
                _UNAVAILABLE.append(why)
                pytest.skip(why)
            bindir = _find_bin()
        if bindir is None:
            pytest.fail("apt-get installed postgresql but no initdb was found")
        as_root = os.geteuid() == 0
        root = Path(tempfile.mkdtemp(prefix="lagebild-pg-"))
        if as_root:
            shutil.chown(root, SERVER_USER, SERVER_USER)
        srv = PgServer(bindir, root, _free_port(), as_root)
        try:
            srv.start()
        except subprocess.CalledProcessError as exc:
            log = (root / "log").read_text() if (root / "log").exists() else ""
            srv.stop()
            pytest.fail(f"cannot start PostgreSQL: {exc.stderr}\n{log}")
        atexit.register(srv.stop)
        _SERVER = srv
    return _SERVER


# Every table a test may fill; emptied between tests that share one database.
TABLES = ("documents", "clusters", "minhash_signatures", "minhash_bands", "rejects", "analyses", "statements",
          "entities", "ingest_inputs", "seen_items", "store_meta", "positions", "commitments")


def truncate_all(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")


_SHARED: dict[str, str] = {}


def empty_shared_database() -> str:
    """One migrated database for the store tests of the whole session, emptied before each use."""
    if "url" not in _SHARED:
        from lagebild.store import open_store

        url = server().create_database("contract")
        open_store(url).close()  # migrated before the first truncate
        _SHARED["url"] = url
    truncate_all(_SHARED["url"])
    return _SHARED["url"]
