"""A batch of input files -> document rows, facts and the texts they point into.

This is the unit of work the flow hands to a task: reading and extraction of a few hundred
documents, with every failure of one file recorded as a rejected document, never raised.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from .documents import DEFAULT_MAX_BYTES, Document, Rejected, read_path, shown_path
from .extract import extract
from .grammar.entities import Registry, default_registry
from .tables import document_row, documents_frame, facts_frame


@dataclass
class Batch:
    documents: pd.DataFrame
    facts: pd.DataFrame
    texts: dict[str, str] = field(default_factory=dict)


def extract_paths(paths: Iterable[str | Path], root: str | Path | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES, registry: Registry | None = None) -> Batch:
    reg = registry or default_registry()
    doc_rows, facts, texts = [], [], {}
    for p in paths:
        for d in _read(p, root, max_bytes):
            if isinstance(d, Rejected):
                doc_rows.append(document_row(d))
                continue
            try:
                fs = extract(d, reg)
            except Exception as e:  # an extractor bug must not lose the rest of the batch
                doc_rows.append(document_row(Rejected(d.path, f"{d.path}: extraction failed: {type(e).__name__}: {e}",
                                                      doc_id=d.doc_id, sha256=d.sha256)))
                continue
            if d.doc_id in texts:
                doc_rows.append(document_row(Rejected(
                    d.path, f"{d.path}: duplicate doc_id {d.doc_id!r} (first seen in an earlier file)",
                    doc_id=d.doc_id, sha256=d.sha256)))
                continue
            texts[d.doc_id] = d.text
            facts.extend(fs)
            doc_rows.append(document_row(d, n_facts=len(fs)))
    return Batch(documents_frame(doc_rows), facts_frame(facts), texts)


def _read(p: str | Path, root, max_bytes: int) -> list[Document | Rejected]:
    """read_path, with a bug in reading turned into a rejection of that file (the reader
    rejects bad input itself; this is the net under it)."""
    try:
        return list(read_path(p, root=root, max_bytes=max_bytes))
    except Exception as e:
        shown = shown_path(p)
        return [Rejected(shown, f"{shown}: could not be read: {type(e).__name__}: {e}")]


def merge_batches(batches: list[Batch]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Batches (in path order) -> one documents table and one facts table.

    Of documents sharing an id across batches, the first by path order is kept; the later
    ones are rejected with the reason and their facts are not merged.
    """
    seen: dict[str, str] = {}
    docs, facts = [], []
    for b in batches:
        d = b.documents.copy()
        f = b.facts
        for idx in d.index:
            if d.at[idx, "status"] != "ok":
                continue
            did = d.at[idx, "doc_id"]
            if did in seen:
                d.at[idx, "status"] = "rejected"
                d.at[idx, "error"] = f"{d.at[idx, 'path']}: duplicate doc_id {did!r} (kept {seen[did]})"
                d.at[idx, "n_facts"] = 0
                f = f[f["doc_id"] != did]
            else:
                seen[did] = d.at[idx, "path"]
        docs.append(d)
        facts.append(f)
    documents = documents_frame(pd.concat(docs, ignore_index=True).to_dict("records")) if docs else documents_frame([])
    nonempty = [f for f in facts if len(f)]
    all_facts = pd.concat(nonempty, ignore_index=True) if nonempty else facts_frame([])
    return documents, all_facts
