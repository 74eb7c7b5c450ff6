"""Time expressions and their resolution against an article's date:
seres_etl.grammar.periods."""
from __future__ import annotations

import datetime as dt

import pytest

from seres_etl.grammar.periods import (
    Clock, Period, cumulative, day, find_time_exprs, half, infer_reference, label_of, month,
    months_range, parse_label, quarter, year,
)

D = dt.date


def resolve_one(text: str, clock: Clock):
    """The single time expression in `text`, resolved."""
    exprs = find_time_exprs(text)
    assert len(exprs) == 1, [e.text for e in exprs]
    return exprs[0], exprs[0].resolve(clock)


JUL_11_2022 = Clock(D(2022, 7, 11))


@pytest.mark.parametrize("text, clock, label, start, end", [
    # the guideline's examples
    ("sales last month", Clock(D(2022, 12, 2)), "2022-11", D(2022, 11, 1), D(2022, 11, 30)),
    ("so far this year", Clock(D(2022, 6, 1), focus=(2022, 5)), "2022-01/2022-05", D(2022, 1, 1), D(2022, 5, 31)),
    ("On April 27 this year", JUL_11_2022, "2022-04-27", D(2022, 4, 27), D(2022, 4, 27)),
    # quarters, halves, ranges
    ("in the first quarter of 2022", JUL_11_2022, "2022-Q1", D(2022, 1, 1), D(2022, 3, 31)),
    ("Q3/2024", JUL_11_2022, "2024-Q3", D(2024, 7, 1), D(2024, 9, 30)),
    ("Q3 2024", JUL_11_2022, "2024-Q3", D(2024, 7, 1), D(2024, 9, 30)),
    ("3Q24", JUL_11_2022, "2024-Q3", D(2024, 7, 1), D(2024, 9, 30)),
    ("Q1'23", JUL_11_2022, "2023-Q1", D(2023, 1, 1), D(2023, 3, 31)),
    ("H1 2023", JUL_11_2022, "2023-H1", D(2023, 1, 1), D(2023, 6, 30)),
    ("H2'23", JUL_11_2022, "2023-H2", D(2023, 7, 1), D(2023, 12, 31)),
    ("the second half of 2021", JUL_11_2022, "2021-H2", D(2021, 7, 1), D(2021, 12, 31)),
    ("From January to June this year", JUL_11_2022, "2022-H1", D(2022, 1, 1), D(2022, 6, 30)),
    ("January-June", JUL_11_2022, "2022-H1", D(2022, 1, 1), D(2022, 6, 30)),
    ("Jan-Nov 2023", JUL_11_2022, "2023-01/2023-11", D(2023, 1, 1), D(2023, 11, 30)),
    ("October to February", Clock(D(2023, 3, 10)), "2022-10/2023-02", D(2022, 10, 1), D(2023, 2, 28)),
    ("in the first seven months", Clock(D(2022, 8, 10)), "2022-01/2022-07", D(2022, 1, 1), D(2022, 7, 31)),
    ("in the first seven months of 2021", JUL_11_2022, "2021-01/2021-07", D(2021, 1, 1), D(2021, 7, 31)),
    ("in the past three months", JUL_11_2022, "2022-Q2", D(2022, 4, 1), D(2022, 6, 30)),
    ("between 2019 and 2021", JUL_11_2022, "2019-01/2021-12", D(2019, 1, 1), D(2021, 12, 31)),
    # months without a year: the latest one not after the article
    ("In June,", Clock(D(2022, 7, 12)), "2022-06", D(2022, 6, 1), D(2022, 6, 30)),
    ("In December", Clock(D(2022, 7, 12)), "2021-12", D(2021, 12, 1), D(2021, 12, 31)),
    ("in June last year", JUL_11_2022, "2021-06", D(2021, 6, 1), D(2021, 6, 30)),
    ("last June", JUL_11_2022, "2021-06", D(2021, 6, 1), D(2021, 6, 30)),
    ("June 2021", JUL_11_2022, "2021-06", D(2021, 6, 1), D(2021, 6, 30)),
    ("the fourth month of this year", JUL_11_2022, "2022-04", D(2022, 4, 1), D(2022, 4, 30)),
    ("this month", JUL_11_2022, "2022-07", D(2022, 7, 1), D(2022, 7, 31)),
    # days
    ("December 23 last year", JUL_11_2022, "2021-12-23", D(2021, 12, 23), D(2021, 12, 23)),
    ("July 4", JUL_11_2022, "2022-07-04", D(2022, 7, 4), D(2022, 7, 4)),
    ("July 20", JUL_11_2022, "2021-07-20", D(2021, 7, 20), D(2021, 7, 20)),   # after the article: last year
    ("Mar. 5, 2022", JUL_11_2022, "2022-03-05", D(2022, 3, 5), D(2022, 3, 5)),
    ("5th of March 2021", JUL_11_2022, "2021-03-05", D(2021, 3, 5), D(2021, 3, 5)),
    ("2022-04-27", JUL_11_2022, "2022-04-27", D(2022, 4, 27), D(2022, 4, 27)),
    ("today", JUL_11_2022, "2022-07-11", D(2022, 7, 11), D(2022, 7, 11)),
    ("yesterday", JUL_11_2022, "2022-07-10", D(2022, 7, 10), D(2022, 7, 10)),
    # years
    ("in 2021", JUL_11_2022, "2021", D(2021, 1, 1), D(2021, 12, 31)),
    ("fiscal 2023", JUL_11_2022, "2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("last year", JUL_11_2022, "2021", D(2021, 1, 1), D(2021, 12, 31)),
    ("this year", JUL_11_2022, "2022", D(2022, 1, 1), D(2022, 12, 31)),
])
def test_resolve(text, clock, label, start, end):
    _, p = resolve_one(text, clock)
    assert p is not None
    assert (p.label, p.start, p.end) == (label, start, end)
    assert p.label == label_of(p.start, p.end)


@pytest.mark.parametrize("text, clock, label", [
    ("year to date", Clock(D(2022, 6, 1), focus=(2022, 5)), "2022-01/2022-05"),
    ("YTD", Clock(D(2022, 6, 1), focus=(2022, 5)), "2022-01/2022-05"),
    ("so far in 2022", Clock(D(2022, 6, 1), focus=(2022, 5)), "2022-01/2022-05"),
    # no focus month: the month before the article
    ("so far this year", Clock(D(2022, 6, 15)), "2022-01/2022-05"),
])
def test_year_to_date(text, clock, label):
    te, p = resolve_one(text, clock)
    assert te.kind == "ytd"
    assert p.label == label


@pytest.mark.parametrize("text, clock, label", [
    ("as of the end of August", Clock(D(2022, 9, 5)), "../2022-08"),
    ("since its launch", Clock(D(2022, 9, 5)), "../2022-08"),
])
def test_cumulative(text, clock, label):
    te, p = resolve_one(text, clock)
    assert te.kind == "cum"
    assert p.label == label and p.start is None and p.kind == "cumulative"


# 2024-05-09 is a Thursday.
@pytest.mark.parametrize("text, expected", [
    ("on Thursday", D(2024, 5, 9)),
    ("on Tuesday", D(2024, 5, 7)),
    ("on Monday", D(2024, 5, 6)),
    ("on Friday", D(2024, 5, 10)),     # a day ahead is allowed: time zones
    ("on Saturday", D(2024, 5, 4)),
])
def test_weekdays(text, expected):
    _, p = resolve_one(text, Clock(D(2024, 5, 9)))
    assert p == day(expected)


def test_weekday_needs_a_day_precise_date():
    _, p = resolve_one("on Tuesday", Clock(D(2024, 5, 1), precision="month"))
    assert p is None


@pytest.mark.parametrize("text, clock, expected", [
    ("on the last trading day of 2024", JUL_11_2022, D(2024, 12, 31)),        # a Tuesday
    ("on the last trading day of 2022", JUL_11_2022, D(2022, 12, 30)),        # Dec 31 is a Saturday
    ("on the last trading day of 2023", JUL_11_2022, D(2023, 12, 29)),        # Dec 31 is a Sunday
    ("the last trading day of last year", Clock(D(2025, 1, 5)), D(2024, 12, 31)),
])
def test_last_trading_day(text, clock, expected):
    _, p = resolve_one(text, clock)
    assert p == day(expected)


@pytest.mark.parametrize("text, months, june_2022_becomes", [
    ("12,039 a year earlier", -12, month(2021, 6)),
    ("in the same month last year", -12, month(2021, 6)),
    ("the same period a year ago", -12, month(2021, 6)),
    ("the year-ago quarter", -12, month(2021, 6)),
    ("a month earlier", -1, month(2022, 5)),
    ("the previous month", -1, month(2022, 5)),
    ("the previous quarter", -3, month(2022, 3)),
])
def test_shift_expressions(text, months, june_2022_becomes):
    te, p = resolve_one(text, JUL_11_2022)
    assert te.kind == "shift" and te.shift_months == months
    assert p is None   # a shift is resolved against the figure it qualifies, not the clock
    assert month(2022, 6).shift_months(te.shift_months) == june_2022_becomes


def test_vague_periods_do_not_resolve():
    te, p = resolve_one("for several consecutive months", JUL_11_2022)
    assert te.kind == "vague" and p is None


@pytest.mark.parametrize("text", ["last month", "so far this year", "In June,", "on Tuesday", "this year"])
def test_relative_expressions_need_a_date(text):
    _, p = resolve_one(text, Clock(None, precision="none"))
    assert p is None


def test_comparison_base_is_marked():
    exprs = find_time_exprs("down 12.5% from May")
    assert [(e.text, e.base) for e in exprs] == [("May", True)]
    exprs = find_time_exprs("In May, sales rose")
    assert [(e.text, e.base) for e in exprs] == [("May", False)]


def test_offsets_point_into_the_text():
    text = "In June, sales were 7,658 units; from January to June this year, 21,581."
    for e in find_time_exprs(text):
        assert text[e.start:e.end] == e.text


def test_half_with_two_digit_year():
    _, p = resolve_one("in 2H23", JUL_11_2022)
    assert p == half(2023, 2)


def test_month_day_year_without_comma():
    _, p = resolve_one("on June 30 2022", JUL_11_2022)
    assert p == day(D(2022, 6, 30))


def test_quarter_without_year_is_the_latest_past_one():
    _, p = resolve_one("in the fourth quarter", Clock(D(2023, 3, 10)))
    assert p == quarter(2022, 4)


# ---------------------------------------------------------------- Period arithmetic and labels
@pytest.mark.parametrize("period, n, label, start, end", [
    (month(2022, 6), -12, "2021-06", D(2021, 6, 1), D(2021, 6, 30)),
    (month(2022, 1), -1, "2021-12", D(2021, 12, 1), D(2021, 12, 31)),
    (month(2022, 3), -1, "2022-02", D(2022, 2, 1), D(2022, 2, 28)),   # month end follows the month
    (half(2022, 1), -12, "2021-H1", D(2021, 1, 1), D(2021, 6, 30)),
    (quarter(2022, 1), -3, "2021-Q4", D(2021, 10, 1), D(2021, 12, 31)),
    (months_range(2022, 1, 2022, 7), -12, "2021-01/2021-07", D(2021, 1, 1), D(2021, 7, 31)),
    (year(2022), -12, "2021", D(2021, 1, 1), D(2021, 12, 31)),
    (day(D(2022, 3, 31)), -1, "2022-02-28", D(2022, 2, 28), D(2022, 2, 28)),
    (day(D(2024, 2, 29)), -12, "2023-02-28", D(2023, 2, 28), D(2023, 2, 28)),
    (cumulative(2022, 11), -12, "../2021-11", None, D(2021, 11, 30)),
    (month(2022, 6), 0, "2022-06", D(2022, 6, 1), D(2022, 6, 30)),
])
def test_shift_months(period, n, label, start, end):
    p = period.shift_months(n)
    assert (p.label, p.start, p.end) == (label, start, end)


def test_shift_years_is_twelve_months():
    for p in (month(2022, 6), quarter(2022, 2), half(2022, 2), day(D(2022, 4, 27))):
        assert p.shift_years(-1) == p.shift_months(-12)


@pytest.mark.parametrize("label, kind, months, start, end", [
    ("2022-06", "month", 1, D(2022, 6, 1), D(2022, 6, 30)),
    ("2022-Q1", "quarter", 3, D(2022, 1, 1), D(2022, 3, 31)),
    ("2022-H2", "half", 6, D(2022, 7, 1), D(2022, 12, 31)),
    ("2022", "year", 12, D(2022, 1, 1), D(2022, 12, 31)),
    ("2022-01/2022-07", "range", 7, D(2022, 1, 1), D(2022, 7, 31)),
    ("2021-12/2022-02", "range", 3, D(2021, 12, 1), D(2022, 2, 28)),
    ("../2022-11", "cumulative", 0, None, D(2022, 11, 30)),
    ("2022-04-27", "day", 0, D(2022, 4, 27), D(2022, 4, 27)),
])
def test_parse_label(label, kind, months, start, end):
    p = parse_label(label)
    assert (p.kind, p.months, p.start, p.end) == (kind, months, start, end)
    assert p.label == label
    assert label_of(p.start, p.end) == label   # labels round-trip


@pytest.mark.parametrize("start, end, label", [
    (D(2022, 1, 1), D(2022, 6, 30), "2022-H1"),      # Jan-Jun is written as the half
    (D(2022, 4, 1), D(2022, 6, 30), "2022-Q2"),
    (D(2022, 2, 1), D(2022, 4, 30), "2022-02/2022-04"),
    (D(2022, 1, 1), D(2022, 12, 31), "2022"),
    (D(2022, 4, 27), D(2022, 6, 28), "2022-04-27/2022-06-28"),
    (None, D(2022, 11, 30), "../2022-11"),
])
def test_label_of(start, end, label):
    assert label_of(start, end) == label


@pytest.mark.parametrize("label", ["", "xx", "2022-13", "2022-Q5", "22-06"])
def test_parse_label_rejects_bad_labels(label):
    with pytest.raises(ValueError):
        parse_label(label)


# ---------------------------------------------------------------- reference date of undated text
def test_infer_reference_of_the_seed_article(seed_article):
    text = seed_article.read_text(encoding="utf-8")
    # "announced on July 11" is the latest dated event; June figures are reported.
    assert infer_reference(text) == (D(2022, 7, 11), "day")


@pytest.mark.parametrize("text, expected", [
    ("In June 2022, Seres sold 7,658 units.", (D(2022, 7, 1), "month")),
    ("In the first quarter of 2022, revenue was 5 billion yuan.", (D(2022, 4, 1), "month")),
    ("Revenue reached 10 billion yuan in 2023.", (D(2024, 1, 1), "year")),
    ("The company said on March 3, 2023 that it sold 5,000 cars.", (D(2023, 3, 3), "day")),
    ("No dates here.", (None, "none")),
    ("Seres will sell 7,658 units in June 2023.", (None, "none")),   # a forecast dates nothing
    # a horizon ("by 2027") in a plan does not date the article
    ("Leapmotor delivered 221,664 cars in the first half of 2025. It wants to sell 1 million a year by 2026 or 2027.",
     (D(2025, 7, 1), "month")),
    # a day a count runs "since" is before the report, not a later date of a year after
    ("In October, the company delivered 23,917 cars. Its new SUV has taken 60,000 orders since it went on sale on August 27.\n\nNovember 1, 2024",
     (D(2024, 11, 1), "day")),
    # a plan's year does not date a text that a full date already dates
    ("On March 4, 2024, the group said it sold 20,000 cars in February. It will launch six new models in 2026.",
     (D(2024, 3, 4), "day")),
    # a day named without its year lies before a full date that dates the text, not months after it
    ("On September 2, 2024, Avatr said it delivered 4,100 cars in August. Its first model went on sale on May 20.",
     (D(2024, 9, 2), "day")),
])
def test_infer_reference(text, expected):
    assert infer_reference(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("GAC sold 2.5 million vehicles in 2023. In December alone it sold 260,000.", 2023),
    # the year after is named as a year of its own: the date is not only a bound
    ("GAC sold 2.5 million vehicles in 2023. In 2024, the brand sold 30,000 in January.", None),
    ("Revenue reached 10 billion yuan in 2023. It will launch five models in 2024.", 2023),
    ("In June 2022, Seres sold 7,658 units.", None),
])
def test_closed_year(text, expected):
    from seres_etl.grammar.periods import closed_year
    assert closed_year(text) == expected
