"""Where a run's extraction batches execute: the task runner handed to the flow with
`seres_etl_flow.with_options(task_runner=...)`.

Prefect tasks always run in threads of the flow process: that is where the orchestration
happens (task states, retries, the cache of finished batches), against the flow's own API
(the temporary local server by default). The CPU-bound work a task hands to `offload` runs
elsewhere, on the runner's executor:

- `processes` (the default): a pool of worker processes, one per core, started on the first
  batch and stopped when the batches are done (`release`), so that their memory is free for
  the merge. Extraction is pure Python, so threads would share one core (the GIL). The
  workers import `seres_etl` only, not Prefect, and never talk to the Prefect API.
- `threads`: in the task's own thread, one thread per core; they share one core (the GIL),
  so this is for debugging.
- a Dask cluster (`dask_address`): the work goes to the cluster's workers through
  `distributed.Client`; the workers need `seres-etl` installed and must see the raw and
  output folders at the same paths (a shared file system).

The runner has as many threads as its executor has slots, so a task waits only for its own
work, and the time a task reports as work is the time its work ran.

Why not Prefect's ProcessPoolTaskRunner or prefect-dask's DaskTaskRunner: both run the whole
task engine in the worker processes, which then import Prefect and must reach the flow's API.
With the temporary local server they cannot (every worker starts a server of its own), and
on a remote Dask cluster the workers would need a Prefect server they can reach. The
benchmark in `bench/` measured both (see the README).
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any, Callable, TypeVar

from prefect.task_runners import ThreadPoolTaskRunner

RUNNERS = ("processes", "threads")
R = TypeVar("R")

_active: list["WorkTaskRunner"] = []  # the runners currently entered (innermost last)
_lock = threading.Lock()


def offload(fn: Callable[..., R], *args: Any) -> R:
    """Run fn(*args) on the active runner's executor (or here, if there is none) and wait."""
    with _lock:
        runner = _active[-1] if _active else None
    ex = runner.executor() if runner is not None else None
    if ex is None:
        return fn(*args)
    return ex.submit(fn, *args).result()


def offload_map(fn: Callable[..., R], *iterables: Any) -> list[R]:
    """fn over the arguments (as `map` takes them) on the active runner's executor, all
    submitted at once; the results in the arguments' order (here, one after the other, if
    there is no executor)."""
    with _lock:
        runner = _active[-1] if _active else None
    ex = runner.executor() if runner is not None else None
    if ex is None:
        return list(map(fn, *iterables))
    futures = [ex.submit(fn, *args) for args in zip(*iterables)]
    return [f.result() for f in futures]


def slots() -> int:
    """How many batches the active runner works on at once (worker processes, Dask worker
    threads), or this machine's cores without one."""
    with _lock:
        runner = _active[-1] if _active else None
    return max(1, runner._max_workers if runner is not None else (os.cpu_count() or 1))


def release() -> None:
    """No more work to offload for now: local worker processes exit (and free their memory
    for the merge); they are started again if more work comes."""
    with _lock:
        runner = _active[-1] if _active else None
    if runner is not None:
        runner.release()


class WorkTaskRunner(ThreadPoolTaskRunner):
    """A thread per executor slot for Prefect's tasks; `offload`ed work runs on the executor
    (worker processes started on first use, or a Dask cluster)."""

    def __init__(self, kind: str = "processes", workers: int | None = None, dask_address: str | None = None):
        if kind not in RUNNERS:
            raise ValueError(f"unknown task runner {kind!r} (expected one of {', '.join(RUNNERS)})")
        self.kind, self.workers, self.dask_address = kind, workers, dask_address
        self._pool: ProcessPoolExecutor | None = None
        self._client = None
        self._pool_lock = threading.Lock()
        super().__init__(max_workers=workers or os.cpu_count() or 1)

    def duplicate(self) -> "WorkTaskRunner":
        return type(self)(self.kind, self.workers, self.dask_address)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, WorkTaskRunner)
                and (self.kind, self.workers, self.dask_address) == (other.kind, other.workers, other.dask_address))

    def executor(self) -> Executor | None:
        if self._client is not None:
            return self._client.get_executor(pure=False)
        if self.kind != "processes":
            return None
        with self._pool_lock:
            if self._pool is None:
                # spawn: the flow process runs threads. The workers import seres_etl, not
                # Prefect, and load the registry before their first batch.
                from seres_etl.grammar.entities import default_registry
                self._pool = ProcessPoolExecutor(self._max_workers, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=default_registry)
            return self._pool

    def release(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self):
        if self.dask_address:
            from distributed import Client
            self._client = Client(self.dask_address)
            self._max_workers = max(1, sum(self._client.nthreads().values()))
        super().__enter__()
        with _lock:
            _active.append(self)
        return self

    def __exit__(self, *exc):
        try:
            super().__exit__(*exc)
        finally:
            with _lock:
                _active.remove(self)
            self.release()
            if self._client is not None:
                self._client.close()
                self._client = None


def task_runner(kind: str = "processes", workers: int | None = None,
                dask_address: str | None = None) -> WorkTaskRunner:
    if dask_address:
        import distributed  # noqa: F401  (fail early, with the extra to install)
    return WorkTaskRunner(kind, workers, dask_address)


