"""Positions in a ranking: seres_etl.grammar.ranks.find_ranks."""
from __future__ import annotations

import pytest

from seres_etl.grammar.ranks import find_ranks


@pytest.mark.parametrize("text, expected", [
    ("the AITO M5 ranks 8th, with monthly sales", [("8th", 8)]),
    ("BYD ranked second", [("second", 2)]),
    ("grabbing 10th place", [("10th", 10)]),
    ("the 3rd largest", [("3rd", 3)]),
    ("the third-best-selling model", [("third", 3)]),
    ("the fourth-largest automaker", [("fourth", 4)]),
    ("was third in the ranking", [("third", 3)]),
    ("ranked first in the list", [("first", 1)]),
    ("ranked 13th and 14th", [("13th", 13), ("14th", 14)]),
    ("ranked third for the fifth straight month", [("third", 3)]),
    ("No.1", [("No.1", 1)]),
    ("NO.1 seller", [("NO.1", 1)]),
    ("the No 1 brand", [("No 1", 1)]),
    ("No. 12", [("No. 12", 12)]),
    ("Number 3", [("Number 3", 3)]),
])
def test_ranks(text, expected):
    ranks = find_ranks(text)
    assert [(text[r.start:r.end], r.value) for r in ranks] == expected


@pytest.mark.parametrize("text", [
    "the third consecutive month",
    "its first model",
    "the 10,000th unit",
    "the second quarter",
    "rank in the top ten",
    "taking the top spot",       # a superlative without an ordinal is not a rank
    "the No.1 Index",
    "It ranks 0th",              # ranks start at 1
    "No.1,000",
])
def test_not_ranks(text):
    assert find_ranks(text) == []


def test_search_window():
    text = "NIO ranked fifth. Li Auto ranked second."
    first = find_ranks(text, 0, 17)
    assert [r.value for r in first] == [5]
    assert [r.value for r in find_ranks(text, 17)] == [2]
    assert [r.value for r in find_ranks(text)] == [5, 2]


@pytest.mark.parametrize("text, value", [("Tesla came in fifth", 5), ("Tesla came second", 2)])
def test_came_in(text, value):
    assert [r.value for r in find_ranks(text)] == [value]
