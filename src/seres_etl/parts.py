"""Batch parts: one batch of input files, read, extracted, validated and derived, written as
part files under `<out>/.seres/parts/<key>/` (documents, facts, quarantine, metrics, checks).

The key is a hash of the extractor version and the batch's files and contents, so a batch
whose part exists is finished: a retried or repeated run does not redo it. Part tables carry
one internal column, `_src` (the document's path), used to settle duplicate ids when parts
are merged; it is not in the published tables.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import parquet_io
from .batch import extract_paths
from .derive import derive
from .documents import DEFAULT_MAX_BYTES
from .grammar.entities import Registry
from .validate import validate_facts

PARTS_DIR = Path(".seres") / "parts"
TABLES = ("documents", "facts", "quarantine", "metrics", "checks")
DONE = "_done.json"


@dataclass
class PartSummary:
    key: str
    directory: str
    documents: int
    rejected: int
    facts: int
    quarantined: int
    metrics: int
    checks: int
    doc_ids: dict[str, list[str]]  # input file -> doc ids read from it


def batch_key(paths: list[str], shas: list[str], extractor_version: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    h.update(extractor_version.encode())
    for p, s in zip(paths, shas):
        h.update(b"\x1f" + p.encode("utf-8", "surrogateescape") + b"\x1e" + s.encode())
    return h.hexdigest()


def part_dir(out_dir: str | Path, key: str) -> Path:
    return Path(out_dir) / PARTS_DIR / key


def finished(out_dir: str | Path, key: str) -> PartSummary | None:
    d = part_dir(out_dir, key)
    done = d / DONE
    if not done.is_file() or not all((d / f"{t}.parquet").is_file() for t in TABLES):
        return None
    try:
        return PartSummary(**json.loads(done.read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def build(paths: list[str], root: str | Path, out_dir: str | Path, key: str, extractor_version: str,
          extracted_at: dt.datetime, max_bytes: int = DEFAULT_MAX_BYTES,
          registry: Registry | None = None) -> PartSummary:
    """Read, extract, validate and derive one batch; write its part files; return counts."""
    done = finished(out_dir, key)
    if done is not None:
        return done
    b = extract_paths(paths, root=root, max_bytes=max_bytes, registry=registry)
    ok = b.documents["status"] == "ok"
    b.documents["extractor_version"] = b.documents["extractor_version"].astype(object).where(~ok, extractor_version)
    b.documents["extracted_at"] = pd.Series([pd.Timestamp(extracted_at) if o else pd.NaT for o in ok],
                                            index=b.documents.index).astype("datetime64[us, UTC]")
    v = validate_facts(b.facts, b.texts)
    d = derive(v.facts, registry)
    src = _sources(b.documents)
    tables = {
        "documents": b.documents,
        "facts": v.facts,
        "quarantine": v.quarantine,
        "metrics": d.metrics,
        "checks": d.checks,
    }
    dest = part_dir(out_dir, key)
    dest.mkdir(parents=True, exist_ok=True)
    for name, df in tables.items():
        t = parquet_io.to_arrow(df, name)
        if name == "documents":
            col = pa.array(list(df["path"]), pa.string())
        else:
            col = pa.array([src.get(x) for x in df["doc_id"]], pa.string())
        t = t.append_column("_src", col)
        pq.write_table(t, dest / f"{name}.parquet", compression="zstd")
    from .manifest import source_file
    by_file: dict[str, list[str]] = {}
    for path, did, status in zip(b.documents["path"], b.documents["doc_id"], b.documents["status"]):
        ids = by_file.setdefault(source_file(path), [])
        if status == "ok" and isinstance(did, str):
            ids.append(did)
    s = PartSummary(
        key=key, directory=str(dest), documents=int(len(b.documents)),
        rejected=int((b.documents["status"] == "rejected").sum()), facts=int(len(v.facts)),
        quarantined=int(len(v.quarantine)), metrics=int(len(d.metrics)), checks=int(len(d.checks)),
        doc_ids=by_file,
    )
    (dest / DONE).write_text(json.dumps(asdict(s)), "utf-8")  # last: marks the part finished
    return s


def _sources(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> the path of the (kept) document with that id in this batch."""
    ok = documents[documents["status"] == "ok"]
    return {d: p for d, p in zip(ok["doc_id"], ok["path"]) if isinstance(d, str)}
