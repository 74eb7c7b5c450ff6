"""Merging a run's batch parts with the previous outputs into the published tables.

Rows of unchanged documents are carried over from the previous tables; rows of new and
changed documents come from this run's parts; rows of removed or changed documents go.
Of documents sharing an id, the first by path is kept and the others are rejected.

The merge runs in DuckDB, which sorts out of core, and its result is streamed batch by
batch into a Parquet writer with the table's explicit Arrow schema: memory stays flat
however many documents the tables hold.
"""
from __future__ import annotations

import os
import tempfile
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from . import parquet_io
from .manifest import source_file  # noqa: F401  (re-exported: parts and older callers import it here)
from .schemas import TABLES, arrow_schema, columns
from .schemas import empty as empty_frame

ORDER = {
    "documents": "path, doc_id",
    "facts": "doc_id, span_start, span_end, fact_id",
    "quarantine": "doc_id, fact_id, failed_check",
    "metrics": "doc_id, derivation, metric_id",
    "checks": "doc_id, \"check\", check_id",
}
FILES = {t: f"{t}.parquet" for t in ORDER}
BATCH_ROWS = 64_000
# a document path's input file in SQL, as `source_file` does it ('a.jsonl:3' -> 'a.jsonl', any case)
SOURCE_FILE_SQL = "regexp_replace(path, '(\\.jsonl):[0-9]+$', '\\1', 'i')"


@dataclass
class Merged:
    staged: list[tuple[Path, Path]]
    counts: dict[str, int]
    doc_ids: dict[str, list[str]]  # input file -> the doc ids it holds after the merge (for the manifest)
    extracted_at: dict[str, dt.datetime] = field(default_factory=dict)  # file read in this run -> when


def _q(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _list(paths: list[Path]) -> str:
    return "[" + ", ".join(_q(p) for p in paths) + "]"


def connect(work_dir: Path, memory_limit: str = "512MB", threads: int | None = None) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": str(work_dir),
                                 "threads": threads or max(1, min(2, os.cpu_count() or 1)),
                                 "preserve_insertion_order": False})
    return con


def merge(out_dir: str | Path, unchanged_files: list[str], part_dirs: list[Path],
          metadata: Mapping[str, str]) -> Merged:
    """Stage the five tables for `out_dir` (written beside their targets, not yet renamed)."""
    out = Path(out_dir)
    work = Path(tempfile.mkdtemp(prefix=".merge-", dir=out))
    con = connect(work)
    staged: list[tuple[Path, Path]] = []
    try:
        con.execute("CREATE TEMP TABLE unchanged(path VARCHAR)")
        if unchanged_files:
            con.executemany("INSERT INTO unchanged VALUES (?)", [(p,) for p in unchanged_files])
        prev = {t: out / f for t, f in FILES.items() if (out / f).is_file()}
        missing = [d / f"{t}.parquet" for d in part_dirs for t in ORDER if not (d / f"{t}.parquet").is_file()]
        if missing:  # a part is all five tables: never merge a run with some of its rows gone
            raise RuntimeError(f"batch part incomplete, {missing[0]} is missing")
        parts = {t: [d / f"{t}.parquet" for d in part_dirs] for t in ORDER}
        doc_cols = ", ".join(f'"{c}"' for c in columns(TABLES["documents"]))

        # documents: previous rows of unchanged files + this run's rows; then duplicates
        sources = []
        if "documents" in prev and unchanged_files:
            sources.append(
                f"SELECT {doc_cols}, path AS _src, 'prev' AS _origin FROM read_parquet({_q(prev['documents'])}) "
                f"WHERE {SOURCE_FILE_SQL} IN (SELECT path FROM unchanged)")
        if parts["documents"]:
            sources.append(f"SELECT {doc_cols}, _src, 'new' AS _origin FROM read_parquet({_list(parts['documents'])})")
        empty = work / "empty-documents.parquet"
        t = parquet_io.to_arrow(empty_frame(TABLES["documents"]), "documents")
        pq.write_table(t.append_column("_src", pa.array([], pa.string())), empty)
        sources.append(f"SELECT {doc_cols}, _src, 'new' AS _origin FROM read_parquet({_q(empty)})")
        con.execute("CREATE TEMP TABLE docs AS " + " UNION ALL ".join(sources))
        con.execute("""
            CREATE TEMP TABLE winners AS
            SELECT doc_id, min(_src) AS _src FROM docs
            WHERE status = 'ok' AND doc_id IS NOT NULL GROUP BY doc_id""")
        con.execute("""
            UPDATE docs SET status = 'rejected', n_facts = 0,
                error = docs.path || ': duplicate doc_id ''' || docs.doc_id || ''' (kept ' || w._src || ')'
            FROM winners w
            WHERE docs.status = 'ok' AND docs.doc_id = w.doc_id AND docs._src <> w._src""")
        con.execute("CREATE TEMP TABLE keep_prev AS SELECT w.doc_id FROM winners w JOIN docs d "
                    "ON d._src = w._src AND d.doc_id = w.doc_id AND d._origin = 'prev'")

        counts = {}
        staged.append(_stage(con, "documents", f"SELECT {doc_cols} FROM docs ORDER BY {ORDER['documents']}",
                             out, metadata, counts))
        for t in ("facts", "quarantine", "metrics", "checks"):
            cols = ", ".join(f'"{c}"' for c in columns(TABLES[t]))
            srcs = []
            if t in prev and unchanged_files:
                srcs.append(f"SELECT {cols} FROM read_parquet({_q(prev[t])}) WHERE doc_id IN (SELECT doc_id FROM keep_prev)")
            if parts[t]:
                srcs.append(f"SELECT {cols} FROM read_parquet({_list(parts[t])}) AS p "
                            "WHERE EXISTS (SELECT 1 FROM winners w WHERE w.doc_id = p.doc_id AND w._src = p._src)")
            sql = (" UNION ALL ".join(srcs) + f" ORDER BY {ORDER[t]}") if srcs else None
            staged.append(_stage(con, t, sql, out, metadata, counts))
        by_file: dict[str, list[str]] = {}
        when: dict[str, dt.datetime] = {}
        for path, did, status, origin, at in con.execute(
                "SELECT path, doc_id, status, _origin, extracted_at FROM docs ORDER BY path").fetchall():
            f = source_file(path)
            ids = by_file.setdefault(f, [])
            if status == "ok" and did is not None:
                ids.append(did)
            if origin == "new" and at is not None:
                when[f] = max(when.get(f, at), at)
        return Merged(staged, counts, by_file, when)
    except BaseException:
        parquet_io.discard(staged)
        raise
    finally:
        con.close()
        for p in sorted(work.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        work.rmdir()


def _stage(con, table: str, sql: str | None, out: Path, metadata: Mapping[str, str],
           counts: dict[str, int]) -> tuple[Path, Path]:
    """Stream a query's rows into a temporary Parquet file beside `out/<table>.parquet`."""
    schema = arrow_schema(TABLES[table])
    meta = {b"seres_etl.table": table.encode(), **{f"seres_etl.{k}".encode(): str(v).encode() for k, v in metadata.items()}}
    schema = schema.with_metadata(meta)
    final = out / FILES[table]
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=out)
    parquet_io._readable(tmp)
    n = 0
    try:
        with os.fdopen(fd, "wb") as fh:
            with pq.ParquetWriter(fh, schema, compression="zstd") as w:
                if sql is not None:
                    rel = con.sql(sql)
                    fetch = getattr(rel, "to_arrow_reader", None) or rel.fetch_arrow_reader  # duckdb 2 / 1
                    reader = fetch(BATCH_ROWS)
                    for b in reader:
                        if b.num_rows:
                            w.write_table(pa.Table.from_batches([b]).cast(schema))
                            n += b.num_rows
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    counts[table] = n
    return Path(tmp), final
