"""Sentences through seres_etl.extract.extract: entity, metric, measure, period and value of
each figure, and what is not a figure."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from conftest import make_doc
from seres_etl.extract import extract
from seres_etl.schemas import METRICS

D = dt.date


def facts_of(text: str, published: dt.date | None):
    return extract(make_doc(text, published))


def rows(facts):
    return [(f.entity, f.metric, f.measure, f.period.label if f.period else None, f.value, f.unit)
            for f in facts]


def vocabulary_facts(facts):
    return [f for f in facts if f.metric in METRICS]


def test_monthly_sales_with_yoy_growth():
    text = ("In June, the sales volume of Seres reached 7,658 units, "
            "a substantial increase of 524.12% year-on-year.")
    facts = facts_of(text, D(2022, 7, 12))
    assert rows(facts) == [
        ("Seres", "sales_volume", "level", "2022-06", 7658.0, "vehicle"),
        ("Seres", "sales_volume", "yoy", "2022-06", 524.12, "percent"),
    ]
    level, growth = facts
    assert (level.quote, growth.quote) == ("7,658 units", "524.12%")
    assert level.period.start == D(2022, 6, 1) and level.period.end == D(2022, 6, 30)
    assert level.qualifier == "exact"


@pytest.mark.parametrize("text", [
    "Seres expects to sell 300,000 vehicles next year.",
    "Analysts forecast that Seres will sell 400,000 vehicles in 2023.",
    "Seres aims to deliver 100,000 units in 2023, and its target for revenue is 50 billion yuan.",
])
def test_forecasts_are_not_figures(text):
    assert vocabulary_facts(facts_of(text, D(2022, 7, 12))) == []


@pytest.mark.parametrize("text", [
    "The store count reached 300 stores and the car has a range of 500 km.",
    "This is the third consecutive month for the AITO M5 to rank in the top ten.",
    "The 10,000th unit rolled off the line after 18 months.",
])
def test_things_that_are_not_business_figures(text):
    assert vocabulary_facts(facts_of(text, D(2022, 7, 12))) == []


def test_last_month_and_a_decline_month_on_month():
    facts = facts_of("BYD sold 134,036 NEVs last month, down 3% month-on-month.", D(2022, 12, 2))
    assert rows(facts) == [
        ("BYD", "sales_volume", "level", "2022-11", 134036.0, "vehicle"),
        ("BYD", "sales_volume", "mom", "2022-11", -3.0, "percent"),
    ]
    assert facts[0].segment == "NEV"


def test_revenue_in_a_quarter_with_scale_word():
    text = "Li Auto's revenue was 5.6 billion yuan in the first quarter of 2022, up 167.5% from a year ago."
    assert rows(facts_of(text, D(2022, 5, 10))) == [
        ("Li Auto", "revenue", "level", "2022-Q1", 5.6e9, "CNY"),
        ("Li Auto", "revenue", "yoy", "2022-Q1", 167.5, "percent"),
    ]


def test_a_narrowing_loss_is_negative_growth_of_a_negative_value():
    text = "NIO's net loss narrowed 17% year-on-year to 1.8 billion yuan in the first quarter of 2022."
    assert sorted(rows(facts_of(text, D(2022, 5, 10)))) == sorted([
        ("NIO", "net_profit", "yoy", "2022-Q1", -17.0, "percent"),
        ("NIO", "net_profit", "level", "2022-Q1", -1.8e9, "CNY"),
    ])


def test_base_figure_is_a_level_in_its_own_period():
    text = ("Xpeng delivered 15,295 vehicles in June, up 133% from 6,565 units "
            "in the same month last year.")
    assert rows(facts_of(text, D(2022, 7, 1))) == [
        ("Xpeng", "sales_volume", "level", "2022-06", 15295.0, "vehicle"),
        ("Xpeng", "sales_volume", "yoy", "2022-06", 133.0, "percent"),
        ("Xpeng", "sales_volume", "level", "2021-06", 6565.0, "vehicle"),
    ]


def test_growth_from_a_named_previous_month_is_mom():
    facts = facts_of("NIO delivered 10,878 vehicles in June, down 12.5% from May.", D(2022, 7, 1))
    assert rows(facts) == [
        ("NIO", "sales_volume", "level", "2022-06", 10878.0, "vehicle"),
        ("NIO", "sales_volume", "mom", "2022-06", -12.5, "percent"),
    ]


def test_two_bases_in_one_clause():
    text = "NIO delivered 10,878 vehicles in June, up 60.3% year-on-year and down 12.5% from May."
    assert [(f.measure, f.value) for f in facts_of(text, D(2022, 7, 1))] == [
        ("level", 10878.0), ("yoy", 60.3), ("mom", -12.5)]


def test_market_share_level():
    assert rows(facts_of("Tesla's market share in China reached 12.5% in May.", D(2022, 6, 10))) == [
        ("Tesla", "market_share", "level", "2022-05", 12.5, "percent")]


def test_share_price_in_two_currencies_on_a_day():
    text = "On April 27 this year, Sokon hit a low point of 32.70 yuan ($4.86) per share."
    facts = facts_of(text, D(2022, 7, 12))
    assert rows(facts) == [
        ("Sokon", "share_price", "level", "2022-04-27", 32.7, "CNY"),
        ("Sokon", "share_price", "level", "2022-04-27", 4.86, "USD"),
    ]
    assert [f.quote for f in facts] == ["32.70 yuan", "$4.86"]


def test_share_price_on_a_weekday():
    # 2022-06-09 is a Thursday: "on Tuesday" is 2022-06-07
    assert rows(facts_of("Shares of NIO closed at $20.15 on Tuesday.", D(2022, 6, 9))) == [
        ("NIO", "share_price", "level", "2022-06-07", 20.15, "USD")]


def test_share_price_on_a_date_without_comma():
    text = "On June 30 2022, Seres shares closed at 50.1 yuan."
    assert rows(facts_of(text, D(2022, 7, 12))) == [
        ("Seres", "share_price", "level", "2022-06-30", 50.1, "CNY")]


def test_rank_and_model_sales():
    facts = facts_of("The AITO M5 ranks 8th in June, with 7,021 units sold.", D(2022, 7, 12))
    assert rows(facts) == [
        ("AITO M5", "rank", "level", "2022-06", 8.0, "rank"),
        ("AITO M5", "sales_volume", "level", "2022-06", 7021.0, "vehicle"),
    ]


def test_so_far_this_year():
    facts = facts_of("So far this year, Seres has sold 21,581 vehicles.", D(2022, 7, 12))
    assert [(f.period.start, f.period.end, f.value) for f in facts] == [
        (D(2022, 1, 1), D(2022, 6, 30), 21581.0)]


def test_provenance_and_ids():
    text = ("Huawei's partner Seres said on Monday that it sold 7,658 units in June.\n\n"
            "In June, the sales volume of Seres reached 7,658 units, up 524.12% year-on-year. "
            "The AITO M5 sold 7,021 units.")
    doc = make_doc(text, D(2022, 7, 12), doc_id="prov")
    facts = extract(doc)
    assert facts, "expected figures"
    for f in facts:
        assert f.doc_id == "prov"
        assert text[f.span_start:f.span_end] == f.quote
        assert f.quote in f.sentence and f.sentence in text
        assert re.fullmatch(r"[0-9a-f]{16}", f.fact_id)
    # a fact stated twice is one fact, kept at its first mention
    sales = [f for f in facts if f.entity == "Seres" and f.metric == "sales_volume" and f.measure == "level"]
    assert len(sales) == 1 and sales[0].span_start == text.index("7,658")
    # ids are unique, stable across runs, and depend on the document
    assert len({f.fact_id for f in facts}) == len(facts)
    assert [f.fact_id for f in extract(doc)] == [f.fact_id for f in facts]
    other = extract(make_doc(text, D(2022, 7, 12), doc_id="other"))
    assert not {f.fact_id for f in facts} & {f.fact_id for f in other}
    # in text order
    assert [f.span_start for f in facts] == sorted(f.span_start for f in facts)


def test_an_undated_document_leaves_relative_periods_unknown():
    facts = facts_of("Seres sold 7,658 units last month.", None)
    assert [(f.metric, f.value, f.period) for f in facts] == [("sales_volume", 7658.0, None)]


def test_a_change_has_the_segment_of_the_figure_it_describes():
    facts = extract(make_doc("Sokon sold 3,987 new energy vehicles in September, up 83% year on year.", dt.date(2021, 10, 8)))
    level = next(f for f in facts if f.measure == "level")
    growth = next(f for f in facts if f.measure == "yoy")
    assert level.segment == "NEV" and growth.segment == "NEV" and growth.anchor is level


def test_undated_page_dated_by_its_dateline_prices_in_that_month():
    # an undated page whose dateline dates it: a price without a time is of the dateline's month
    from seres_etl.documents import Document
    from seres_etl.grammar.periods import infer_reference
    text = "Hefei, March 3, 2025 - NIO said it delivered 13,200 vehicles in February. The ET5 starts at 298,000 yuan."
    ref, prec = infer_reference(text)
    doc = Document(doc_id="ex", path="ex", text=text, published=ref, date_source="inferred", date_precision=prec)
    got = rows(extract(doc))
    assert ("ET5", "vehicle_price", "level", "2025-03", 298000.0, "CNY") in got
    assert ("NIO", "sales_volume", "level", "2025-02", 13200.0, "vehicle") in got


def test_undated_page_dated_by_its_lead_prices_in_that_month():
    # "City - On Month D, X released ...": the lead dates the page like a dateline
    from seres_etl.documents import Document
    from seres_etl.grammar.periods import infer_reference
    text = ("Hefei - On August 1, JAC released its sales report for July 2025. JAC sold 24,300 vehicles in July.\n\n"
            "The Yiwei 3 sells from 59,900 yuan since its price cut in May.")
    ref, prec = infer_reference(text)
    doc = Document(doc_id="ex", path="ex", text=text, published=ref, date_source="inferred", date_precision=prec)
    got = rows(extract(doc))
    assert ("JAC", "sales_volume", "level", "2025-07", 24300.0, "vehicle") in got
    assert any(r[1] == "vehicle_price" and r[2] == "level" and r[3] == "2025-08" and r[4] == 59900.0 for r in got), got
