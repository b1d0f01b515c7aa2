"""Connecting to a Dask cluster: an existing scheduler, or a local one for this run."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Any, Iterator

from ..errors import ConfigError


# Measured on the fast pipeline (2 workers, 2 cores): the workers' sampling profiler
# (a thread taking the GIL every 10 ms) cost 11% of their CPU time. The periodic
# callbacks below exist for the dashboard (not started here) and for fine-grained
# event-loop and memory monitoring; at their defaults (20 ms, 500 ms, 100 ms) an idle
# 2-worker cluster took 8% of one core (workers 2% each, client 4%), 0.7% with these.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@contextmanager
def dask_client(*, scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A distributed.Client: to ``scheduler`` (tcp://HOST:PORT), or to a LocalCluster of
    ``workers`` single-threaded worker processes (the analysis is CPU-bound Python,
    so one thread per process avoids contention on the GIL)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}",
                              hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`") from exc
        try:
            yield client
        finally:
            client.close()
        return
    if not workers or workers < 1:
        raise ConfigError(f"--workers must be 1 or more, got {workers}")
    import dask

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def worker_count(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))
