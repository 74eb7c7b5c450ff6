"""Rows -> DataFrames with each table's columns, in a stable order."""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from .documents import Document, Rejected
from .extract import Fact
from .schemas import DocumentsModel, FactsModel, columns, empty


def _ts(d):
    return pd.Timestamp(d) if d is not None else pd.NaT


def facts_frame(facts: Iterable[Fact]) -> pd.DataFrame:
    rows = []
    for f in facts:
        p = f.period
        rows.append({
            "doc_id": f.doc_id, "fact_id": f.fact_id, "entity": f.entity, "entity_id": f.entity_id,
            "metric": f.metric, "measure": f.measure,
            "period_start": _ts(p.start) if p else pd.NaT, "period_end": _ts(p.end) if p else pd.NaT,
            "period_label": p.label if p else None, "value": f.value, "unit": f.unit,
            "qualifier": f.qualifier, "segment": f.segment, "span_start": f.span_start,
            "span_end": f.span_end, "quote": f.quote, "sentence": f.sentence,
            "anchor_fact_id": f.anchor_fact_id,
        })
    if not rows:
        return empty(FactsModel)
    df = pd.DataFrame(rows, columns=columns(FactsModel))
    df["period_start"] = pd.to_datetime(df["period_start"]).astype("datetime64[us]")
    df["period_end"] = pd.to_datetime(df["period_end"]).astype("datetime64[us]")
    return sort_facts(df)


def sort_facts(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(["doc_id", "span_start", "span_end", "fact_id"], kind="mergesort").reset_index(drop=True)


def document_row(d: Document | Rejected, n_facts: int = 0) -> dict:
    if isinstance(d, Rejected):
        return {"doc_id": d.doc_id, "path": d.path, "title": None, "url": None, "published": pd.NaT,
                "date_source": "none", "date_precision": None, "encoding": None, "sha256": d.sha256,
                "n_chars": 0, "n_facts": 0, "status": "rejected", "error": d.error,
                "extractor_version": None, "extracted_at": pd.NaT}
    return {"doc_id": d.doc_id, "path": d.path, "title": d.title, "url": d.url,
            "published": _ts(d.published), "date_source": d.date_source,
            "date_precision": d.date_precision, "encoding": d.encoding, "sha256": d.sha256,
            "n_chars": len(d.text), "n_facts": n_facts, "status": "ok", "error": None,
            "extractor_version": None, "extracted_at": pd.NaT}


def documents_frame(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return empty(DocumentsModel)
    df = pd.DataFrame(rows, columns=columns(DocumentsModel))
    df["published"] = pd.to_datetime(df["published"]).astype("datetime64[us]")
    df["extracted_at"] = pd.to_datetime(df["extracted_at"], utc=True).astype("datetime64[us, UTC]")
    return df.sort_values(["path", "doc_id"], kind="mergesort", na_position="last").reset_index(drop=True)
