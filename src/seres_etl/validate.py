"""Validation: facts are checked against `FactsModel` lazily (every failure at once); rows
that fail go to the quarantine table with the failed check and the row's content. Nothing is
silently dropped: valid + quarantined = input, row for row.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Mapping

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from .schemas import FactsModel, QuarantineModel, columns, empty


@dataclass
class Validated:
    facts: pd.DataFrame
    quarantine: pd.DataFrame


def _quote_check(texts: Mapping[str, str]) -> pa.Check:
    def check(df: pd.DataFrame) -> pd.Series:
        ok = []
        for doc, s, e, quote in zip(df["doc_id"], df["span_start"], df["span_end"], df["quote"]):
            text = texts.get(doc)
            ok.append(text is not None and text[int(s):int(e)] == quote)
        return pd.Series(ok, index=df.index)
    return pa.Check(check, name="quote == text[span_start:span_end]")


def facts_schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    schema = FactsModel.to_schema()
    if texts is not None:
        schema = copy.copy(schema)
        schema.checks = [*schema.checks, _quote_check(texts)]
    return schema


def validate_facts(df: pd.DataFrame, texts: Mapping[str, str] | None = None) -> Validated:
    """Split `df` into valid facts and quarantined rows (with reasons)."""
    schema = facts_schema(texts)
    df = df.reset_index(drop=True)
    try:
        return Validated(schema.validate(df, lazy=True), empty(QuarantineModel))
    except SchemaErrors as err:
        fc = err.failure_cases
    rowwise = fc[fc["index"].notna()]
    if len(rowwise) < len(fc):
        tablewise = fc[fc["index"].isna()]
        # a missing column or a wrong table-level type is a bug, not bad data: fail loudly
        raise ValueError("facts table does not fit its schema: "
                         + "; ".join(f"{r.check} ({r.column})" for r in tablewise.itertuples()))
    reasons: dict[int, list[tuple[str, str | None, str]]] = {}
    seen: set[tuple[int, str]] = set()
    for r in rowwise.itertuples():
        idx, check = int(r.index), str(r.check)
        if r.schema_context == "DataFrameSchema":
            # a check over the whole row: pandera lists it once per column; report it once
            if (idx, check) in seen:
                continue
            seen.add((idx, check))
            reasons.setdefault(idx, []).append((check, None, "row"))
            continue
        col = r.column if isinstance(r.column, str) else None
        reasons.setdefault(idx, []).append((check, col, str(r.failure_case)))
    bad = sorted(reasons)
    quarantine = quarantine_rows(df.loc[bad], reasons)
    good = df.drop(index=bad)
    valid = schema.validate(good, lazy=True) if len(good) else good
    return Validated(valid.reset_index(drop=True), quarantine)


def quarantine_rows(bad: pd.DataFrame, reasons: dict[int, list[tuple[str, str | None, str]]]) -> pd.DataFrame:
    rows = []
    for idx, row in bad.iterrows():
        rs = reasons[int(idx)]
        content = {k: (None if _isna(v) else (v.isoformat() if hasattr(v, "isoformat") else v))
                   for k, v in row.items()}
        rows.append({
            "doc_id": _s(row.get("doc_id")), "fact_id": _s(row.get("fact_id")),
            "failed_check": "; ".join(dict.fromkeys(c for c, _, _ in rs)),
            "failed_column": next((col for _, col, _ in rs if col), None),
            "reason": "; ".join(f"{c}" + (f" on {col} (got {fc!r})" if col else " (row check)") for c, col, fc in rs),
            "entity": _s(row.get("entity")), "metric": _s(row.get("metric")),
            "measure": _s(row.get("measure")), "period_label": _s(row.get("period_label")),
            "value": _f(row.get("value")), "unit": _s(row.get("unit")), "quote": _s(row.get("quote")),
            "sentence": _s(row.get("sentence")),
            "row_json": json.dumps(content, ensure_ascii=False, default=str, sort_keys=True),
        })
    if not rows:
        return empty(QuarantineModel)
    return QuarantineModel.validate(pd.DataFrame(rows, columns=columns(QuarantineModel)))


def _isna(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _s(v) -> str | None:
    return None if _isna(v) else str(v)


def _f(v) -> float | None:
    if _isna(v):
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None
