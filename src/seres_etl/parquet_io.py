"""Parquet I/O: tables written with their explicit Arrow schema and metadata (pipeline
version, run time), atomically: written beside the target, flushed to disk, then renamed over
it, so a reader sees the old table or the new one, never a partial one.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Mapping

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .schemas import TABLES, arrow_schema


def to_arrow(df: pd.DataFrame, table: str, metadata: Mapping[str, str] | None = None) -> pa.Table:
    """A table's DataFrame as Arrow, cast to the table's schema, with metadata attached."""
    schema = arrow_schema(TABLES[table])
    df = df[[f.name for f in schema]].copy()
    for f in schema:
        if pa.types.is_date32(f.type):
            df[f.name] = pd.to_datetime(df[f.name]).dt.date
            df[f.name] = df[f.name].astype(object).where(df[f.name].notna(), None)
        elif pa.types.is_string(f.type):
            df[f.name] = df[f.name].astype(object).where(df[f.name].notna(), None)
    tbl = pa.Table.from_pandas(df, schema=schema, preserve_index=False, safe=True)
    meta = {b"seres_etl.table": table.encode()}
    for k, v in (metadata or {}).items():
        meta[f"seres_etl.{k}".encode()] = str(v).encode()
    return tbl.replace_schema_metadata({**(tbl.schema.metadata or {}), **meta})


def write_table(df: pd.DataFrame, table: str, path: str | Path,
                metadata: Mapping[str, str] | None = None) -> Path:
    """Write one table atomically; returns its path."""
    return commit([stage(df, table, path, metadata)])[0]


def stage(df: pd.DataFrame, table: str, path: str | Path,
          metadata: Mapping[str, str] | None = None) -> tuple[Path, Path]:
    """Write a table to a temporary file beside `path` (flushed to disk): (tmp, final)."""
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    tbl = to_arrow(df, table, metadata)
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    _readable(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            pq.write_table(tbl, fh, compression="zstd")
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp), final


def _readable(path: str) -> None:
    """mkstemp creates files only their owner can read; tables are for everyone the umask allows."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def commit(staged: list[tuple[Path, Path]]) -> list[Path]:
    """Rename staged files over their targets (each rename is atomic)."""
    out = []
    for tmp, final in staged:
        os.replace(tmp, final)
        out.append(final)
    if staged:
        _fsync_dir(staged[0][1].parent)
    return out


def discard(staged: list[tuple[Path, Path]]) -> None:
    for tmp, _ in staged:
        Path(tmp).unlink(missing_ok=True)


def _fsync_dir(d: Path) -> None:
    try:
        fd = os.open(d, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_arrow(tbl: pa.Table, path: str | Path) -> Path:
    """Write an Arrow table atomically (for internal files such as the manifest)."""
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    _readable(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            pq.write_table(tbl, fh, compression="zstd")
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return commit([(Path(tmp), final)])[0]


def read_table(path: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    return pq.read_table(path, columns=columns).to_pandas()


def table_metadata(path: str | Path) -> dict[str, str]:
    meta = pq.read_schema(path).metadata or {}
    return {k.decode(): v.decode() for k, v in meta.items() if k.startswith(b"seres_etl.")}


def dumps(obj) -> str:
    return json.dumps(obj, sort_keys=True, default=str)
