"""Percentages, direction words and growth bases: seres_etl.grammar.percent."""
from __future__ import annotations

import pytest

from seres_etl.grammar.percent import POINTS_RE, PERCENT_RE, base_of, direction_of
from seres_etl.grammar.quantities import find_quantities


@pytest.mark.parametrize("window, sign", [
    # negative
    ("sales were down", -1),
    ("deliveries fell", -1),
    ("a decline of", -1),
    ("sales decreased", -1),
    ("orders dropped", -1),
    ("sales slumped", -1),
    ("sales plunged", -1),
    ("revenue shrank", -1),
    ("net loss narrowed", -1),     # guideline v1.1: growth of a (negative) loss
    # positive
    ("sales were up", 1),
    ("sales rose", 1),
    ("a surge of", 1),
    ("sales increased by", 1),
    ("deliveries grew", 1),
    ("orders jumped", 1),
    ("revenue soared", 1),
    ("net loss widened", 1),
    ("year-on-year growth of", 1),
    # none
    ("", 0),
    ("sales reached", 0),
    ("the company said", 0),
    ("upgrade", 0),                # words merely containing a direction word
    ("setup", 0),
    ("downtown", 0),
])
def test_direction_of(window, sign):
    assert direction_of(window) == sign


@pytest.mark.parametrize("window, sign", [
    ("up from 5,000 but fell", -1),
    ("fell in May before it rose", 1),
])
def test_direction_word_closest_to_the_percent_wins(window, sign):
    assert direction_of(window) == sign


@pytest.mark.parametrize("window, base", [
    ("year-on-year", "yoy"),
    ("year on year", "yoy"),
    ("YoY", "yoy"),
    ("year-over-year", "yoy"),
    ("y/y", "yoy"),
    ("from a year ago", "yoy"),
    ("compared with a year earlier", "yoy"),
    ("compared with the same period last year", "yoy"),
    ("over the same period of last year", "yoy"),
    ("from the same month last year", "yoy"),
    ("in the year-ago period", "yoy"),
    ("month-on-month", "mom"),
    ("MoM", "mom"),
    ("m/m", "mom"),
    ("from the previous month", "mom"),
    ("compared to the previous month", "mom"),
    ("on a monthly basis", "mom"),
    ("quarter-on-quarter", "qoq"),
    ("QoQ", "qoq"),
    ("q/q", "qoq"),
    ("from the previous quarter", "qoq"),
    ("sequentially", "qoq"),
    ("", None),
    ("this year", None),
    ("in June", None),
])
def test_base_of(window, base):
    assert base_of(window) == base


def test_base_of_takes_the_first_base_named():
    assert base_of("up 5% month-on-month and 60% year-on-year") == "mom"
    assert base_of("up 60% year-on-year and 5% month-on-month") == "yoy"


@pytest.mark.parametrize("after", ["%", "％", " percent", "percent", " per cent", " pct"])
def test_percent_sign(after):
    m = PERCENT_RE.match(after)
    assert m is not None and m.end() == len(after)
    assert POINTS_RE.match(after) is None


@pytest.mark.parametrize("after", [" percentage points", " percentage point", " basis points",
                                   "-percentage-point", " pp", " ppt", " bps"])
def test_points_are_not_percents(after):
    m = POINTS_RE.match(after)
    assert m is not None and m.end() == len(after)
    assert PERCENT_RE.match(after) is None


@pytest.mark.parametrize("after", [" points", " percentile", " pc", " people"])
def test_neither_percent_nor_points(after):
    assert PERCENT_RE.match(after) is None
    assert POINTS_RE.match(after) is None


@pytest.mark.parametrize("text, value, points, negative, quote", [
    ("524.12%", 524.12, False, False, "524.12%"),
    ("52,6%", 52.6, False, False, "52,6%"),
    ("5 per cent", 5.0, False, False, "5 per cent"),
    ("about 60%", 60.0, False, False, "60%"),
    ("3 percentage points", 3.0, True, False, "3"),
    ("-5%", 5.0, False, True, "5%"),
    ("minus 5%", 5.0, False, True, "5%"),
])
def test_percent_quantities(text, value, points, negative, quote):
    (q,) = find_quantities(text, [])
    assert (q.kind, q.unit) == ("percent", "percent")
    assert q.value == pytest.approx(value)
    assert q.points is points
    assert q.negative is negative
    if quote is not None:
        assert text[q.start:q.end] == quote
