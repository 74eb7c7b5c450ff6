"""The manifest of processed input files, and the plan of a run.

The manifest (`<out>/_manifest.parquet`) records each input file by path, size, modification
time, content hash and the extractor version that read it. A run compares the raw folder
with it: files that are new or changed (or read by another extractor version) are extracted;
unchanged files keep their rows; files that are gone lose theirs. A file is hashed only when
its size or modification time differ from the manifest's (a touched file with the same content
is not extracted, and the manifest learns its new time).

One more case is read again although it did not change: a file whose document was rejected
last time as a duplicate of a doc_id that a changed or removed file held. The id may be free
now, and only reading the file again tells (the first file by path keeps a shared id).
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
    extract: list[str] = field(default_factory=list)    # paths to read and extract (new, changed, reread)
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    reread: list[str] = field(default_factory=list)     # unchanged, but a doc_id they lost may be free
    touched: list[str] = field(default_factory=list)    # unchanged content, new size/mtime in the manifest
    previous: dict[str, Entry] = field(default_factory=dict)
    current: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # path -> size, mtime, sha

    @property
    def stale_doc_ids(self) -> set[str]:
        """Doc ids whose previous rows must go: of changed and removed files."""
        out: set[str] = set()
        for p in self.changed + self.removed:
            e = self.previous.get(key(p))
            if e is not None:
                out.update(e.doc_ids)
        return out

    def summary(self) -> dict[str, int]:
        return {"new": len(self.new), "changed": len(self.changed),
                "unchanged": len(self.unchanged), "removed": len(self.removed), "reread": len(self.reread)}


def source_file(doc_path: str) -> str:
    """The input file of a document path ('a.jsonl:3' -> 'a.jsonl'; any case of the suffix)."""
    head, sep, tail = doc_path.rpartition(":")
    return head if sep and tail.isdigit() and head.lower().endswith(".jsonl") else doc_path


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


def plan(paths: list[str], out_dir: str | Path, extractor_version: str,
         published: tuple[str, ...] = ()) -> Plan:
    """Compare the input files with the manifest of the last run into `out_dir`.

    `published`: the files the manifest vouches for (the output tables). If one is missing,
    the rows it held for unchanged files are gone too: the manifest is ignored and every
    file is extracted again.
    """
    prev = load(out_dir)
    if prev and not all((Path(out_dir) / f).is_file() for f in published):
        prev = {}
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
            pl.touched.append(p)
            continue
        (pl.changed if e is not None else pl.new).append(p)
        pl.extract.append(p)
    seen = {key(p) for p in paths}
    pl.removed = sorted(p for p in prev if p not in seen)
    _reread_lost_duplicates(pl, Path(out_dir) / "documents.parquet")
    return pl


def _reread_lost_duplicates(pl: Plan, documents_path: Path) -> None:
    """Move to `extract` the unchanged files whose rejected document claims a doc_id that a
    changed or removed file held: with that file changed or gone, the id may be theirs now."""
    stale = pl.stale_doc_ids
    if not stale or not pl.unchanged or not documents_path.is_file():
        return
    t = pq.read_table(documents_path, columns=["path", "doc_id", "status"])
    unchanged = {key(p): p for p in pl.unchanged}  # the tables name files by key
    again = set()
    for path, did, status in zip(*(t.column(c).to_pylist() for c in ("path", "doc_id", "status"))):
        if status == "rejected" and did in stale:
            f = unchanged.get(source_file(path))
            if f is not None:
                again.add(f)
    if again:
        pl.unchanged = [p for p in pl.unchanged if p not in again]
        pl.touched = [p for p in pl.touched if p not in again]
        pl.reread = sorted(again)
        pl.extract = sorted(pl.extract + pl.reread)


def entries_after(pl: Plan, extracted: dict[str, tuple[str, ...]], extractor_version: str,
                  now: dt.datetime, kept: dict[str, tuple[str, ...]] | None = None,
                  extracted_at: dict[str, dt.datetime] | None = None) -> list[Entry]:
    """The manifest after a run: unchanged files keep their entry (and extraction time).

    `extracted`: the files read in this run -> their kept doc ids; `kept`: any file -> the doc
    ids it holds after the merge (a file can lose its id to a new one); `extracted_at`: when
    the rows of a file read in this run were extracted (earlier than `now` for a batch part
    finished by an earlier, failed run), else `now`.
    """
    kept = kept or {}
    extracted_at = extracted_at or {}
    out = []
    for p, (size, mtime, sha) in sorted(pl.current.items()):
        e = pl.previous.get(key(p))
        if p in extracted:
            out.append(Entry(key(p), size, mtime, sha, extractor_version, extracted_at.get(key(p)) or now,
                             tuple(extracted[p])))
        elif e is not None:
            out.append(Entry(key(p), size, mtime, e.sha256, e.extractor_version, e.extracted_at,
                             tuple(kept.get(key(p), e.doc_ids))))
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
