"""Parquet I/O: tables written with their explicit Arrow schema and metadata (pipeline
version, run time), atomically: written beside the target, flushed to disk, then renamed over
it, so a reader sees the old table or the new one, never a partial one.

A run's tables are committed together (`write_tables`): all are staged first; only when every
one is on disk is a commit journal written, then the renames done and the journal removed. A
run killed while staging leaves only hidden `.*.tmp` files, which the next run deletes; one
killed while renaming leaves the journal, and the next run finishes those renames first (the
staged files were complete), so the tables never stay a mix of two runs. Writers of one
folder take turns on a lock file. A full disk or a read-only folder raises `OutputError`,
whose message names the folder, and leaves the previous tables as they were.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Iterator, Mapping

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


LOCK_FILE = ".seres-etl.lock"
JOURNAL_FILE = ".seres-etl.commit.json"
_STALE_TMP = re.compile(r"^\.(?:.+\.parquet|" + re.escape(JOURNAL_FILE[1:]) + r")\.[A-Za-z0-9_]+\.tmp$")


class OutputError(OSError):
    """Tables could not be written; the message names the folder and the cause."""


def write_tables(out_dir: str | Path, tables: Mapping[str, tuple[pd.DataFrame, str]],
                 metadata: Mapping[str, str] | None = None, lock_timeout: float = 120.0) -> list[Path]:
    """Write several tables into `out_dir` as one commit: {table: (frame, file name)}.

    Either every table is replaced or none is (a kill during the renames is completed by the
    next writer). Raises OutputError naming the folder when it cannot be written."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise output_error(e, out, "cannot create output folder") from None
    with locked(out, lock_timeout):
        staged: list[tuple[Path, Path]] = []
        try:
            recover(out)
            for name, (df, filename) in tables.items():
                staged.append(stage(df, name, out / filename, metadata))
            return commit(staged)
        except OSError as e:
            discard(staged)
            if isinstance(e, OutputError):
                raise
            raise output_error(e, out, "cannot write tables to") from None
        except BaseException:
            discard(staged)
            raise


def output_error(e: OSError, folder: Path, what: str) -> OutputError:
    """An OutputError naming the folder and the cause ("No space left on device")."""
    if isinstance(e, OutputError):
        return e
    cause = e.strerror or str(e) or type(e).__name__
    return OutputError(e.errno or errno.EIO, f"{what} {folder}: {cause}; the previous tables are unchanged")


@contextlib.contextmanager
def locked(folder: Path, timeout: float = 120.0) -> Iterator[None]:
    """Hold the folder's writer lock (released by the kernel if the process dies)."""
    try:
        fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise output_error(e, folder, "output folder is not writable:") from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise OutputError(errno.EBUSY, f"another seres-etl run is writing to {folder}") from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)


def recover(folder: str | Path) -> list[Path]:
    """Finish a commit that a killed writer left half done, and delete stale staged files.
    Call with the folder's lock held. Returns the tables it completed."""
    folder = Path(folder)
    done = []
    journal = folder / JOURNAL_FILE
    if journal.exists():
        try:
            pairs = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pairs = []
        for tmp_name, final_name in pairs:
            tmp, final = folder / Path(tmp_name).name, folder / Path(final_name).name
            if tmp.exists():
                os.replace(tmp, final)
                done.append(final)
        _fsync_dir(folder)
        journal.unlink(missing_ok=True)
    for p in folder.iterdir():
        if _STALE_TMP.match(p.name):
            p.unlink(missing_ok=True)
    return done


def write_table(df: pd.DataFrame, table: str, path: str | Path,
                metadata: Mapping[str, str] | None = None) -> Path:
    """Write one table atomically; returns its path."""
    return commit([stage(df, table, path, metadata)])[0]


def stage(df: pd.DataFrame, table: str, path: str | Path,
          metadata: Mapping[str, str] | None = None) -> tuple[Path, Path]:
    """Write a table to a temporary file beside `path` (flushed to disk): (tmp, final)."""
    return _stage_arrow(to_arrow(df, table, metadata), Path(path))


def _stage_arrow(tbl: pa.Table, final: Path) -> tuple[Path, Path]:
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
    return Path(tmp), final


def _readable(path: str) -> None:
    """mkstemp creates files only their owner can read; tables are for everyone the umask allows."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def commit(staged: list[tuple[Path, Path]]) -> list[Path]:
    """Rename staged files over their targets (each rename is atomic). Several files are
    committed under a journal, so that `recover` can finish the renames after a kill."""
    if not staged:
        return []
    folder = staged[0][1].parent
    journal = folder / JOURNAL_FILE
    if len(staged) > 1:
        fd, tmp_journal = tempfile.mkstemp(prefix=f"{JOURNAL_FILE}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump([[t.name, f.name] for t, f in staged], fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_journal, journal)
            _fsync_dir(folder)
        except BaseException:
            Path(tmp_journal).unlink(missing_ok=True)
            raise
    out = []
    for tmp, final in staged:
        os.replace(tmp, final)
        out.append(final)
    _fsync_dir(folder)
    journal.unlink(missing_ok=True)
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
    return commit([_stage_arrow(tbl, Path(path))])[0]


def read_table(path: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    return pq.read_table(path, columns=columns).to_pandas()


def table_metadata(path: str | Path) -> dict[str, str]:
    meta = pq.read_schema(path).metadata or {}
    return {k.decode(): v.decode() for k, v in meta.items() if k.startswith(b"seres_etl.")}


def dumps(obj) -> str:
    return json.dumps(obj, sort_keys=True, default=str)
