"""The seres-etl flow: raw text -> documents -> facts -> validated facts -> metrics and checks
-> Parquet. Each task is a thin wrapper over a `seres_etl` function; the flow is the
pipeline's table of contents.

Runs are incremental: only new or changed files are extracted (in batches, each written as a
part keyed by its content and the extractor version, so a retried run does not redo finished
batches); unchanged files keep their rows; removed files lose theirs. One run at a time per
output folder. Each run publishes a markdown and a table artifact, a progress artifact while
it extracts, and writes an HTML report to `<out>/report/index.html`.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import errno
import gc
import functools
import hashlib
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, NamedTuple

import pandas as pd
import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.artifacts import create_markdown_artifact, create_progress_artifact, create_table_artifact, update_progress_artifact
from prefect.futures import as_completed
from prefect.runtime import flow_run as this_flow_run
from prefect.utilities.annotations import quote

import seres_etl
from seres_etl import documents, html_report, manifest, merge as merging, parquet_io, parts, report
from seres_etl.lock import output_lock
from seres_etl.version import extractor_version

from .runners import offload, offload_map, release, slots

DEFAULT_BATCH_SIZE = None  # chosen per run by batch_size_for()
MIN_BATCH, MAX_BATCH, BATCHES_PER_SLOT = 200, 1000, 8


def batch_size_for(documents: int, slots: int) -> int:
    """Documents per extraction task when the caller does not say: about BATCHES_PER_SLOT
    batches per worker (the last batches to finish leave the other workers idle for at most
    an eighth of the work), between MIN_BATCH and MAX_BATCH. Each task run costs Prefect a
    fixed amount of CPU (its states, logs and progress, ~0.2 s on the machine measured), taken
    from the workers: 100k documents in 1,000-document batches are 100 task runs, not 500."""
    return max(MIN_BATCH, min(MAX_BATCH, -(-documents // (slots * BATCHES_PER_SLOT))))


class Work(NamedTuple):
    """A task's result and the wall-clock interval (epoch seconds) its work took."""
    value: Any
    task: str
    start: float
    end: float


def _timed(fn):
    """Tasks return `Work`: the flow reports how much of a run was task work (the rest is
    orchestration), even for tasks that ran in another process."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        start = time.time()
        value = fn(*args, **kwargs)
        return Work(value, fn.__name__, start, time.time())
    return run


_PERMANENT = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EDQUOT, errno.ENOENT}


def _io_error(task, run, state) -> bool:
    """Retry only on I/O errors that may pass: not a full disk or a read-only folder, and not
    anything else, which would fail the same way again."""
    try:
        state.result()
    except OSError as e:
        return e.errno not in _PERMANENT
    except Exception:
        return False
    return False


def _part_key(context, parameters) -> str:
    """Cache by batch content and extractor version, per output folder (the cached result names
    that folder's part: the same batch built for another folder must not stand in for it);
    a part whose files are gone is redone."""
    key, out = parameters["key"], parameters["out"]
    scoped = f"{key}-{hashlib.blake2b(str(Path(out).resolve()).encode(), digest_size=6).hexdigest()}"
    return scoped if parts.finished(out, key) is not None else f"{scoped}-redo-{dt.datetime.now().timestamp()}"


@task(name="discover", cache_policy=NO_CACHE)
@_timed
def discover(raw: str) -> list[str]:
    return [p.as_posix() for p in documents.discover(raw)]


@task(name="plan", cache_policy=NO_CACHE)
@_timed
def plan(paths: list[str], out: str, version: str) -> manifest.Plan:
    return manifest.plan(paths, out, version, published=tuple(merging.FILES.values()))


@task(name="extract", retries=2, retry_delay_seconds=1, retry_condition_fn=_io_error,
      cache_key_fn=_part_key, persist_result=True, cache_expiration=dt.timedelta(days=7))
@_timed
def extract(paths: list[str], raw: str, out: str, key: str, version: str, run_time: dt.datetime,
            max_bytes: int) -> parts.PartSummary:
    """Read, extract, validate and derive one batch of files into a part (on the runner's
    worker processes or Dask cluster: see flows/runners.py)."""
    return offload(parts.build, paths, raw, out, key, version, run_time, max_bytes)


@task(name="merge", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1, retry_condition_fn=_io_error)
@_timed
def merge(out: str, unchanged: list[str], part_dirs: list[str], metadata: dict[str, str]) -> merging.Merged:
    return merging.merge(out, unchanged, [Path(d) for d in part_dirs], metadata)


@task(name="consolidate", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1, retry_condition_fn=_io_error)
@_timed
def consolidate(out: str, merged: merging.Merged, metadata: dict[str, str], on_workers: bool = False) -> merging.Merged:
    """One number per fact across documents: entities, series, monthly, cross-document checks.
    The entity groups are consolidated here, one after the other, or with `on_workers` on the
    runner's workers (faster, but the workers' memory adds to the flow's: see the README)."""
    if not on_workers:
        return merging.consolidate(out, merged, metadata)
    try:
        return merging.consolidate(out, merged, metadata, map_fn=offload_map)
    finally:
        release()  # (the workers exit: their memory is free for the report)


@task(name="write", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1, retry_condition_fn=_io_error)
@_timed
def write(out: str, merged: merging.Merged, entries: list[manifest.Entry]) -> list[str]:
    """Publish: rename the staged tables over the old ones, then write the manifest."""
    written = [p.as_posix() for p in parquet_io.commit(merged.staged)]
    parquet_io.write_arrow(manifest.to_table(entries), Path(out) / manifest.MANIFEST)
    root = Path(out) / parts.PARTS_DIR
    if root.is_dir():  # parts are consumed once published
        for d in root.iterdir():
            shutil.rmtree(d, ignore_errors=True)
    return written


@task(name="write-manifest", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1, retry_condition_fn=_io_error)
def write_manifest(out: str, entries: list[manifest.Entry]) -> None:
    parquet_io.write_arrow(manifest.to_table(entries), Path(out) / manifest.MANIFEST)


@task(name="report", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1, retry_condition_fn=_io_error)
def write_report(out: str, summary: dict, run_time: dt.datetime) -> str:
    """The HTML report of the published tables: `<out>/report/index.html` (written atomically)."""
    html_report.discard_scratch(out)  # a killed run's half-rendered report
    return html_report.write_report(out, summary, generated_at=run_time).as_posix()


# Listeners told of extraction progress, (batches done, batches in all): the command line
# draws a progress bar with them. The Prefect UI shows the `seres-etl-progress` artifact.
_progress_listeners: list[Callable[[int, int], None]] = []


@contextmanager
def on_progress(listener: Callable[[int, int], None]):
    """Call `listener(done, total)` as batches are extracted by flow runs in this process."""
    _progress_listeners.append(listener)
    try:
        yield listener
    finally:
        _progress_listeners.remove(listener)


def _notify(done: int, total: int) -> None:
    for listener in list(_progress_listeners):
        try:
            listener(done, total)
        except Exception:  # noqa: BLE001 - a display must never fail the run
            pass


@flow(name="seres-etl", log_prints=True)
def seres_etl_flow(raw: str = "raw", out: str = "output", batch_size: int | None = DEFAULT_BATCH_SIZE,
                   max_bytes: int = documents.DEFAULT_MAX_BYTES, consolidate_on_workers: bool = False) -> dict:
    try:
        return _run(raw, out, batch_size, max_bytes, consolidate_on_workers)
    except OSError as e:
        if e.errno in _PERMANENT:  # a full disk, a read-only folder: say which, the old tables stay
            raise parquet_io.output_error(e, Path(out), "cannot write tables to") from None
        raise


def _run(raw: str, out: str, batch_size: int | None, max_bytes: int, consolidate_on_workers: bool = False) -> dict:
    log = get_run_logger()
    version = extractor_version()
    run_time = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    work: list[dict] = []  # when each task's work ran: the rest of the run is orchestration

    def done(w: Work):
        if not isinstance(w, Work):  # a batch cached by an earlier version of this flow
            return w
        work.append({"task": w.task, "start": w.start, "end": w.end})
        return w.value

    with output_lock(out):
        merging.recover(out)  # finish a commit a killed run left half done; drop its scratch files
        paths = done(discover(raw))
        # quote(): Prefect does not walk large arguments looking for futures (seconds at 100k files)
        todo = done(plan(quote(paths), out, version))
        log.info("%d input files: %d new, %d changed, %d unchanged, %d removed%s",
                 len(paths), len(todo.new), len(todo.changed), len(todo.unchanged), len(todo.removed),
                 f", {len(todo.reread)} read again (a doc_id they lost may be free)" if todo.reread else "")

        size = batch_size or batch_size_for(len(todo.extract), slots())
        batches = [todo.extract[i:i + size] for i in range(0, len(todo.extract), size)]
        progress = create_progress_artifact(progress=0.0, key="seres-etl-progress",
                                            description="batches of documents extracted") if batches else None
        futures = [extract.submit(b, raw, out, parts.batch_key(b, [todo.current[p][2] for p in b], version),
                                  version, run_time, max_bytes) for b in batches]
        summaries = []
        _notify(0, len(futures))
        for i, f in enumerate(as_completed(futures), start=1):
            summaries.append(done(f.result()))
            if progress is not None:
                update_progress_artifact(progress, progress=100.0 * i / len(futures))
            log.info("extracted batch %d/%d", i, len(futures))
            _notify(i, len(futures))
        release()  # the worker processes' memory is free for the merge
        _return_memory()

        if not todo.extract and not todo.removed and _published(out):
            log.info("no input changed since the last run: nothing extracted, tables left as they are")
            written = [str(Path(out) / f) for f in merging.FILES.values()]
            if todo.touched:  # same content, new times: remember them so they are not hashed again
                write_manifest(out, quote(manifest.entries_after(todo, {}, version, run_time)))
        else:
            metadata = {"pipeline_version": seres_etl.__version__, "extractor_version": version,
                        "run_time": run_time.isoformat()}
            merged = None
            try:
                merged = done(merge(out, quote([manifest.key(p) for p in todo.unchanged]),
                                    quote([_part_of(out, s) for s in summaries]), metadata))
                merged = done(consolidate(out, quote(merged), metadata, consolidate_on_workers))
                extracted = {p: tuple(merged.doc_ids.get(manifest.key(p), ())) for p in todo.extract}
                entries = manifest.entries_after(todo, extracted, version, run_time, kept=merged.doc_ids,
                                                 extracted_at=merged.extracted_at)
                written = done(write(out, quote(merged), quote(entries)))
            except BaseException:
                if merged is not None:
                    parquet_io.discard(merged.staged)
                raise

        files = {**{f"files_{k}": v for k, v in todo.summary().items()}, "documents_extracted": len(todo.extract)}
        # the run's file lists, batch results and manifest entries (100k each at 100k files) are
        # done with: freed, with what the merge and consolidation freed, before the report reads
        paths = todo = batches = futures = summaries = merged = entries = extracted = None  # noqa: F841
        _return_memory()
        start = time.time()
        tables = _tables(out)  # read once, the columns the summary and the artifacts need
        s = _summary(tables, files)
        log.info("documents %(documents)d (%(documents_rejected)d rejected), facts %(facts)d, "
                 "quarantined %(quarantined)d, metrics %(metrics)d, checks %(checks)d "
                 "(%(checks_failed)d failed), series %(series)d (%(series_conflicts)d conflicts), "
                 "entities %(entities)d (%(entities_unregistered)d not in the registry)", s)
        _publish(tables, s)
        del tables
        _return_memory()
        page = write_report(out, s, run_time)
        work.append({"task": "summary", "start": start, "end": time.time()})
        log.info("HTML report: %s", page)
    return {"summary": s, "tables": written, "report": page, "flow_run_id": str(this_flow_run.id), "work": work}


def _return_memory() -> None:
    """Give freed memory back to the system between stages: Arrow's allocator and the C
    library keep freed memory for reuse, so each stage's peak would add up in the process's
    resident size instead of following one another."""
    gc.collect()
    try:
        pa.default_memory_pool().release_unused()
    except Exception:  # noqa: BLE001 - an allocator without it
        pass
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except Exception:  # noqa: BLE001 - not glibc (macOS, musl): nothing to do
        pass


def _part_of(out: str, s: parts.PartSummary) -> str:
    """This output folder's finished part for a batch (never a path a cached result recorded)."""
    if parts.finished(out, s.key) is None:
        raise RuntimeError(f"batch part {s.key} is not finished in {out}")
    return parts.part_dir(out, s.key).as_posix()


def _published(out: str) -> bool:
    return (Path(out) / manifest.MANIFEST).is_file() and all((Path(out) / f).is_file() for f in merging.FILES.values())


def _tables(out: str) -> dict[str, pd.DataFrame]:
    """The published tables, only the columns the report reads."""
    return {t: parquet_io.read_table(Path(out) / merging.FILES[t], columns=c) for t, c in report.COLUMNS.items()}


def _summary(t: dict[str, pd.DataFrame], files: dict[str, int]) -> dict:
    s = report.summary(t["documents"], t["facts"], t["quarantine"], t["metrics"], t["checks"],
                       t["entities"], t["series"])
    s.update(files)
    return s


def _publish(tables: dict[str, pd.DataFrame], s: dict) -> None:
    docs, facts, quarantine, checks = tables["documents"], tables["facts"], tables["quarantine"], tables["checks"]
    create_markdown_artifact(markdown=report.markdown(s, docs, facts, quarantine, checks, tables["entities"]),
                             key="seres-etl-run-summary", description="seres-etl run summary")
    create_table_artifact(table=report.table_rows(facts, quarantine, checks),
                          key="seres-etl-tables", description="facts by metric, quarantined rows and failed checks, counted")
