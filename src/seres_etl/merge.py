"""Merging a run's batch parts with the previous outputs into the published tables.

Rows of unchanged documents are carried over from the previous tables; rows of new and
changed documents come from this run's parts; rows of removed or changed documents go.
Of documents sharing an id, the first by path is kept and the others are rejected.

The merge runs in DuckDB, which sorts out of core, and its result is streamed batch by
batch into a Parquet writer with the table's explicit Arrow schema: memory stays flat
however many documents the tables hold.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import consolidate as consolidating
from . import parquet_io
from .grammar.entities import Registry, default_registry
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
CONSOLIDATED = ("entities", "series", "monthly")
FILES = {t: f"{t}.parquet" for t in (*ORDER, *CONSOLIDATED)}
BATCH_ROWS = 64_000
# a document path's input file in SQL, as `source_file` does it ('a.jsonl:3' -> 'a.jsonl', any case)
SOURCE_FILE_SQL = "regexp_replace(path, '(\\.jsonl):[0-9]+$', '\\1', 'i')"
CHUNK_FACTS = 50_000  # facts consolidated at once (whole entities; an entity larger than this goes alone)
_VOCAB_COLS = ("doc_id", "fact_id", "span_start", "entity", "entity_id", "metric", "measure", "period_start",
               "period_end", "unit", "segment", "value", "qualifier", "quote")


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


def recover(out_dir: str | Path) -> None:
    """After a killed run: finish its half-done commit, remove its staged files and scratch
    folders. Call with the output lock held, before anything is staged."""
    out = Path(out_dir)
    if not out.is_dir():
        return
    parquet_io.recover(out)
    for d in out.iterdir():
        if d.is_dir() and (d.name.startswith(".merge-") or d.name.startswith(".consolidate-")):
            shutil.rmtree(d, ignore_errors=True)


@contextlib.contextmanager
def _scratch(out: Path, prefix: str) -> Iterator[tuple[Path, duckdb.DuckDBPyConnection]]:
    """A DuckDB connection spilling into a scratch folder in `out`; both gone afterwards."""
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=out))
    con = connect(work)
    try:
        yield work, con
    finally:
        con.close()
        shutil.rmtree(work, ignore_errors=True)


# DuckDB spills to disk past this limit. Measured on 100k documents (1.3M facts): the merge
# needs about 64 MB a thread (128 MB with one thread works, with two it does not), and the
# process peaks at about the limit plus 200 MB of Arrow batches and writer buffers.
def connect(work_dir: Path, memory_limit: str = "256MB", threads: int | None = None) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": str(work_dir),
                                 "threads": threads or max(1, min(2, os.cpu_count() or 1)),
                                 "preserve_insertion_order": False})
    return con


def merge(out_dir: str | Path, unchanged_files: list[str], part_dirs: list[Path],
          metadata: Mapping[str, str]) -> Merged:
    """Stage the five per-document tables for `out_dir` (written beside their targets, not
    yet renamed)."""
    out = Path(out_dir)
    with _scratch(out, ".merge-") as (work, con):
        staged: list[tuple[Path, Path]] = []
        try:
            # (from an Arrow table: an INSERT per path takes 16 s for 100k paths, this 0.3 s)
            con.register("_unchanged", pa.table({"path": pa.array(list(unchanged_files), pa.string())}))
            con.execute("CREATE TEMP TABLE unchanged AS SELECT path FROM _unchanged")
            con.unregister("_unchanged")
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
            kept = con.sql("SELECT doc_id FROM keep_prev").to_arrow_table().column("doc_id")
            for t in ("facts", "quarantine", "metrics", "checks"):
                cols = ", ".join(f'"{c}"' for c in columns(TABLES[t]))
                srcs = [f"SELECT {cols} FROM read_parquet({_list(parts[t])}) AS p "
                        "WHERE EXISTS (SELECT 1 FROM winners w WHERE w.doc_id = p.doc_id AND w._src = p._src)"
                        ] if parts[t] else []
                if t in prev and unchanged_files and len(kept) and _sorted_by_doc(prev[t]):
                    # the previous rows are in order already: merged in, document by document,
                    # with this run's rows (sorted alone), not sorted again with them
                    new = _batches(con, f"{srcs[0]} ORDER BY {ORDER[t]}") if srcs else iter(())
                    rows = _merge_by_doc(_kept_rows(prev[t], columns(TABLES[t]), kept), new)
                else:
                    if t in prev and unchanged_files:
                        srcs.append(f"SELECT {cols} FROM read_parquet({_q(prev[t])}) "
                                    "WHERE doc_id IN (SELECT doc_id FROM keep_prev)")
                    rows = _batches(con, " UNION ALL ".join(srcs) + f" ORDER BY {ORDER[t]}") if srcs else iter(())
                staged.append(_stage_batches(t, rows, out, metadata, counts))
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


def _stage(con, table: str, sql: str | None, out: Path, metadata: Mapping[str, str],
           counts: dict[str, int]) -> tuple[Path, Path]:
    """Stream a query's rows into a temporary Parquet file beside `out/<table>.parquet`."""
    return _stage_batches(table, _batches(con, sql) if sql is not None else iter(()), out, metadata, counts)


def _batches(con, sql: str) -> Iterator[pa.RecordBatch]:
    rel = con.sql(sql)
    fetch = getattr(rel, "to_arrow_reader", None) or rel.fetch_arrow_reader  # duckdb 2 / 1
    yield from fetch(BATCH_ROWS)


def _sorted_by_doc(path: Path) -> bool:
    """Whether a table's rows are grouped by doc_id in ascending order (as this module writes
    them); reads that one column."""
    last = None
    for b in pq.ParquetFile(path).iter_batches(BATCH_ROWS, columns=["doc_id"]):
        ids = b.column(0)
        if ids.null_count:
            return False
        if len(ids) == 0:
            continue
        if last is not None and ids[0].as_py() < last:
            return False
        if len(ids) > 1 and not pc.all(pc.less_equal(ids.slice(0, len(ids) - 1), ids.slice(1))).as_py():
            return False
        last = ids[len(ids) - 1].as_py()
    return True


def _kept_rows(path: Path, cols: list[str], kept: pa.ChunkedArray) -> Iterator[pa.RecordBatch]:
    """The rows of the documents in `kept`, in the file's order."""
    for b in pq.ParquetFile(path).iter_batches(BATCH_ROWS, columns=cols):
        yield b.filter(pc.is_in(b.column("doc_id"), value_set=kept))


class _Cursor:
    """A position in a stream of record batches, with the current batch's doc ids."""

    def __init__(self, batches: Iterator[pa.RecordBatch]):
        self._batches, self.batch, self.ids, self.at = batches, None, None, 0
        self._next()

    def _next(self) -> None:
        for b in self._batches:
            if b.num_rows:
                self.batch, self.ids, self.at = b, b.column("doc_id").to_numpy(zero_copy_only=False), 0
                return
        self.batch = None

    def take_below(self, doc_id) -> pa.RecordBatch:
        """The rows from here whose doc_id sorts before `doc_id` (all of this batch if None)."""
        end = len(self.ids) if doc_id is None else int(np.searchsorted(self.ids, doc_id, side="left"))
        out = self.batch.slice(self.at, max(end, self.at) - self.at)
        self.at = max(end, self.at)
        if self.at >= len(self.ids):
            self._next()
        return out


def _merge_by_doc(a: Iterator[pa.RecordBatch], b: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Two streams of rows, each sorted with doc_id as its first key and no doc_id in both, as
    one stream in that order: what ORDER BY over both gives, without sorting them again."""
    x, y = _Cursor(a), _Cursor(b)
    while x.batch is not None and y.batch is not None:
        first, other = (x, y) if x.ids[x.at] < y.ids[y.at] else (y, x)
        yield first.take_below(other.ids[other.at])
    for rest in (x, y):
        while rest.batch is not None:
            yield rest.take_below(None)


def _stage_batches(table: str, batches: Iterator[pa.RecordBatch], out: Path, metadata: Mapping[str, str],
                   counts: dict[str, int]) -> tuple[Path, Path]:
    """Stream record batches into a temporary Parquet file beside `out/<table>.parquet`, in
    row groups of about BATCH_ROWS rows however small the batches."""
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
                pending, size = [], 0
                for b in batches:
                    if b.num_rows:
                        pending.append(pa.Table.from_batches([b]).cast(schema))
                        size += b.num_rows
                    if size >= BATCH_ROWS:
                        w.write_table(pa.concat_tables(pending).combine_chunks())
                        n, pending, size = n + size, [], 0
                if size:
                    w.write_table(pa.concat_tables(pending).combine_chunks())
                    n += size
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    counts[table] = n
    return Path(tmp), final


def consolidate(out_dir: str | Path, merged: Merged, metadata: Mapping[str, str],
                registry: Registry | None = None, chunk_facts: int = CHUNK_FACTS,
                map_fn: Callable[..., Iterable] = map) -> Merged:
    """Stage the consolidated tables (entities, series, monthly) from the staged facts, and
    restage metrics and checks with the cross-document rows appended (their doc_id is null).

    Consolidation is over all documents, so it is redone on every run that changes anything.
    Facts are split entity by entity into groups of about `chunk_facts` rows (entities are
    independent of each other), each group written to a scratch file, and the groups are
    consolidated by `consolidate_group` through `map_fn` (the builtin `map` by default; a
    caller with worker processes passes a map that runs the groups on them, in parallel).
    Each group's tables are then streamed out in group order: memory stays flat however many
    facts there are, and the tables are the same whichever map ran the groups.
    """
    out = Path(out_dir)
    staged = dict((final.name, tmp) for tmp, final in merged.staged)
    facts, docs = staged[FILES["facts"]], staged[FILES["documents"]]
    with _scratch(out, ".consolidate-") as (work, con):
        new: list[tuple[Path, Path]] = []
        counts = dict(merged.counts)
        try:
            cols = ", ".join(f'f."{c}"' for c in _VOCAB_COLS)
            # (a view: a table would read the facts once instead of once per group, but holds them
            # in the process while the groups are consolidated, about 200 MB at 100k documents)
            con.execute(f"""
                CREATE TEMP VIEW vocab AS
                SELECT {cols}, d.published FROM read_parquet({_q(facts)}) f
                LEFT JOIN (SELECT doc_id, published FROM read_parquet({_q(docs)}) WHERE status = 'ok') d USING (doc_id)
                WHERE f.metric <> 'other' AND f.entity_id IS NOT NULL""")
            usage = con.sql("""
                SELECT entity_id, list_sort(list(DISTINCT entity)) AS names, count(*) AS n_facts,
                       count(DISTINCT doc_id) AS n_documents
                FROM vocab GROUP BY entity_id ORDER BY entity_id""").df()
            entities = consolidating.entities_table(usage, registry or default_registry())
            new.append(_stage_frames("entities", [entities], out, metadata, counts))

            groups = _entity_groups(usage, chunk_facts)

            def written() -> Iterator[str]:
                """Each group's facts in a scratch file, as the map asks for the next (the
                workers start on the first while the next is written)."""
                for i, group in enumerate(groups):
                    path = work / f"group-{i:05d}.parquet"
                    pq.write_table(con.sql("SELECT * FROM vocab WHERE entity_id IN (SELECT unnest($ids)) "
                                           "ORDER BY doc_id, span_start, fact_id", params={"ids": group}).to_arrow_table(),
                                   path, compression="lz4")
                    yield path.as_posix()

            # one group needs no workers (a small corpus): consolidated here
            results = list((map if len(groups) < 2 else map_fn)(consolidate_group, written()))

            writers = {t: _Writer(t, out, metadata) for t in GROUP_TABLES}
            try:
                for result in results:
                    for t in GROUP_TABLES:
                        writers[t].write_file(Path(result[t]))
            except BaseException:
                for w in writers.values():
                    w.abort()
                raise
            for t in ("series", "monthly"):
                new.append(writers[t].close(counts))
            for t in ("metrics", "checks"):
                cross, _ = writers[t].close({})
                cols = ", ".join(f'"{c}"' for c in columns(TABLES[t]))
                if _sorted_by_doc(staged[FILES[t]]):
                    # ORDER BY doc_id puts the cross-document rows (no doc_id) last: the staged
                    # rows, in order already, then those rows sorted alone
                    rows = itertools.chain(
                        pq.ParquetFile(staged[FILES[t]]).iter_batches(BATCH_ROWS, columns=columns(TABLES[t])),
                        _batches(con, f"SELECT {cols} FROM read_parquet({_q(cross)}) ORDER BY {ORDER[t]}"))
                else:
                    rows = _batches(con, f"SELECT {cols} FROM read_parquet({_list([staged[FILES[t]], cross])}) "
                                         f"ORDER BY {ORDER[t]}")
                new.append(_stage_batches(t, rows, out, metadata, counts))
                cross.unlink()
        except BaseException:
            parquet_io.discard(new)
            raise
    replaced = {final for _, final in new}
    kept = [(tmp, final) for tmp, final in merged.staged if final not in replaced]
    parquet_io.discard([(tmp, final) for tmp, final in merged.staged if final in replaced])
    return Merged(kept + new, counts, merged.doc_ids, merged.extracted_at)


GROUP_TABLES = ("series", "monthly", "metrics", "checks")


def consolidate_group(path: str) -> dict[str, str]:
    """One entity group's in-vocabulary facts (a Parquet file, with each fact's document's
    `published`) -> its series, monthly, metrics and checks, validated, each written to a
    Parquet file next to it; returns their paths by table. Runs on a worker process or a Dask
    worker: it needs only this package and the file."""
    src = Path(path)
    done = {}
    with consolidating.paused_gc():  # (validating and converting the tables allocate as much again)
        frame = pq.read_table(src).to_pandas(date_as_object=False)
        tables = dict(zip(GROUP_TABLES, consolidating.series_tables(frame)))
        for t, df in tables.items():
            dest = src.with_name(f"{src.stem}.{t}.parquet")
            schema = arrow_schema(TABLES[t])
            table = parquet_io.to_arrow(TABLES[t].validate(df, lazy=True), t).cast(schema) if len(df) else schema.empty_table()
            pq.write_table(table, dest, compression="lz4")
            done[t] = dest.as_posix()
    return done


def _entity_groups(usage, chunk_facts: int) -> list[list[str]]:
    """Entity ids, in order, in groups of about `chunk_facts` facts."""
    groups: list[list[str]] = []
    size = chunk_facts
    for eid, n in zip(usage["entity_id"], usage["n_facts"]):
        if size + n > chunk_facts and (not groups or groups[-1]):
            groups.append([])
            size = 0
        groups[-1].append(eid)
        size += int(n)
    return groups


class _Writer:
    """Rows of one table streamed, group by group, into a temporary Parquet file in `out`."""

    def __init__(self, table: str, out: Path, metadata: Mapping[str, str]):
        self.table, self.final = table, out / FILES[table]
        fd, tmp = tempfile.mkstemp(prefix=f".{self.final.name}.", suffix=".tmp", dir=out)
        parquet_io._readable(tmp)
        self.tmp, self.fh = Path(tmp), os.fdopen(fd, "wb")
        self.schema = parquet_io.to_arrow(empty_frame(TABLES[table]), table, metadata).schema
        self.writer = pq.ParquetWriter(self.fh, self.schema, compression="zstd")
        self.n = 0

    def write(self, df) -> None:
        if len(df):
            self.writer.write_table(parquet_io.to_arrow(df, self.table).cast(self.schema))
            self.n += len(df)

    def write_file(self, path: Path) -> None:
        """The rows of a Parquet file with this table's columns (a group's part)."""
        table = pq.read_table(path)
        if table.num_rows:
            self.writer.write_table(table.cast(self.schema))
            self.n += table.num_rows

    def close(self, counts: dict[str, int]) -> tuple[Path, Path]:
        self.writer.close()
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        counts[self.table] = self.n
        return self.tmp, self.final

    def abort(self) -> None:
        try:
            self.writer.close()
            self.fh.close()
        finally:
            self.tmp.unlink(missing_ok=True)


def _stage_frames(table: str, frames, out: Path, metadata: Mapping[str, str],
                  counts: dict[str, int]) -> tuple[Path, Path]:
    w = _Writer(table, out, metadata)
    try:
        for df in frames:
            w.write(TABLES[table].validate(df, lazy=True))
    except BaseException:
        w.abort()
        raise
    return w.close(counts)
