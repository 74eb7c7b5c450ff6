"""Currencies written before or after an amount: seres_etl.grammar.money (and the amounts
they make in seres_etl.grammar.quantities)."""
from __future__ import annotations

import re

import pytest

from seres_etl.grammar.money import currency_after, currency_before
from seres_etl.grammar.quantities import find_quantities


def _first_digit(text: str) -> int:
    return re.search(r"\d", text).start()


@pytest.mark.parametrize("text, code, sym_start", [
    ("US$25,000", "USD", 0),
    ("U.S. $5", "USD", 0),
    ("USD 100", "USD", 0),
    ("$4.86", "USD", 0),
    ("HK$48", "HKD", 0),
    ("HKD 7", "HKD", 0),
    ("RMB 1.2 mn", "CNY", 0),
    ("RMB300,000", "CNY", 0),
    ("CNY4.22 billion", "CNY", 0),
    ("CN¥9", "CNY", 0),
    ("¥90", "CNY", 0),
    ("yuan 5", "CNY", 0),
    ("€3", "EUR", 0),
    ("EUR 5", "EUR", 0),
    ("priced at $30,000", "USD", 10),
    ("priced at HK$48", "HKD", 10),
])
def test_currency_before(text, code, sym_start):
    assert currency_before(text, _first_digit(text)) == (code, sym_start)


@pytest.mark.parametrize("text", ["price 5", "sold 7,658", "Model 3", "the 5"])
def test_no_currency_before(text):
    pos = _first_digit(text)
    assert currency_before(text, pos) == (None, pos)


@pytest.mark.parametrize("text", ["A$30,000", "NT$1,000", "S$5"])
def test_other_dollars_are_not_usd(text):
    assert currency_before(text, _first_digit(text))[0] != "USD"


@pytest.mark.parametrize("text, end, code, code_end", [
    ("25.85 Hong Kong dollars", 5, "HKD", 23),
    ("5 HK dollars", 1, "HKD", 12),
    ("69587 USD", 5, "USD", 9),
    ("5 US dollars", 1, "USD", 12),
    ("5 dollars", 1, "USD", 9),
    ("32.70 yuan", 5, "CNY", 10),
    ("5 renminbi", 1, "CNY", 10),
    ("5 RMB", 1, "CNY", 5),
    ("3.45 billion euros", 12, "EUR", 18),
    ("5 euro", 1, "EUR", 6),
    ("5 EUR", 1, "EUR", 5),
])
def test_currency_after(text, end, code, code_end):
    assert currency_after(text, end) == (code, code_end)


@pytest.mark.parametrize("text, end", [("5 units", 1), ("5 yuanx", 1), ("5 percent", 1), ("5", 1)])
def test_no_currency_after(text, end):
    assert currency_after(text, end) == (None, end)


@pytest.mark.parametrize("text, value, unit, quote", [
    ("US$25,000", 25000.0, "USD", "US$25,000"),
    ("HK$48", 48.0, "HKD", "HK$48"),
    ("25.85 Hong Kong dollars", 25.85, "HKD", "25.85 Hong Kong dollars"),
    ("€3", 3.0, "EUR", "€3"),
    ("69587 USD", 69587.0, "USD", "69587 USD"),
    ("RMB 1.2 mn", 1.2e6, "CNY", "RMB 1.2 mn"),
    ("2.9 billion yuan", 2.9e9, "CNY", "2.9 billion yuan"),
    ("3.45 billion euros", 3.45e9, "EUR", "3.45 billion euros"),
    ("$21K", 21000.0, "USD", "$21K"),
    ("32.70 yuan", 32.7, "CNY", "32.70 yuan"),
])
def test_money_quantities(text, value, unit, quote):
    (q,) = find_quantities(text, [])
    assert q.kind == "money"
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert text[q.start:q.end] == quote


@pytest.mark.parametrize("text, value, unit", [
    ("priced at RMB300,000", 300000.0, "CNY"),
    ("revenue of CNY4.22 billion", 4.22e9, "CNY"),
    ("USD100", 100.0, "USD"),
])
def test_glued_currency_codes(text, value, unit):
    qs = find_quantities(text, [])
    assert [(q.value, q.unit) for q in qs] == [(pytest.approx(value), unit)]


def test_conversion_in_parentheses_is_a_pair():
    text = "a low of 32.70 yuan ($4.86) per share"
    cny, usd = find_quantities(text, [])
    assert (cny.value, cny.unit, text[cny.start:cny.end]) == (32.7, "CNY", "32.70 yuan")
    assert (usd.value, usd.unit, text[usd.start:usd.end]) == (4.86, "USD", "$4.86")
    assert usd.pair_of == 0 and cny.pair_of is None


@pytest.mark.parametrize("text, values, unit", [
    ("between 359,800 and 449,800 yuan", [359800.0, 449800.0], "CNY"),
    ("1.25 to 1.39 billion yuan", [1.25e9, 1.39e9], "CNY"),
])
def test_ranges_share_unit_and_scale(text, values, unit):
    qs = find_quantities(text, [])
    assert [q.value for q in qs] == pytest.approx(values)
    assert {q.unit for q in qs} == {unit}
    assert qs[0].range_of == 1 and qs[1].range_of == 0
