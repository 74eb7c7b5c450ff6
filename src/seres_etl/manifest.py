"""The manifest of processed input files, and the plan of a run.

The manifest (`<out>/_manifest.parquet`) records each input file by path, size, modification
time, content hash and the extractor version that read it. A run compares the raw folder
with it: files that are new or changed (or read by another extractor version) are extracted;
unchanged files keep their rows; files that are gone lose theirs. A file is hashed only when
its size or modification time differ from the manifest's.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .documents import shown_path

MANIFEST = "_manifest.parquet"
SCHEMA = pa.schema([
    pa.field("path", pa.string(), nullable=False),
    pa.field("size", pa.int64(), nullable=False),
    pa.field("mtime_ns", pa.int64(), nullable=False),
    pa.field("sha256", pa.string(), nullable=False),
    pa.field("extractor_version", pa.string(), nullable=False),
    pa.field("extracted_at", pa.timestamp("us", tz="UTC"), nullable=False),
    pa.field("doc_ids", pa.list_(pa.string()), nullable=False),
])


@dataclass(frozen=True)
class Entry:
    path: str
    size: int
    mtime_ns: int
    sha256: str
    extractor_version: str
    extracted_at: dt.datetime
    doc_ids: tuple[str, ...] = ()


@dataclass
class Plan:
    """What a run has to do."""
    extract: list[str] = field(default_factory=list)    # paths to read and extract (new or changed)
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    previous: dict[str, Entry] = field(default_factory=dict)
    current: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # path -> size, mtime, sha

    @property
    def stale_doc_ids(self) -> set[str]:
        """Doc ids whose previous rows must go: of changed and removed files."""
        out: set[str] = set()
        for p in self.changed + self.removed:
            e = self.previous.get(p)
            if e is not None:
                out.update(e.doc_ids)
        return out

    def summary(self) -> dict[str, int]:
        return {"new": len(self.new), "changed": len(self.changed),
                "unchanged": len(self.unchanged), "removed": len(self.removed)}


def file_sha256(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while True:
            b = fh.read(chunk)
            if not b:
                break
            h.update(b)
    return h.hexdigest()


def load(out_dir: str | Path) -> dict[str, Entry]:
    p = Path(out_dir) / MANIFEST
    if not p.is_file():
        return {}
    t = pq.read_table(p)
    out = {}
    for r in t.to_pylist():
        out[r["path"]] = Entry(r["path"], r["size"], r["mtime_ns"], r["sha256"], r["extractor_version"],
                               r["extracted_at"], tuple(r["doc_ids"] or ()))
    return out


def key(path: str | Path) -> str:
    """How the manifest and the tables name an input file (always valid Unicode)."""
    return shown_path(path)


def plan(paths: list[str], out_dir: str | Path, extractor_version: str) -> Plan:
    """Compare the input files with the manifest of the last run into `out_dir`."""
    prev = load(out_dir)
    pl = Plan(previous=prev)
    for p in paths:
        try:
            st = os.stat(p)
            size, mtime = st.st_size, st.st_mtime_ns
        except OSError:
            size, mtime = -1, -1
        e = prev.get(key(p))
        if e is not None and e.extractor_version == extractor_version and e.size == size and e.mtime_ns == mtime:
            pl.unchanged.append(p)
            pl.current[p] = (size, mtime, e.sha256)
            continue
        try:
            sha = file_sha256(p) if size >= 0 else ""
        except OSError:
            sha = ""
        pl.current[p] = (size, mtime, sha)
        if e is not None and e.extractor_version == extractor_version and sha and e.sha256 == sha:
            pl.unchanged.append(p)  # touched, not changed
            continue
        (pl.changed if e is not None else pl.new).append(p)
        pl.extract.append(p)
    seen = {key(p) for p in paths}
    pl.removed = sorted(p for p in prev if p not in seen)
    return pl


def entries_after(pl: Plan, extracted: dict[str, tuple[str, ...]], extractor_version: str,
                  now: dt.datetime) -> list[Entry]:
    """The manifest after a run: unchanged files keep their entry (and extraction time)."""
    out = []
    for p, (size, mtime, sha) in sorted(pl.current.items()):
        e = pl.previous.get(key(p))
        if p in extracted:
            out.append(Entry(key(p), size, mtime, sha, extractor_version, now, tuple(extracted[p])))
        elif e is not None:
            out.append(Entry(key(p), size, mtime, e.sha256, e.extractor_version, e.extracted_at, e.doc_ids))
    return out


def to_table(entries: list[Entry]) -> pa.Table:
    cols = {f.name: [] for f in SCHEMA}
    for e in entries:
        cols["path"].append(e.path)
        cols["size"].append(e.size)
        cols["mtime_ns"].append(e.mtime_ns)
        cols["sha256"].append(e.sha256)
        cols["extractor_version"].append(e.extractor_version)
        cols["extracted_at"].append(e.extracted_at)
        cols["doc_ids"].append(list(e.doc_ids))
    return pa.Table.from_pydict(cols, schema=SCHEMA)
