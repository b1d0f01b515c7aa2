"""Shared set-up for the API, web and browser tests: a sample store, a live server, Chromium."""
from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "samples" / "corpus"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

_built: dict[str, Path] = {}
_lock = threading.Lock()


def sample_db(workdir: Path) -> Path:
    """The sample corpus ingested and analysed once per test process (about 5 s)."""
    with _lock:
        if "db" not in _built:
            from lagebild.cli import main

            path = workdir / "samples.db"
            main(["ingest", str(CORPUS), "--db", str(path), "-q"])
            _built["db"] = path
        return _built["db"]


def copy_db(src: Path, dst: Path) -> Path:
    """A consistent copy of a WAL database (for tests that write)."""
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 in a background thread."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    access_log=False, lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def ensure_chromium() -> str | None:
    """None when Chromium is ready, else why not (installs it with apt-get when root)."""
    if os.path.exists(CHROMIUM):
        return None
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return f"{CHROMIUM} is missing and installing it needs root (apt-get install chromium)"
    if shutil.which("apt-get") is None:
        return f"{CHROMIUM} is missing and there is no apt-get to install it"
    try:
        # an interrupted dpkg run blocks every apt-get install until it is finished
        subprocess.run(["dpkg", "--configure", "-a"], capture_output=True, timeout=300,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        subprocess.run(["apt-get", "update"], check=True, capture_output=True, timeout=300)
        subprocess.run(["apt-get", "install", "-y", "chromium"], check=True, capture_output=True, timeout=600,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    except (subprocess.SubprocessError, OSError) as exc:
        return f"could not install chromium with apt-get: {exc}"
    return None if os.path.exists(CHROMIUM) else f"apt-get ran but {CHROMIUM} is still missing"
