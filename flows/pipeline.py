"""The seres-etl flow: raw text -> documents -> facts -> validated facts -> metrics and checks
-> Parquet. Each task is a thin wrapper over a `seres_etl` function; the flow is the
pipeline's table of contents.
"""
from __future__ import annotations

import datetime as dt
import errno
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.futures import wait

import seres_etl
from seres_etl import batch as batching
from seres_etl import derive as deriving
from seres_etl import documents, parquet_io, report
from seres_etl.extract import EXTRACTOR_VERSION
from seres_etl.validate import validate_facts

TABLE_FILES = {
    "documents": "documents.parquet",
    "facts": "facts.parquet",
    "quarantine": "quarantine.parquet",
    "metrics": "metrics.parquet",
    "checks": "checks.parquet",
}
DEFAULT_BATCH_SIZE = 200


@dataclass
class ValidatedBatch:
    documents: pd.DataFrame
    facts: pd.DataFrame
    quarantine: pd.DataFrame


@task(name="discover")
def discover(raw: str) -> list[str]:
    return [str(p) for p in documents.discover(raw)]


@task(name="extract", retries=2, retry_delay_seconds=1,
      retry_condition_fn=lambda task, run, state: _is_io_error(state))
def extract(paths: list[str], root: str, max_bytes: int) -> batching.Batch:
    return batching.extract_paths(paths, root=root, max_bytes=max_bytes)


@task(name="validate")
def validate(b: batching.Batch) -> ValidatedBatch:
    v = validate_facts(b.facts, b.texts)
    return ValidatedBatch(b.documents, v.facts, v.quarantine)


@task(name="derive")
def derive(facts: pd.DataFrame) -> deriving.Derived:
    return deriving.derive(facts)


@task(name="write", retries=1, retry_delay_seconds=1,
      retry_condition_fn=lambda task, run, state: _is_io_error(state))
def write(out: str, tables: dict[str, pd.DataFrame], metadata: dict[str, str]) -> list[str]:
    """All tables as one commit: every table is replaced or none (parquet_io.write_tables)."""
    written = parquet_io.write_tables(out, {name: (df, TABLE_FILES[name]) for name, df in tables.items()},
                                      metadata)
    return [p.as_posix() for p in written]


@flow(name="seres-etl", log_prints=True)
def seres_etl_flow(raw: str = "raw", out: str = "output", batch_size: int = DEFAULT_BATCH_SIZE,
                   max_bytes: int = documents.DEFAULT_MAX_BYTES) -> dict:
    log = get_run_logger()
    paths = discover(raw)
    batches = [paths[i:i + batch_size] for i in range(0, len(paths), batch_size)]
    log.info("discovered %d input files in %d batches", len(paths), len(batches))

    extracted = [extract.submit(b, raw, max_bytes) for b in batches]
    validated = [validate.submit(f) for f in extracted]
    wait(validated)
    results = [f.result() for f in validated]

    docs, facts = batching.merge_batches(
        [batching.Batch(r.documents, r.facts) for r in results])
    quarantine = _concat([r.quarantine for r in results])
    derived = derive(facts)

    tables = {"documents": docs, "facts": facts, "quarantine": quarantine,
              "metrics": derived.metrics, "checks": derived.checks}
    metadata = {"pipeline_version": seres_etl.__version__, "extractor_version": EXTRACTOR_VERSION,
                "run_time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    written = write(out, tables, metadata)

    s = report.summary(docs, facts, quarantine, derived.metrics, derived.checks)
    log.info("documents %(documents)d (%(documents_rejected)d rejected), facts %(facts)d, "
             "quarantined %(quarantined)d, metrics %(metrics)d, checks %(checks)d "
             "(%(checks_failed)d failed)", s)
    _publish(s, docs, facts, quarantine, derived.checks)
    return {"summary": s, "tables": written}


def _publish(s: dict, docs, facts, quarantine, checks) -> None:
    create_markdown_artifact(markdown=report.markdown(s, docs, facts, quarantine, checks),
                             key="seres-etl-run-summary", description="seres-etl run summary")
    rows = [{"table": "facts", **r} for r in report.facts_by_metric(facts)]
    rows += [{"table": "quarantine", "metric": r.metric, "measure": r.failed_check, "rows": 1}
             for r in quarantine.itertuples()]
    rows += [{"table": "checks (failed)", "metric": r.metric, "measure": r.check, "rows": 1}
             for r in checks[checks["status"] == "fail"].itertuples()] if len(checks) else []
    create_table_artifact(table=rows or [{"table": "facts", "metric": "-", "measure": "-", "rows": 0}],
                          key="seres-etl-tables", description="facts by metric, quarantined rows, failed checks")


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        from seres_etl.schemas import QuarantineModel, empty
        return empty(QuarantineModel)
    return pd.concat(frames, ignore_index=True)


_PERMANENT = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EDQUOT, errno.ENOENT}


def _is_io_error(state) -> bool:
    """Worth a retry: an I/O error that may pass (not a full disk or a read-only folder)."""
    try:
        state.result()
    except OSError as e:
        return e.errno not in _PERMANENT
    except Exception:
        return False
    return False
