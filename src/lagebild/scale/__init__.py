"""Batch processing on Dask: the pure analysis runs on workers, the store stays with the client.

    with dask_client(workers=2) as client:
        summary = ingest_distributed(["corpus/"], store, options, client)

Inputs are split into partitions (groups of files; line ranges of JSON Lines;
record ranges of WARC files), streamed to the workers with a bounded number
in flight, and each partition's documents, analyses and rejects are written
by the client in one transaction, keyed on document id and pipeline version,
so a rerun after a crash neither loses nor duplicates anything.
"""
from .cluster import dask_client
from .driver import DistributedSummary, ingest_distributed, reanalyze_distributed
from .partitions import Partition, plan_partitions

__all__ = ["DistributedSummary", "Partition", "dask_client", "ingest_distributed", "plan_partitions",
           "reanalyze_distributed"]
