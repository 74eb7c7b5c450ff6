"""Numbers and scale words: seres_etl.grammar.numbers."""
from __future__ import annotations

import pytest

from seres_etl.grammar.numbers import find_numbers, find_word_numbers, parse_number, scale_after
from seres_etl.grammar.quantities import find_quantities


@pytest.mark.parametrize("token, value", [
    ("7,658", 7658.0),
    ("21,581", 21581.0),
    ("1,234,567.89", 1234567.89),
    ("215 690", 215690.0),
    ("215\u00a0690", 215690.0),          # no-break space as thousands separator
    ("1 234 567", 1234567.0),
    ("52,6", 52.6),                      # decimal comma
    ("32.70", 32.7),
    ("90.5", 90.5),
    ("7658", 7658.0),
    (".5", 0.5),
    ("0", 0.0),
])
def test_parse_number(token, value):
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize("token", ["abc", "", "1.2.3", "seven", "12%", "-"])
def test_parse_number_rejects_what_is_not_a_number(token):
    with pytest.raises(ValueError):
        parse_number(token)


@pytest.mark.parametrize("text, expected", [
    ("sold 7,658 units", [("7,658", 7658.0, 0)]),
    ("sold 215 690 cars", [("215 690", 215690.0, 0)]),
    ("a share of 52,6% in May", [("52,6", 52.6, 1)]),
    ("closed at 32.70 yuan", [("32.70", 32.7, 2)]),
    ("1.2 million", [("1.2", 1.2, 1)]),
    ("3.5bn", [("3.5", 3.5, 1)]),
    ("from 3,189 to 7,658", [("3,189", 3189.0, 0), ("7,658", 7658.0, 0)]),
    ("no figures here", []),
    ("the model ES8 and the P7", []),       # digits glued to letters are model codes, not numbers
])
def test_find_numbers(text, expected):
    found = find_numbers(text)
    assert [(n.text, n.value, n.decimals) for n in found] == expected
    for n in found:
        assert text[n.start:n.end] == n.text


def test_find_numbers_decimal_comma_only_before_percent_or_scale():
    # "52,6 cars" is not a decimal comma: only "52,6%" / "52,6 million" are.
    assert all(n.value != pytest.approx(52.6) for n in find_numbers("52,6 cars"))


@pytest.mark.parametrize("text, values", [
    ("On June 30 2022, Seres sold", [30.0, 2022.0]),
    ("the top 10 2023 models", [10.0, 2023.0]),
])
def test_space_grouping_does_not_glue_a_following_year(text, values):
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize("text, pos, allow_letters, mult, end", [
    ("1.2 million", 3, True, 1e6, 11),
    ("8 millions", 1, True, 1e6, 10),
    ("2.9 billion yuan", 3, True, 1e9, 11),
    ("3.5bn", 3, True, 1e9, 5),
    ("1.2 mn", 3, True, 1e6, 6),
    ("7 mln", 1, True, 1e6, 5),
    ("12 trillion", 2, True, 1e12, 11),
    ("3 thousand", 1, True, 1e3, 10),
    ("10k units", 2, True, 1e3, 3),
    ("$21K", 3, True, 1e3, 4),
    ("10k units", 2, False, 1.0, 2),      # single letters only when allowed
    ("5 m long", 1, True, 1.0, 1),        # "5 m" with a space: metres, not millions
    ("10 k", 2, True, 1.0, 2),
    ("5 months", 1, True, 1.0, 1),
    ("5 units", 1, True, 1.0, 1),
    ("5bnx", 1, True, 1.0, 1),
])
def test_scale_after(text, pos, allow_letters, mult, end):
    assert scale_after(text, pos, allow_letters=allow_letters) == (mult, end)


@pytest.mark.parametrize("text, expected", [
    ("two million units", [(0, 11, 2e6)]),
    ("Twelve-billion", [(0, 14, 12e9)]),
    ("three thousand cars", [(0, 14, 3e3)]),
    ("some two million", [(5, 16, 2e6)]),
    ("two cars", []),                      # a number word without a scale is not a figure
    ("a million", []),
])
def test_find_word_numbers(text, expected):
    assert find_word_numbers(text) == expected


@pytest.mark.parametrize("text, value, unit, quote", [
    ("2.9 billion yuan", 2.9e9, "CNY", "2.9 billion yuan"),
    ("1.2 million vehicles", 1.2e6, "vehicle", "1.2 million vehicles"),
    ("3.5bn", 3.5e9, "", "3.5bn"),
    ("10k", 1e4, "", "10k"),
    ("7,658 units", 7658.0, "vehicle", "7,658 units"),
    ("215 690 vehicles", 215690.0, "vehicle", "215 690 vehicles"),
    ("two million cars", 2e6, "vehicle", "two million cars"),
])
def test_scaled_quantities(text, value, unit, quote):
    (q,) = find_quantities(text, [])
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert text[q.start:q.end] == quote


@pytest.mark.parametrize("text", ["10 km", "300 stores", "the 10,000th unit", "at 10:30", "5 years"])
def test_non_figures_are_not_quantities(text):
    assert find_quantities(text, []) == []


def test_masked_numbers_are_skipped():
    text = "the AITO M5 sold 7,021 units"
    assert find_quantities(text, [(17, 22)]) == []
    (q,) = find_quantities(text, [])
    assert q.value == 7021


@pytest.mark.parametrize("text, qualifier, value", [
    ("over 11,200 units", "over", 11200.0),
    ("more than 21,000 vehicles", "over", 21000.0),
    ("nearly 17,600 units", "under", 17600.0),
    ("about 60%", "about", 60.0),
    ("7,658 units", "exact", 7658.0),
])
def test_qualifiers_keep_the_stated_number(text, qualifier, value):
    (q,) = find_quantities(text, [])
    assert (q.qualifier, q.value) == (qualifier, value)
