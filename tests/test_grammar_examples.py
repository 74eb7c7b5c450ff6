"""The grammar's example corpus: for each rule set (numbers, money, growth, periods, ranks,
attribution, what is not a result) a file of sentences under tests/examples/ with every
vocabulary figure the extractor must return, nothing more, nothing less."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from seres_etl.documents import Document
from seres_etl.extract import extract
from seres_etl.grammar.periods import infer_reference, parse_label

EXAMPLES = Path(__file__).parent / "examples"


def _load():
    out = []
    for f in sorted(EXAMPLES.glob("*.yaml")):
        for i, ex in enumerate(yaml.safe_load(f.read_text("utf-8"))):
            out.append(pytest.param(ex, id=f"{f.stem}-{i + 1}"))
    return out


def _row(entity, metric, measure, period, value, unit):
    return (str(entity).lower(), metric, measure, period, round(float(value), 6), unit)


@pytest.mark.parametrize("ex", _load())
def test_example(ex):
    published = ex.get("published")  # none: an undated page
    source, precision = ("front_matter", "day") if published else ("none", None)
    if published == "inferred":  # an undated page, dated from its text as documents.read_path does
        published, precision = infer_reference(ex["text"])
        source = "inferred" if published is not None else "none"
    elif isinstance(published, str):
        published = dt.date.fromisoformat(published)
    doc = Document(doc_id="ex", path="ex", text=ex["text"], published=published,
                   date_source=source, date_precision=precision, title=ex.get("title"))
    got = {
        _row(f.entity, f.metric, f.measure, f.period.label if f.period else None, f.value, f.unit)
        for f in extract(doc) if f.metric != "other"
    }
    want = set()
    for r in ex["facts"]:
        label = str(r["period"]) if r.get("period") is not None else None
        if label is not None:
            label = parse_label(label).label  # "2024-01/2024-06" and "2024-H1" are one period
        want.add(_row(r["entity"], r["metric"], r["measure"], label, r["value"], r["unit"]))
    assert got == want, f"missing {sorted(want - got, key=str)}; unexpected {sorted(got - want, key=str)}"
