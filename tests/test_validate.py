"""Validation and quarantine: rows that break a check of FactsModel go to the quarantine table
with the check that failed and the row's content; nothing is dropped silently."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from seres_etl.batch import extract_paths
from seres_etl.parquet_io import read_table, write_table
from seres_etl.schemas import QuarantineModel, columns
from seres_etl.validate import validate_facts


@pytest.fixture(scope="module")
def valid(seed_article):
    """Valid facts of the sample article and the texts their spans point into."""
    batch = extract_paths([seed_article])
    v = validate_facts(batch.facts, batch.texts)
    assert v.quarantine.empty and len(v.facts) >= 8
    return v.facts, batch.texts


def _row(df: pd.DataFrame, **where) -> int:
    m = df
    for k, v in where.items():
        m = m[m[k] == v]
    return int(m.index[0])


def _break_market_share(df, texts):
    i = _row(df, metric="revenue_share")
    df.loc[i, ["metric", "value"]] = ["market_share", 140.0]
    return i, "shares within 0-100"


def _break_rank(df, texts):
    i = _row(df, metric="rank")
    df.loc[i, "value"] = 0.0
    return i, "rank is a whole number >= 1"


def _break_period_order(df, texts):
    i = _row(df, metric="sales_volume", measure="level")
    df.loc[i, "period_start"] = df.loc[i, "period_end"] + pd.Timedelta(days=1)
    return i, "period_start <= period_end"


def _break_quote(df, texts):
    i = _row(df, unit="CNY")
    df.loc[i, "quote"] = df.loc[i, "quote"] + "!"
    return i, "quote == text[span_start:span_end]"


def _break_vocabulary(df, texts):
    i = _row(df, metric="sales_volume", measure="yoy")
    df.loc[i, "metric"] = "deliveries"
    return i, "isin"


def _break_qualifier(df, texts):
    i = _row(df, unit="USD")
    df.loc[i, "qualifier"] = "approximately"
    return i, "isin"


def _break_negative_volume(df, texts):
    i = _row(df, metric="sales_volume", measure="level")
    df.loc[i, "value"] = -5.0
    return i, "volumes, prices and revenue are >= 0"


def _break_unit(df, texts):
    i = _row(df, metric="sales_volume", measure="level")
    df.loc[i, "unit"] = "CNY"
    return i, "unit fits metric and measure"


def _break_span(df, texts):
    i = _row(df, metric="rank")
    df.loc[i, "span_end"] = df.loc[i, "span_start"]
    return i, "span_start < span_end"


BREAKS = [_break_market_share, _break_rank, _break_period_order, _break_quote, _break_vocabulary,
          _break_qualifier, _break_negative_volume, _break_unit, _break_span]


@pytest.mark.parametrize("breaker", BREAKS, ids=lambda f: f.__name__[7:])
def test_one_broken_row_is_quarantined(valid, breaker):
    facts, texts = valid
    df = facts.copy()
    i, check = breaker(df, texts)
    broken = df.loc[i].copy()

    v = validate_facts(df, texts)

    assert len(v.facts) + len(v.quarantine) == len(df)
    assert len(v.quarantine) == 1
    q = v.quarantine.iloc[0]
    assert q["fact_id"] == broken["fact_id"]
    assert check in q["failed_check"]
    assert check in q["reason"]
    content = json.loads(q["row_json"])
    assert set(content) == set(facts.columns)
    assert content["fact_id"] == broken["fact_id"]
    assert content["quote"] == broken["quote"]
    assert content["value"] == pytest.approx(float(broken["value"]))
    assert content["metric"] == broken["metric"]
    # the other rows are untouched and still valid
    assert broken["fact_id"] not in set(v.facts["fact_id"])
    assert set(v.facts["fact_id"]) == set(facts["fact_id"]) - {broken["fact_id"]}


def test_several_broken_rows_at_once(valid):
    facts, texts = valid
    df = facts.copy()
    found = dict(breaker(df, texts) for breaker in (_break_market_share, _break_rank, _break_quote))
    v = validate_facts(df, texts)
    assert len(v.facts) + len(v.quarantine) == len(df)
    got = dict(zip(v.quarantine["fact_id"], v.quarantine["failed_check"]))
    assert set(got) == {df.loc[i, "fact_id"] for i in found}
    for i, check in found.items():
        assert check in got[df.loc[i, "fact_id"]]


def test_a_row_breaking_two_checks_names_both(valid):
    facts, texts = valid
    df = facts.copy()
    i = _row(df, metric="rank")
    df.loc[i, ["value", "quote"]] = [0.0, "eighth"]
    v = validate_facts(df, texts)
    (failed,) = v.quarantine["failed_check"]
    assert "rank is a whole number >= 1" in failed
    assert "quote == text[span_start:span_end]" in failed


def test_the_quote_check_needs_the_texts(valid):
    facts, texts = valid
    df = facts.copy()
    _break_quote(df, texts)
    assert validate_facts(df).quarantine.empty
    assert len(validate_facts(df, texts).quarantine) == 1
    # a fact whose document text is unknown cannot be checked: it is quarantined
    assert len(validate_facts(facts, {}).quarantine) == len(facts)


def test_quarantine_table_fits_its_schema_and_writes(valid, tmp_path):
    facts, texts = valid
    df = facts.copy()
    _break_rank(df, texts)
    q = validate_facts(df, texts).quarantine
    QuarantineModel.validate(q)
    back = read_table(write_table(q, "quarantine", tmp_path / "quarantine.parquet"))
    assert list(back.columns) == columns(QuarantineModel)
    assert back["fact_id"].tolist() == q["fact_id"].tolist()


def test_clean_input_gives_an_empty_quarantine_with_its_columns(valid):
    facts, texts = valid
    v = validate_facts(facts, texts)
    assert v.quarantine.empty
    assert list(v.quarantine.columns) == columns(QuarantineModel)
    assert v.facts["fact_id"].tolist() == facts["fact_id"].tolist()


def test_a_missing_column_is_an_error_not_quarantine(valid):
    facts, texts = valid
    with pytest.raises(ValueError, match="does not fit its schema"):
        validate_facts(facts.drop(columns=["unit"]), texts)


def test_failed_column_of_a_row_check_is_not_an_unrelated_column(valid):
    facts, texts = valid
    df = facts.copy()
    _break_rank(df, texts)
    q = validate_facts(df, texts).quarantine.iloc[0]
    assert pd.isna(q["failed_column"]) or q["failed_column"] == "value"
    assert q["reason"].count("rank is a whole number >= 1") == 1


def test_failed_column_of_a_column_check(valid):
    facts, texts = valid
    df = facts.copy()
    _break_qualifier(df, texts)
    q = validate_facts(df, texts).quarantine.iloc[0]
    assert q["failed_column"] == "qualifier"
    assert "approximately" in q["reason"]
